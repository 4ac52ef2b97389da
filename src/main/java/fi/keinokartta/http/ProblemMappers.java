package fi.keinokartta.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import fi.keinokartta.publishing.ReleaseException;
import fi.keinokartta.search.SearchRejectedException;
import fi.keinokartta.search.SearchUnavailableException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Turns every failure into a clear answer: application/problem+json under /api, a friendly page in
 * the reader's language elsewhere. Nothing leaks a stack trace; nothing unexpected answers 500 quietly.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ErrorPageRenderer errorPages;

    public ProblemMappers(ErrorPageRenderer errorPages) {
        this.errorPages = errorPages;
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uri, HttpServerRequest request) {
        return respond(problem.status(), problem.getMessage(), problem.parameter(), uri, request);
    }

    @ServerExceptionMapper
    public Response rejected(SearchRejectedException e, UriInfo uri, HttpServerRequest request) {
        LOG.warnf("The engine refused the search for %s: %s", uri.getRequestUri(), e.getMessage());
        return respond(400, "This search cannot be run as written: it has too many words or parts. Shorten it and try"
                + " again.", "q", uri, request);
    }

    @ServerExceptionMapper
    public Response unavailable(SearchUnavailableException e, UriInfo uri, HttpServerRequest request) {
        LOG.warnf("Search unavailable for %s: %s", uri.getPath(), e.getMessage());
        return respond(503, "The search engine is not reachable right now; please try again in a moment.", null, uri, request);
    }

    @ServerExceptionMapper
    public Response release(ReleaseException e, UriInfo uri, HttpServerRequest request) {
        return respond(409, e.getMessage(), null, uri, request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "There is nothing at " + uri.getPath() + ".";
            case 405 -> "The method " + request.method() + " is not allowed here.";
            case 406 -> "This address cannot answer in the requested format.";
            case 415 -> "The request body has a media type this address does not accept.";
            default -> e.getMessage();
        };
        return respond(status, detail, null, uri, request);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri, HttpServerRequest request) {
        LOG.errorf(e, "Unexpected failure for %s %s", request.method(), uri.getRequestUri());
        return respond(500, "Something went wrong on our side; it has been logged. Please try again later.", null, uri, request);
    }

    private Response respond(int status, String detail, String parameter, UriInfo uri, HttpServerRequest request) {
        if (uri.getPath().startsWith("/api/")) {
            Problem problem = new Problem("about:blank", Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(), status, detail, uri.getRequestUri().getRawPath()
                            + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery()),
                    parameter);
            Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
            if (status == 503) {
                builder.header("Retry-After", "5");
            }
            return builder.build();
        }
        return errorPages.page(status, detail, uri, request);
    }
}
