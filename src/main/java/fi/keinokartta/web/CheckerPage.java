package fi.keinokartta.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import fi.keinokartta.combination.CombinationService;
import fi.keinokartta.combination.PairVerdict;
import fi.keinokartta.content.render.FigureFormatter;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.ItemType;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.Rule;
import fi.keinokartta.core.Verdict;
import fi.keinokartta.http.QueryParameters;
import fi.keinokartta.http.Routes;
import fi.keinokartta.http.ServedRelease;
import fi.keinokartta.i18n.Labels;
import fi.keinokartta.i18n.Messages;
import fi.keinokartta.i18n.Texts;
import fi.keinokartta.view.ItemView;
import fi.keinokartta.view.ItemViews;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The combination checker: pick two or more items (and a situation) and get a matrix of verdicts with
 * plain-language explanations and sources. A plain GET form, so every check is a link to share or print.
 */
@ApplicationScoped
public class CheckerPage {


    @Inject
    Clock clock;

    @Inject
    ServedRelease served;

    @Inject
    CombinationService combinations;

    @Inject
    Labels labels;

    @Inject
    Texts texts;

    @Inject
    Pages pages;

    @Inject
    ItemViews views;

    public record Choice(String id, String label, boolean checked) {
    }

    public record ChoiceGroup(String legend, List<Choice> choices) {
    }

    public record SituationChoice(String id, String label, boolean selected) {
    }

    /** One cell of the matrix; {@code anchor} links to the pair's explanation. */
    public record Cell(boolean self, String label, Verdict verdict, String anchor) {
    }

    public record Row(ItemView.Ref item, List<Cell> cells) {
    }

    /** The explanation of one pair. */
    public record PairDetail(String anchor, ItemView.Ref a, ItemView.Ref b, Verdict verdict, String label,
            String meaning, String order, String explanationHtml, List<ItemView.Ref> situations,
            List<ItemView.SourceView> sources, String validFrom, String askFrom, boolean documented) {
    }

    public record LegendEntry(Verdict verdict, String label, String meaning) {
    }

    public record CheckerView(List<ChoiceGroup> groups, List<SituationChoice> situations, String error,
            List<ItemView.Ref> chosen, List<Row> rows, List<PairDetail> pairs, List<LegendEntry> legend, String situationLabel,
            String checkedOn, String planUrl) {

        public boolean hasResult() {
            return !rows.isEmpty();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageContext page, CheckerView checker);
    }

    public Response render(Language language, UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        Release release = served.live();
        Messages m = texts.in(language);
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(QueryParameters.split(uri.getQueryParameters().get("ids"))));
        String situationParameter = Optional.ofNullable(uri.getQueryParameters().getFirst("situation"))
                .map(String::strip).filter(s -> !s.isEmpty()).orElse(null);

