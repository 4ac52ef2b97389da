package fi.keinokartta.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import fi.keinokartta.core.Language;
import fi.keinokartta.http.ErrorPageRenderer;
import fi.keinokartta.http.Routes;
import fi.keinokartta.i18n.Messages;
import fi.keinokartta.i18n.Texts;
import fi.keinokartta.publishing.ReleaseTracker;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/**
 * Error pages of the public site (outside /api), in the reader's language: the language of the
 * address, else the browser's, else Finnish.
 */
@ApplicationScoped
public class ErrorPages implements ErrorPageRenderer {

    @Inject
    Pages pages;

    @Inject
    Texts texts;

    @Inject
    ReleaseTracker tracker;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(PageContext page, int status, String heading, String text, String detail);
    }

    @Override
    public Response page(int status, String detail, UriInfo uri, HttpServerRequest request) {
        Language language = language(uri.getPath(), request.getHeader("Accept-Language"));
        Messages m = texts.in(language);
        String heading;
        String text;
        switch (status) {
            case 404 -> {
                heading = m.error_404_title();
                text = m.error_404_text();
            }
            case 503 -> {
                heading = m.error_503_title();
                text = m.error_503_text();
            }
            case 500 -> {
                heading = m.error_500_title();
                text = m.error_500_text();
            }
            default -> {
                heading = m.error_400_title();
                text = null;
            }
        }
        // The technical detail helps with a bad address (400), not with our own failures.
        String shownDetail = status >= 400 && status < 500 && status != 404 ? detail : null;
        PageContext page = pages.context(language, heading, heading, Routes::home, tracker.live().orElse(null), "error");
        Response.ResponseBuilder response = Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Pages.in(language, Templates.error(page, status, heading, text, shownDetail)).render());
        if (status == 503) {
            response.header("Retry-After", "5");
        }
        return response.build();
    }

    static Language language(String path, String acceptLanguage) {
        String[] segments = path.split("/");
        if (segments.length > 1) {
            var fromPath = Language.fromCode(segments[1]);
            if (fromPath.isPresent()) {
                return fromPath.get();
            }
        }
        return Language.fromAcceptLanguage(acceptLanguage);
    }
}
