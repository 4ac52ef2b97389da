package fi.keinokartta.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.keinokartta.content.render.FigureFormatter;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.Verdict;
import fi.keinokartta.http.ApiProblem;
import fi.keinokartta.http.Routes;
import fi.keinokartta.http.ServedRelease;
import fi.keinokartta.i18n.Labels;
import fi.keinokartta.i18n.Messages;
import fi.keinokartta.i18n.Texts;
import fi.keinokartta.view.ItemView;
import fi.keinokartta.view.ItemViews;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The page of one measure, benefit or service: texts, figures with dates, sources and what it combines with. */
@ApplicationScoped
public class ItemPage {

    @Inject
    ServedRelease served;

    @Inject
    ItemViews views;

    @Inject
    Labels labels;

    @Inject
    Texts texts;

    @Inject
    Pages pages;

    @Inject
    ObjectMapper json;

    /** The rules of one verdict. */
    public record VerdictGroup(Verdict verdict, String label, String meaning, List<Combination> combinations) {
    }

    /** A rule from this item's point of view, with the sentence that says which comes first (if any). */
    public record Combination(ItemView.CombinationView rule, String role, String askFrom) {
    }

    /** Dates written for readers of the language, and how many figures of the page are stale. */
    public record Dates(String reviewed, String reviewBy, String lastChanged, int staleFigures) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageContext page, ItemView item, Dates dates, List<VerdictGroup> combinations,
                String checkerUrl, String structuredData);
    }

    public Response render(Language language, String id) {
        Release release = served.live();
        ItemView item = views.view(release, id, language).orElseThrow(() -> ApiProblem.notFound(
                "There is no measure, benefit or service with the id '" + id + "'."));
        Messages m = texts.in(language);
        Dates dates = new Dates(FigureFormatter.date(item.reviewed(), language), FigureFormatter.date(item.reviewBy(), language),
                item.lastChanged() == null ? null : FigureFormatter.date(item.lastChanged(), language),
                (int) item.figures().stream().filter(ItemView.FigureView::stale).count());
        PageContext page = pages.context(language, item.title(), item.summary(), l -> Routes.item(l, id), release, "search");
        return Response.ok(Pages.in(language, Templates.page(page, item, dates, groups(item, language, m),
                Routes.checker(language, List.of(id), null), structuredData(item, page)))).build();
    }

    private List<VerdictGroup> groups(ItemView item, Language language, Messages m) {
        Map<Verdict, List<Combination>> byVerdict = new LinkedHashMap<>();
        for (ItemView.CombinationView rule : item.combinations()) {
            String role = switch (rule.role()) {
                case PRIMARY -> m.role_primary();
                case SECONDARY -> m.role_secondary(rule.other().label());
                case FIRST -> m.role_first();
                case THEN -> m.role_then(rule.other().label());
                case NONE -> null;
            };
            String askFrom = rule.askFrom().isEmpty() ? null
                    : m.ask_from(rule.askFrom().stream().map(ItemView.Ref::label).collect(Collectors.joining(", ")));
            byVerdict.computeIfAbsent(rule.verdict(), v -> new ArrayList<>()).add(new Combination(rule, role, askFrom));
        }
        List<VerdictGroup> groups = new ArrayList<>();
        byVerdict.forEach((verdict, combinations) -> groups.add(new VerdictGroup(verdict, labels.verdict(verdict, language),
                Verdicts.meaning(verdict, m), combinations)));
        return groups;
    }

    /** schema.org data for search engines: a government service with its provider and language. */
    private String structuredData(ItemView item, PageContext page) {
        ObjectNode data = json.createObjectNode();
        data.put("@context", "https://schema.org");
        data.put("@type", "GovernmentService");
        data.put("name", item.title());
        data.put("description", item.summary());
        data.put("url", page.canonical());
        data.put("inLanguage", item.lang());
        data.put("serviceType", item.typeLabel());
        data.putObject("areaServed").put("@type", "Country").put("name", "Finland");
        ArrayNode providers = data.putArray("provider");
        item.providers().forEach(p -> {
            ObjectNode provider = providers.addObject().put("@type", "GovernmentOrganization").put("name", p.label());
            if (p.url() != null) {
                provider.put("url", p.url());
            }
        });
        if (item.lastChanged() != null) {
            data.put("dateModified", item.lastChanged().toString());
        }
        try {
            // Closing tags inside the data could end the script element early.
            return json.writeValueAsString(data).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
