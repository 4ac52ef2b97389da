package fi.keinokartta.api;

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

import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.http.ApiProblem;
import fi.keinokartta.http.Problem;
import fi.keinokartta.http.QueryParameters;
import fi.keinokartta.http.ServedRelease;
import fi.keinokartta.view.ItemView;
import fi.keinokartta.view.ItemViews;

/** One whole catalogue entry in one language. */
@Path("/api/v1/measures")
@Tag(name = "Measures")
public class MeasureResource {

    @Inject
    ServedRelease served;

    @Inject
    ItemViews views;

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A measure, benefit or service",
            description = "The whole entry in one language: texts (sections as sanitised HTML), figures with the dates "
                    + "they apply from, sources, review dates and the combination rules that involve it.")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "fi (default), sv or en")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "404", description = "No item has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ItemView measure(@PathParam("id") String id, @Context UriInfo uri) {
        Language language = new QueryParameters(uri.getQueryParameters(), Set.of("lang")).language();
        Release release = served.live();
        return views.view(release, id, language).orElseThrow(() -> ApiProblem.notFound("There is no measure, benefit or "
                + "service with the id '" + QueryParameters.shorten(id) + "'. Search with /api/v1/search to find ids."));
    }
}
