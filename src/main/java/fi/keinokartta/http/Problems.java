package fi.keinokartta.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers for requests refused before they reach the REST layer (where the full error pages live): a
 * problem document under /api and /q and for JSON clients, a short page in the three languages otherwise.
 */
public final class Problems {

    private Problems() {
    }

    public static void send(RoutingContext rc, int status, String detail) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        String path = rc.request().path() == null ? "" : rc.request().path();
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        rc.response().setStatusCode(status).putHeader("Cache-Control", "no-store");
        if (path.startsWith("/api/") || path.startsWith("/q/") || (accept != null && accept.contains("json") && !accept.contains("html"))) {
            JsonObject problem = new JsonObject().put("type", "about:blank").put("title", title(status)).put("status", status)
                    .put("detail", detail);
            rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json").end(problem.encode());
            return;
        }
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").end(page(status, detail));
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            default -> "Error";
        };
    }

    /** Self-contained (no assets, no script), so it can be sent from anywhere without a template engine. */
    static String page(int status, String detail) {
        return """
                <!DOCTYPE html>
                <html lang="fi">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%d – Keinokartta</title></head>
                <body>
                <main>
                <h1>Osoitetta ei voitu käsitellä</h1>
                <p lang="sv">Adressen kunde inte behandlas.</p>
                <p lang="en">This address could not be handled.</p>
                <p lang="en">%s</p>
                <p><a href="/fi/">Etusivulle</a> · <a href="/sv/" lang="sv">Till startsidan</a> · <a href="/en/" lang="en">Home</a></p>
                </main>
                </body>
                </html>
                """.formatted(status, escape(detail));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
