package fi.keinokartta.http;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import fi.keinokartta.core.Release;
import fi.keinokartta.core.ReleaseStatus;
import fi.keinokartta.publishing.ReleaseException;
import fi.keinokartta.publishing.ReleaseTracker;
import fi.keinokartta.search.SearchCluster;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Preview: {@code /preview/<release>/<any public address>} answers exactly like the public address,
 * pages and API, but from that release, with its links kept inside the preview. Only editors get
 * here (see the permissions in application.properties); the public site is untouched meanwhile.
 */
public class PreviewFilters {

    private static final Pattern PREVIEW = Pattern.compile("^/preview/([0-9a-f]{12})(/.*)?$");
    /** Links and form targets inside the site, except assets and the service's own endpoints. */
    private static final Pattern SITE_LINK = Pattern.compile("(href|action)=\"/(?!static/|q/|preview/|editor/)");

    @Inject
    RequestedRelease requested;

    @Inject
    ReleaseTracker tracker;

    @Inject
    SearchCluster cluster;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(preMatching = true)
    public Uni<Void> choosePreviewRelease(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!path.startsWith("/preview")) {
            return Uni.createFrom().voidItem();
        }
        // The path permissions in application.properties already ask for an editor; checking the role here
        // too means that no address variant the permissions' patterns miss can open a preview.
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous()) {
                throw new ApiProblem(401, "Sign in as an editor to see a preview.", null);
            }
            if (!identity.hasRole("editor")) {
                throw new ApiProblem(403, "Only editors can see previews.", null);
            }
            preview(request, path);
            return null;
        });
    }

    private void preview(ContainerRequestContext request, String path) {
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            // A preview only shows; publishing goes through the editors' own forms with their CSRF token.
            throw new ApiProblem(405, "A preview can only be looked at (GET).", null);
        }
        Matcher matcher = PREVIEW.matcher(path);
        if (!matcher.matches()) {
            throw ApiProblem.notFound("A preview address is /preview/<release id>/<address of a page>.");
        }
        String releaseId = matcher.group(1);
        Release release;
        try {
            release = tracker.load(releaseId);
        } catch (ReleaseException e) {
            throw ApiProblem.notFound("There is no release " + releaseId + " to preview.");
        }
        ReleaseStatus status = release.record().status();
        if (status == ReleaseStatus.FAILED || !cluster.indexExists(release.indexName())) {
            throw ApiProblem.notFound("The release " + releaseId + " can no longer be previewed: its index is not kept.");
        }
        requested.preview(release, "/preview/" + releaseId);
        String rest = matcher.group(2) == null ? "/" : matcher.group(2);
        URI rewritten = UriBuilder.fromUri(request.getUriInfo().getRequestUri()).replacePath(rest).build();
        request.setRequestUri(rewritten);
    }

    @ServerResponseFilter
    public void keepLinksInsidePreview(ContainerResponseContext response) {
        if (requested.prefix().isEmpty()) {
            return;
        }
        String prefix = requested.prefix().get();
        response.getHeaders().putSingle("X-Robots-Tag", "noindex");
        response.getHeaders().putSingle("Cache-Control", "no-store");
        response.getHeaders().putSingle("Keinokartta-Preview", requested.release().orElseThrow().id());
        Object entity = response.getEntity();
        boolean isHtml = entity instanceof TemplateInstance
                || (entity instanceof String && response.getMediaType() != null && "html".equals(response.getMediaType().getSubtype()));
        if (isHtml) {
            // Every page is a template; rendering it here lets its links be kept inside the preview.
            String html = entity instanceof TemplateInstance template ? template.render() : (String) entity;
            response.setEntity(SITE_LINK.matcher(html).replaceAll("$1=\"" + prefix + "/"), null,
                    jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
