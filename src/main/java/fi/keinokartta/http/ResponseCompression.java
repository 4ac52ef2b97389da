package fi.keinokartta.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;

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
 * {@link HttpCaching} sends a kept answer to a client that takes gzip already gzipped ({@link #gzip}), made once
 * ({@link #sendsGzippedCopy}). Quarkus' own settings ({@code compress-media-types}, {@code compression-level}) are
 * read here, once, for both.
 */
@ApplicationScoped
public class ResponseCompression {

    private static final String IDENTITY = "identity";
    static final String GZIP = "gzip";

    /** Media types without parameters, lower case. */
    private final Set<String> compressibleTypes;
    private final int level;

    @Inject
    ResponseCompression(@ConfigProperty(name = "quarkus.http.compress-media-types") List<String> compressMediaTypes,
            @ConfigProperty(name = "quarkus.http.compression-level", defaultValue = "6") int level) {
        this.compressibleTypes = mediaTypes(compressMediaTypes);
        this.level = Math.max(Deflater.BEST_SPEED, Math.min(Deflater.BEST_COMPRESSION, level));
    }

    /** Sets the answer's Content-Encoding and Vary as the list above says, when its headers are written. */
    void decide(MultiMap headers, String path, int status) {
        if (RequestGuard.isEditorsOrSignIn(path)) {
            headers.set(HttpHeaders.CONTENT_ENCODING, IDENTITY);
            return;
        }
        if (headers.getAll(HttpHeaders.CONTENT_ENCODING).contains(GZIP)) {
            // A kept answer gzipped by HttpCaching, beside the "identity" Quarkus put on every answer: gzip alone, or
            // the server would compress it a second time.
            headers.set(HttpHeaders.CONTENT_ENCODING, GZIP);
            addVary(headers);
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

    /**
     * Whether a kept answer goes as its gzipped copy: the client takes gzip, the type is compressed, and the
     * connection is not HTTP/2, whose encoder compresses whatever says {@code Content-Encoding: gzip} (the copy would
     * arrive gzipped twice; there the plain bytes go and the server compresses them).
     */
    boolean sendsGzippedCopy(String acceptEncoding, String contentType, HttpVersion version) {
        return version != HttpVersion.HTTP_2 && acceptsGzip(acceptEncoding) && isCompressible(contentType, compressibleTypes);
    }

    /** The body gzipped at the HTTP server's level. */
    byte[] gzip(byte[] body) {
        return gzip(body, level);
    }

    /** {@code quarkus.http.compress-media-types} as this class compares them. */
    static Set<String> mediaTypes(List<String> configured) {
        return configured.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether {@code Accept-Encoding} takes gzip (RFC 9110 12.5.3): a {@code gzip} (or {@code x-gzip}) entry whose
     * weight is not 0, or else a {@code *} whose weight is not 0. No header: no (a client that says nothing gets the
     * plain answer, as from the HTTP server).
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return false;
        }
        Boolean gzip = null;
        Boolean any = null;
        for (String entry : acceptEncoding.split(",")) {
            String[] parts = entry.split(";");
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean wanted = weight(parts) > 0;
            if (coding.equals(GZIP) || coding.equals("x-gzip")) {
                gzip = gzip == null ? wanted : gzip || wanted;
            } else if (coding.equals("*")) {
                any = any == null ? wanted : any || wanted;
            }
        }
        return gzip != null ? gzip : any != null && any;
    }

    /** The weight of an Accept-Encoding entry ({@code q=}, 1 when absent, 0 when unreadable: not taken). */
    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    double q = Double.parseDouble(parameter.substring(2).strip());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    static byte[] gzip(byte[] body, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(level);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Compressing in memory failed", e);
        }
        return out.toByteArray();
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
