package fi.keinokartta.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.keinokartta.combination.CombinationService;
import fi.keinokartta.combination.PairVerdict;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.Rule;
import fi.keinokartta.http.ApiProblem;
import fi.keinokartta.http.Problem;
import fi.keinokartta.http.QueryParameters;
import fi.keinokartta.http.ServedRelease;
import fi.keinokartta.i18n.Labels;
import fi.keinokartta.view.ItemViews;

/** How two or more items combine, pair by pair. */
@Path("/api/v1/combinations")
@Tag(name = "Combinations")
public class CombinationResource {


    @Inject
    Clock clock;

    @Inject
    ServedRelease served;

    @Inject
    CombinationService combinations;

    @Inject
    Labels labels;

    @Inject
    ItemViews views;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check how items combine",
            description = "One entry for every pair of the given items: the documented rule valid today (a rule for the "
                    + "given situation wins over a general one) or verdict unknown with who to ask.")
    @Parameter(name = "ids", in = ParameterIn.QUERY, required = true, description = "Two to 12 item ids, comma-separated")
    @Parameter(name = "situation", in = ParameterIn.QUERY, description = "A situation id (see /api/v1/taxonomies)")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "fi (default), sv or en")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CombinationResponse.class)))
    @APIResponse(responseCode = "400", description = "Fewer than two ids, unknown ids or an unknown situation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CombinationResponse check(@Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters(uri.getQueryParameters(), Set.of("ids", "situation", "lang"));
        Language language = parameters.language();
        Release release = served.live();
        List<String> ids = ids(parameters, release);
        Optional<String> situation = parameters.single("situation");
        if (situation.isPresent() && release.situation(situation.get()).isEmpty()) {
            throw ApiProblem.badParameter("situation", "Unknown situation '" + QueryParameters.shorten(situation.get())
                    + "'; the situations are listed at /api/v1/taxonomies.");
        }
        List<CombinationResponse.Pair> pairs = combinations.check(release, ids, situation, LocalDate.now(clock)).stream()
                .map(pair -> toPair(pair, release, language))
                .toList();
        return new CombinationResponse(situation.orElse(null), language.code(), release.id(), pairs);
    }

    static List<String> ids(QueryParameters parameters, Release release) {
        Set<String> ids = new LinkedHashSet<>(parameters.multiple("ids"));
        if (ids.size() < 2) {
            throw ApiProblem.badParameter("ids", "Give at least two different item ids, separated by commas, e.g. "
                    + "ids=osasairauspaivaraha,tyokokeilu.");
        }
        if (ids.size() > CombinationService.MAX_ITEMS) {
            throw ApiProblem.badParameter("ids", "At most " + CombinationService.MAX_ITEMS + " items can be checked at once; "
                    + ids.size() + " were given.");
        }
        List<String> unknown = ids.stream().filter(id -> release.item(id).isEmpty()).map(QueryParameters::shorten).toList();
        if (!unknown.isEmpty()) {
            throw ApiProblem.badParameter("ids", "Unknown item id" + (unknown.size() > 1 ? "s" : "") + ": "
                    + String.join(", ", unknown) + ". Search with /api/v1/search to find ids.");
        }
        return new ArrayList<>(ids);
    }

    private CombinationResponse.Pair toPair(PairVerdict pair, Release release, Language language) {
        Rule rule = pair.rule();
        return new CombinationResponse.Pair(pair.a(), pair.b(), pair.verdict().id(), labels.verdict(pair.verdict(), language),
                pair.documented(),
                rule == null ? null : rule.primary(),
                rule == null ? null : rule.first(),
                rule == null ? List.of() : rule.situations(),
                rule == null ? null : views.explanationText(rule, language),
                rule == null ? List.of() : rule.sources().stream().map(ItemViews::source).toList(),
                rule == null ? null : rule.validFrom(),
                rule == null ? null : rule.validTo(),
                pair.askFrom().stream().map(p -> views.provider(release, p, language)).toList(),
                pair.otherSituations().stream().map(Rule::id).toList());
    }
}
