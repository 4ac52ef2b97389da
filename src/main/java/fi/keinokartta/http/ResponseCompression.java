package fi.keinokartta.http;

import java.util.Locale;
import java.util.Set;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;

/**
 * Which answers go compressed to a client that accepts gzip: the HTTP server (Netty, through
 * {@code quarkus.http.enable-compression}) compresses an answer unless it says {@code Content-Encoding: identity},
 * and Quarkus puts that on every answer and takes it off only where its own handlers ran. Answers kept whole by
 * {@link HttpCaching} are sent before those handlers, so the decision is taken here, for every answer, when its
 * headers are written.
 * <ul>
 * <li>Public answers of a text type ({@code quarkus.http.compress-media-types}: HTML, JSON, XML, CSS,
 * JavaScript...) are compressed, and say {@code Vary: Accept-Encoding} (as do their 304s) so that a shared cache
 * never hands a compressed copy to a client that did not ask for one.</li>
 * <li>The editors' area, previews and sign-in never are: their pages carry a secret (the form token) beside text
 * the request chose, which is what compression-ratio attacks on HTTPS (BREACH) need.</li>
 * </ul>
 */
final class ResponseCompression {

    private static final String IDENTITY = "identity";

    private ResponseCompression() {
    }

    /**
     * @param compressibleTypes media types without parameters, lower case
     */
    static void decide(MultiMap headers, String path, int status, Set<String> compressibleTypes) {
        if (path == null || RequestGuard.isProtected(path) || path.startsWith("/j_security_check")) {
            headers.set(HttpHeaders.CONTENT_ENCODING, IDENTITY);
            return;
        }
        String encoding = headers.get(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && !IDENTITY.equals(encoding)) {
            return; // encoded by whoever wrote it
        }
        if (status == 304) {
            // Nothing to encode; and a cache that takes a 304's headers into its copy must not read "identity" there.
            headers.remove(HttpHeaders.CONTENT_ENCODING);
            addVary(headers); // as the 200 it stands for would have
        } else if (isCompressible(headers.get(HttpHeaders.CONTENT_TYPE), compressibleTypes)) {
            headers.remove(HttpHeaders.CONTENT_ENCODING); // (a static file's handler has taken it off already)
            addVary(headers);
        }
    }

    static boolean isCompressible(String contentType, Set<String> compressibleTypes) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
        return compressibleTypes.contains(type);
    }

    private static void addVary(MultiMap headers) {
        String vary = headers.get(HttpHeaders.VARY);
        if (vary == null || vary.isBlank()) {
            headers.set(HttpHeaders.VARY, "Accept-Encoding");
        } else if (!vary.toLowerCase(Locale.ROOT).contains("accept-encoding")) {
            headers.set(HttpHeaders.VARY, vary + ", Accept-Encoding");
        }
    }
}
