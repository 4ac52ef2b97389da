package fi.keinokartta.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.vertx.core.http.HttpServerRequest;

/** Error answers for the public pages (outside /api). */
@ApplicationScoped
public class ErrorPages {

    public Response page(int status, String detail, UriInfo uri, HttpServerRequest request) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(detail).build();
    }
}
