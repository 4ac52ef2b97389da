package fi.keinokartta.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import fi.keinokartta.combination.CombinationService;
import fi.keinokartta.combination.PairVerdict;
import fi.keinokartta.content.render.MarkdownRenderer;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.Situation;
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

/** The situations: a list, and a page per situation with its phases and how its measures combine there. */
@ApplicationScoped
public class SituationPages {


    @Inject
    Clock clock;

    @Inject
    ServedRelease served;

    @Inject
    Pages pages;

    @Inject
    Texts texts;

    @Inject
    Labels labels;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    CombinationService combinations;

    @Inject
    ItemViews views;

    @Inject
    fi.keinokartta.view.ScreenerViews screenerViews;

    /** How many of the situation's "not at the same time" rules its page summarises; the checker has them all. */
    static final int PAIR_SUMMARY = 3;

    public record SituationLink(String title, String entry, String summary, String url) {
    }

    public record SituationView(String id, String title, String summary, String descriptionHtml, String responsibilityHtml,
            List<ItemView.Ref> responsible, List<PhaseView> phases, List<ItemView.SourceView> sources, List<ActionView> actions,
            fi.keinokartta.view.ScreenerViews.TimelineView timeline, String screenerUrl) {
    }

    /** A "what to do now" step. */
    public record ActionView(String title, String textHtml, String url, String link) {
    }

    public record PhaseView(String title, String descriptionHtml, List<ItemLink> items) {
    }

    public record ItemLink(String title, String summary, String url) {
    }

    /** A documented pair of the situation's measures, as it applies in the situation. */
    public record PairView(ItemView.Ref a, ItemView.Ref b, Verdict verdict, String label, String explanationHtml,
            String role) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageContext page, List<SituationLink> situations);

        static native TemplateInstance page(PageContext page, SituationView situation, List<PairView> pairs, int pairCount,
                String checkerUrl);
    }

    public Response list(Language language) {
        Release release = served.live();
        Messages m = texts.in(language);
        List<SituationLink> situations = release.catalogue().situations().stream()
                .map(s -> new SituationLink(s.text(language).title(), s.text(language).entry(), s.text(language).summary(),
                        Routes.situation(language, s.id())))
                .toList();
        PageContext page = pages.context(language, m.situations_title(), m.situations_intro(), Routes::situations, release,
                "situations");
        return Response.ok(Pages.in(language, Templates.list(page, situations))).build();
    }

    public Response page(Language language, String id) {
        Release release = served.live();
        Situation situation = release.situation(id)
                .orElseThrow(() -> ApiProblem.notFound("There is no situation with the id '" + id + "'."));
        var text = situation.text(language);
        List<PhaseView> phases = situation.phases().stream()
                .map(phase -> new PhaseView(phase.text(language).title(), html(phase.text(language).description(), language),
                        phase.items().stream().map(itemId -> release.item(itemId)
                                .map(item -> new ItemLink(item.text(language).title(), item.text(language).summary(),
                                        Routes.item(language, itemId)))
                                .orElse(null)).filter(java.util.Objects::nonNull).toList()))
                .toList();
        Map<String, fi.keinokartta.core.Figure> figures = new java.util.LinkedHashMap<>();
        situation.figures().forEach(f -> figures.put(f.id(), f));
        List<ActionView> actions = situation.actions().stream()
                .map(a -> new ActionView(a.text(language).title(),
                        markdown.toHtml(a.text(language).text(), language, figures, (target, l) -> Routes.item(l, target)),
                        a.url(), a.text(language).link()))
                .toList();
        var timeline = release.timelineOf(situation.id()).map(t -> screenerViews.timeline(t, language)).orElse(null);
        SituationView view = new SituationView(situation.id(), text.title(), text.summary(),
                html(text.description(), language), html(text.responsibility(), language),
                situation.responsible().stream().map(p -> views.provider(release, p, language)).toList(),
                phases, situation.sources().stream().map(ItemViews::source).toList(), actions, timeline,
                Routes.screener(language));
        Set<String> items = new LinkedHashSet<>();
        situation.phases().forEach(phase -> items.addAll(phase.items()));
        PageContext page = pages.context(language, text.title(), text.summary(), l -> Routes.situation(l, id), release,
                "situations");
        List<PairView> pairs = pairs(release, List.copyOf(items), id, language);
        List<PairView> conflicts = pairs.stream().filter(p -> p.verdict() == Verdict.EXCLUDES).limit(PAIR_SUMMARY).toList();
        return Response.ok(Pages.in(language, Templates.page(page, view, conflicts, pairs.size(),
                Routes.checker(language, items.stream().limit(12).toList(), id)))).build();
    }

    /** The documented rules among the situation's measures that hold in the situation. */
    private List<PairView> pairs(Release release, List<String> items, String situation, Language language) {
        Messages m = texts.in(language);
        List<PairView> pairs = new ArrayList<>();
        for (PairVerdict pair : combinations.check(release, items, Optional.of(situation), LocalDate.now(clock))) {
            if (!pair.documented()) {
                continue;
            }
            ItemView.CombinationView rule = views.combination(release, pair.a(), pair.rule(), language);
            pairs.add(new PairView(views.itemRef(release, pair.a(), language), rule.other(), pair.verdict(),
                    labels.verdict(pair.verdict(), language), rule.explanationHtml(),
                    Verdicts.order(pair.rule(), release, labels, m, language)));
        }
        return pairs;
    }

    private String html(String text, Language language) {
        return markdown.toHtml(text, language, Map.of(), (target, l) -> Routes.item(l, target));
    }
}
