package fi.keinokartta.http;

import io.vertx.core.MultiMap;

/**
 * The security headers of every answer the service's code sends: pages, API, errors, refusals of the request
 * guard, authentication challenges. They are set when the headers are written (from {@link RequestGuard}), not
 * by Quarkus' {@code quarkus.http.filter} headers, because those are route handlers that an answer ended before
 * them (the guard's refusals, a sign-in challenge) never reaches.
 */
public final class SecurityHeaders {

    /** No inline scripts or styles, nothing from other origins: fonts, scripts and styles are served by us. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";
    /** The service's own tools under /q/ (Swagger UI needs its inline setup) still may not be framed. */
    static final String TOOLS_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
    static final String STRICT_TRANSPORT = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {
    }

    /**
     * @param path the request's path
     * @param httpsOnly the site is served over HTTPS: browsers must keep to it ({@code Strict-Transport-Security})
     */
    static void apply(MultiMap headers, String path, boolean httpsOnly) {
        headers.set("Content-Security-Policy", path != null && path.startsWith("/q/") ? TOOLS_POLICY : PAGE_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        headers.set("X-Frame-Options", "DENY");
        if (httpsOnly) {
            headers.set("Strict-Transport-Security", STRICT_TRANSPORT);
        }
    }
}