        String error = null;
        boolean badRequest = false;
        List<String> unknown = ids.stream().filter(id -> release.item(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            error = m.checker_unknown_items(String.join(", ", unknown));
            ids.removeAll(unknown);
            badRequest = true;
        }
        if (situationParameter != null && release.situation(situationParameter).isEmpty()) {
            error = m.checker_unknown_situation(situationParameter);
            situationParameter = null;
            badRequest = true;
        }
        if (ids.size() > CombinationService.MAX_ITEMS) {
            error = m.checker_too_many(CombinationService.MAX_ITEMS);
            ids = ids.subList(0, CombinationService.MAX_ITEMS);
        } else if (ids.size() == 1 && error == null) {
            error = m.checker_need_two();
        }
        Optional<String> situation = Optional.ofNullable(situationParameter);

        List<Row> rows = new ArrayList<>();
        List<PairDetail> pairs = new ArrayList<>();
        if (ids.size() >= 2) {
            List<PairVerdict> verdicts = combinations.check(release, ids, situation, LocalDate.now(clock));
            Map<String, PairVerdict> byPair = new HashMap<>();
            for (PairVerdict verdict : verdicts) {
                byPair.put(verdict.a() + "|" + verdict.b(), verdict);
                byPair.put(verdict.b() + "|" + verdict.a(), verdict);
                pairs.add(detail(verdict, release, language, m));
            }
            for (String row : ids) {
                List<Cell> cells = new ArrayList<>();
                for (String column : ids) {
                    if (row.equals(column)) {
                        cells.add(new Cell(true, "", null, ""));
                    } else {
                        PairVerdict verdict = byPair.get(row + "|" + column);
                        cells.add(new Cell(false, labels.verdict(verdict.verdict(), language), verdict.verdict(),
                                anchor(verdict)));
                    }
                }
                rows.add(new Row(views.itemRef(release, row, language), cells));
            }
        }
        Set<String> chosen = Set.copyOf(ids);
        String chosenSituation = situation.orElse(null);
        CheckerView view = new CheckerView(choices(release, chosen, language),
                release.catalogue().situations().stream()
                        .map(s -> new SituationChoice(s.id(), s.text(language).title(), s.id().equals(chosenSituation))).toList(),
                error, ids.stream().map(id -> views.itemRef(release, id, language)).toList(), rows, pairs,
                Arrays.stream(Verdict.values())
                        .map(v -> new LegendEntry(v, labels.verdict(v, language), Verdicts.meaning(v, m))).toList(),
                situation.map(s -> labels.situation(release, s, language)).orElse(m.checker_any_situation()),
                m.checker_checked_on(FigureFormatter.date(LocalDate.now(clock), language)),
                planUrl(language, ids, chosenSituation));
        PageContext page = pages.context(language, m.checker_title(), m.checker_intro(),
                l -> Routes.checker(l) + (query == null ? "" : "?" + query), release, "checker");
        return Response.status(badRequest ? 400 : 200).entity(Pages.in(language, Templates.page(page, view))).build();
    }

    private PairDetail detail(PairVerdict pair, Release release, Language language, Messages m) {
        Rule rule = pair.rule();
        return new PairDetail(anchor(pair), views.itemRef(release, pair.a(), language), views.itemRef(release, pair.b(), language),
                pair.verdict(), labels.verdict(pair.verdict(), language),
                Verdicts.meaning(pair.verdict(), m),
                rule == null ? null : Verdicts.order(rule, release, labels, m, language),
                rule == null ? Html.escape(m.checker_unknown_pair()) : views.explanationHtml(rule, language),
                rule == null ? List.of() : rule.situations().stream().map(s -> views.situation(release, s, language)).toList(),
                rule == null ? List.of() : rule.sources().stream().map(ItemViews::source).toList(),
                rule == null ? null : m.combination_valid_from(FigureFormatter.date(rule.validFrom(), language)),
                pair.askFrom().isEmpty() || (rule != null && rule.askFrom().isEmpty()) ? null
                        : m.ask_from(pair.askFrom().stream().map(p -> labels.provider(release, p, language))
                                .collect(Collectors.joining(", "))),
                pair.documented());
    }

    /** The same measures as a plan (all in its first phase, or in the situation's phase that suggests each). */
    private static String planUrl(Language language, List<String> ids, String situation) {
        StringBuilder url = new StringBuilder(Routes.plan(language)).append("?ids=")
                .append(Routes.encode(String.join(",", ids)));
        if (situation != null) {
            url.append("&situation=").append(Routes.encode(situation));
        }
        return url.toString();
    }

    private static String anchor(PairVerdict pair) {
        return "pair-" + pair.a() + "--" + pair.b();
    }

    /** Every item once, grouped by type and sorted by name in the language. */
    private List<ChoiceGroup> choices(Release release, Set<String> chosen, Language language) {
        java.text.Collator collator = java.text.Collator.getInstance(language.locale());
        List<ChoiceGroup> groups = new ArrayList<>();
        for (ItemType type : ItemType.values()) {
            List<Choice> choices = release.catalogue().items().stream().filter(i -> i.type() == type)
                    .sorted(Comparator.comparing((Item i) -> i.text(language).title(), collator))
                    .map(i -> new Choice(i.id(), i.text(language).title(), chosen.contains(i.id())))
                    .toList();
            if (!choices.isEmpty()) {
                groups.add(new ChoiceGroup(labels.type(type, language), choices));
            }
        }
        return groups;
    }
}
