package fi.keinokartta.editor;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.keinokartta.content.load.ContentLoader.LoadResult;
import fi.keinokartta.content.load.ContentProblem;
import fi.keinokartta.core.ReleaseRecord;
import fi.keinokartta.publishing.ContentSource;
import fi.keinokartta.publishing.Publisher;
import fi.keinokartta.publishing.ReleaseBuilder;
import fi.keinokartta.publishing.ReleaseRegistry;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Publishing for scripts and other tools (basic authentication, editor role): what the editors' pages
 * do, as JSON. Every publish and rollback is in the audit log with the user.
 */
@Path("/api/v1/editor")
@Tag(name = "Editors")
@RolesAllowed("editor")
@Produces(MediaType.APPLICATION_JSON)
public class EditorApi {

    @Inject
    SecurityIdentity identity;

    @Inject
    ContentSource content;

    @Inject
    ReleaseBuilder builder;

    @Inject
    Publisher publisher;

    @Inject
    ReleaseRegistry registry;

    /** The validation of the content folder ({@code folder} is its name only, never the server's path). */
    public record Validation(String folder, boolean publishable, List<ContentProblem> problems) {
    }

    private String folderName() {
        java.nio.file.Path name = content.folder().getFileName();
        return name == null ? "" : name.toString();
    }

    @GET
    @Path("releases")
    @Operation(summary = "The releases, newest first (without their catalogues)")
    public List<ReleaseRecord> releases() {
        return registry.list(100);
    }

    @GET
    @Path("validation")
    @Operation(summary = "Validate the content folder now")
    public Validation validation() {
        LoadResult result = content.load();
        return new Validation(folderName(), result.ok(), result.report().problems());
    }

    @POST
    @Path("releases")
    @Operation(summary = "Build a candidate release from the content folder (422 with the problems if it has errors)")
    public Response build() {
        LoadResult result = content.load();
        if (!result.ok()) {
            return Response.status(422).type(MediaType.APPLICATION_JSON)
                    .entity(new Validation(folderName(), false, result.report().problems())).build();
        }
        return Response.status(201).entity(builder.build(result, user()).withoutCatalogue()).build();
    }

    @POST
    @Path("releases/{id}/publish")
    @Operation(summary = "Make a release live")
    public ReleaseRecord publish(@PathParam("id") String id) {
        return publisher.publish(id, user());
    }

    @POST
    @Path("rollback")
    @Operation(summary = "Make the release that was live before the current one live again")
    public ReleaseRecord rollback() {
        return publisher.rollback(user());
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
