package fi.keinokartta.api;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import fi.keinokartta.content.render.MarkdownRenderer;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.Situation;
import fi.keinokartta.http.ApiProblem;
import fi.keinokartta.http.Problem;
import fi.keinokartta.http.QueryParameters;
import fi.keinokartta.http.Routes;
import fi.keinokartta.http.ServedRelease;
import fi.keinokartta.view.ItemView;
import fi.keinokartta.view.ItemViews;

/** The life situations of the catalogue and, for each, its phases with the measures that typically help. */
@Path("/api/v1/situations")
@Tag(name = "Situations")
public class SituationResource {

    @Inject
    ServedRelease served;

    @Inject
    ItemViews views;

    @Inject
    MarkdownRenderer markdown;

    /** The situations in their order, in one language. */
    public record SituationList(String lang, String release, List<SituationSummary> situations) {
    }

    /** A situation in the list: who is mainly responsible is plain text. */
    public record SituationSummary(String id, String title, String summary, String responsibility, String url) {
    }

    /** One situation with its phases, in one language (description and responsibility as plain text). */
    public record SituationDetail(String id, String lang, String release, String title, String entry, String summary,
            String description, String responsibility, List<ItemView.Ref> responsible, List<PhaseView> phases, String url) {
    }

    /** A phase of the situation and the items that typically help in it, in the order given by the content. */
    public record PhaseView(String id, String title, String description, List<ItemView.Ref> items) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The life situations", description = "Every situation in its order: id, title, summary and who is "
            + "mainly responsible (plain text), with the address of its page.")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "fi (default), sv or en")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SituationList.class)))
    public SituationList situations(@Context UriInfo uri) {
        Language language = new QueryParameters(uri.getQueryParameters(), Set.of("lang")).language();
        Release release = served.live();
        return new SituationList(language.code(), release.id(), release.situations().values().stream()
                .sorted(Comparator.comparingInt(Situation::order).thenComparing(Situation::id))
                .map(s -> new SituationSummary(s.id(), s.text(language).title(), text(s.text(language).summary(), language),
                        text(s.text(language).responsibility(), language), Routes.situation(language, s.id())))
                .toList());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A life situation with its phases", description = "The situation's texts (plain text), the "
            + "providers mainly responsible, and its phases in order, each with the items that typically help in it.")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "fi (default), sv or en")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SituationDetail.class)))
    @APIResponse(responseCode = "404", description = "No situation has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SituationDetail situation(@PathParam("id") String id, @Context UriInfo uri) {
        Language language = new QueryParameters(uri.getQueryParameters(), Set.of("lang")).language();
        Release release = served.live();
        Situation situation = release.situation(id).orElseThrow(() -> ApiProblem.notFound("There is no situation with the id '"
                + QueryParameters.shorten(id) + "'. List the situations with /api/v1/situations."));
        Situation.SituationText text = situation.text(language);
        return new SituationDetail(situation.id(), language.code(), release.id(), text.title(), text.entry(),
                text(text.summary(), language), text(text.description(), language), text(text.responsibility(), language),
                situation.responsible().stream().map(p -> views.provider(release, p, language)).toList(),
                situation.phases().stream().map(phase -> new PhaseView(phase.id(), phase.text(language).title(),
                        text(phase.text(language).description(), language),
                        phase.items().stream().map(i -> views.itemRef(release, i, language)).toList())).toList(),
                Routes.situation(language, situation.id()));
    }

    private String text(String markdownText, Language language) {
        return markdownText == null ? null : markdown.toText(markdownText, language, Map.of());
    }
}
