package fi.keinokartta.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fi.keinokartta.content.load.CombinationCoverage;
import fi.keinokartta.content.load.CombinationCoverage.PhasePair;
import fi.keinokartta.content.load.ContentLoader.LoadResult;
import fi.keinokartta.core.Catalogue;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.Situation;
import fi.keinokartta.editor.EditorPages.EditorContext;
import fi.keinokartta.i18n.Messages;
import fi.keinokartta.i18n.Texts;
import fi.keinokartta.publishing.ContentSource;
import fi.keinokartta.publishing.ReleaseTracker;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The editors' combination coverage report: for every situation and phase, how many of the pairs of items
 * placed together have a rule and a verdict other than unknown, and which pairs have no rule yet. Computed
 * from the content folder, or from the live release when the folder does not validate.
 */
@Path("/editor/coverage")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("editor")
public class CoveragePage {

    @Inject
    Clock clock;

    @Inject
    Texts texts;

    @Inject
    EditorFrame frame;

    @Inject
    ContentSource content;

    @Inject
    ReleaseTracker tracker;

    public record PhaseRow(String situation, String phase, String file, int pairs, int documented, int known) {
    }

    public record PairRow(String situation, String phase, String a, String b, String rule) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(EditorContext page, String notice, String summary, String across, List<PhaseRow> phases,
                List<PairRow> missing, List<PairRow> unknown);
    }

    @GET
    @Operation(hidden = true)
    public Response coverage(@HeaderParam("Accept-Language") String accept, @CookieParam(EditorSessions.COOKIE) String session) {
        Language language = Language.fromAcceptLanguage(accept);
        Messages m = texts.in(language);
        LoadResult result = content.load();
        Catalogue catalogue = result.ok() ? result.catalogue() : tracker.live().map(Release::catalogue).orElse(null);
        String notice = result.ok() ? null : catalogue == null ? m.editor_coverage_nothing() : m.editor_coverage_from_live();
        String summary = null;
        String across = null;
        List<PhaseRow> phases = List.of();
        List<PairRow> missing = List.of();
        List<PairRow> unknown = List.of();
        if (catalogue != null) {
            CombinationCoverage.Report report = CombinationCoverage.of(catalogue, LocalDate.now(clock));
            Map<String, Situation> situations = catalogue.situations().stream()
                    .collect(Collectors.toMap(Situation::id, Function.identity()));
            Map<String, Item> items = catalogue.items().stream().collect(Collectors.toMap(Item::id, Function.identity()));
            summary = m.editor_coverage_summary(report.total(), report.documented(), report.documentedPercent(),
                    report.known(), report.knownPercent(), report.missing().size());
            CombinationCoverage.Report wide = CombinationCoverage.acrossPhases(catalogue, LocalDate.now(clock));
            across = m.editor_coverage_across(wide.total(), wide.documented(), wide.documentedPercent(), wide.known(),
                    wide.knownPercent());
            phases = report.phases().stream().filter(p -> !p.pairs().isEmpty())
                    .map(p -> new PhaseRow(situationTitle(situations.get(p.situation()), language),
                            phaseTitle(situations.get(p.situation()), p.phase(), language),
                            "situations/" + p.situation() + ".yaml", p.pairs().size(), p.documented(), p.known()))
                    .toList();
            missing = report.missing().stream().map(p -> row(p, situations, items, language)).toList();
            unknown = report.phases().stream().flatMap(p -> p.unknown().stream()).map(p -> row(p, situations, items, language))
                    .toList();
        }
        String summaryText = summary;
        String acrossText = across;
        List<PhaseRow> phaseRows = phases;
        List<PairRow> missingRows = missing;
        List<PairRow> unknownRows = unknown;
        return frame.page(session, language, context -> Templates.page(context, notice, summaryText, acrossText, phaseRows,
                missingRows, unknownRows), m.editor_coverage(), null);
    }

    private static PairRow row(PhasePair pair, Map<String, Situation> situations, Map<String, Item> items, Language language) {
        Situation situation = situations.get(pair.situation());
        return new PairRow(situationTitle(situation, language), phaseTitle(situation, pair.phase(), language),
                itemTitle(items, pair.a(), language), itemTitle(items, pair.b(), language),
                pair.rule() == null ? null : pair.rule().id());
    }

    private static String situationTitle(Situation situation, Language language) {
        return situation.text(language).title();
    }

    private static String phaseTitle(Situation situation, String phase, Language language) {
        return situation.phases().stream().filter(p -> p.id().equals(phase)).findFirst()
                .map(p -> p.text(language).title() + " (" + phase + ")").orElse(phase);
    }

    private static String itemTitle(Map<String, Item> items, String id, Language language) {
        Item item = items.get(id);
        return item == null ? id : item.text(language).title() + " (" + id + ")";
    }
}
