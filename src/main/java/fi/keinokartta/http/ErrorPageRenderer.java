package fi.keinokartta.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.vertx.core.http.HttpServerRequest;

/**
 * The friendly page for a failure outside /api, in the reader's language. Implemented by the public
 * site (web.ErrorPages), so the problem mapping here needs no page code.
 */
public interface ErrorPageRenderer {

    Response page(int status, String detail, UriInfo uri, HttpServerRequest request);
}
