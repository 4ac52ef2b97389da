package fi.keinokartta.http;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.keinokartta.config.KeinokarttaConfig;
import fi.keinokartta.core.LiveReleaseChanged;
import fi.keinokartta.core.Release;
import fi.keinokartta.publishing.ReleaseTracker;
import fi.keinokartta.search.ReleaseScopedCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/**
 * HTTP caching of the public portal, pages and API alike: a successful GET gets an {@code ETag} made of the
 * release it was served from and a hash of its body, a revalidation whose {@code If-None-Match} names it
 * gets a 304 with no body, and {@code Cache-Control: public, max-age=…} lets browsers, a CDN or a reverse
 * proxy reuse it.
 * <p>
 * Why max-age is short (60 s by default, {@code keinokartta.http.max-age}): a proxy cannot know that an
 * editor published; whatever it stored it serves until max-age runs out. So max-age is how long a reader
 * may still see the previous release after a publish or a rollback (a correction must reach readers
 * quickly). Revalidating after that costs a 304 and no body when nothing changed. {@code stale-if-error}
 * lets a proxy keep serving its copy while the service is down.
 * <p>
 * A public answer varies only on its address (the language is in the path or in {@code lang}; no public
 * page reads a cookie, the session or {@code Accept-Language}), so the only {@code Vary} is
 * {@code Accept-Encoding}, for the compressed copy ({@link ResponseCompression}): a {@code Vary} on {@code Accept}
 * or {@code Cookie} would split a proxy's cache by every browser's headers for nothing.
 * Never cached, by this filter or {@link RequestGuard}: the editors' area, previews, sign-in, answers to
 * anything but GET/HEAD, error answers, and answers that set a cookie.
 * <p>
 * The same answers are also kept whole, as sent, per live release ({@code keinokartta.cache.responses-size}):
 * a repeated GET of the same address is answered before the page or the API runs, with no template to
 * render and no hash to take. The key is the address, {@code Accept} and the day in Finland (a few pages
 * count days: figures going stale, the sick-leave timeline); nothing else about a request changes a public
 * answer (a client that takes gzip gets the same answer gzipped, made once per kept answer). Only answers
 * made from the live release are kept, and they go when it stops being live.
 */
@ApplicationScoped // created on first use: filters are set up before the configuration mappings are ready
public class HttpCaching {

    @Inject
    KeinokarttaConfig config;

    @Inject
    RequestedRelease requested;

    @Inject
    ReleaseTracker tracker;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    @Inject
    ResponseCompression compression;

    private ReleaseScopedCache responses;

    /** What a public answer depends on besides the release. */
    private record ResponseKey(String target, String accept, LocalDate day) {
    }

    /**
     * An answer as sent: the body and the headers this class sets, and once a client that takes gzip has asked for it
     * again, the body gzipped (so that it is compressed once, not on every request).
     */
    private static final class KeptResponse {
        final byte[] body;
        final String contentType;
        final String etag;
        final String cacheControl;
        private volatile byte[] gzipped;

        KeptResponse(byte[] body, String contentType, String etag, String cacheControl) {
            this.body = body;
            this.contentType = contentType;
            this.etag = etag;
            this.cacheControl = cacheControl;
        }

        /** Made on first use; two requests at once may both make it, and either copy will do. */
        byte[] gzipped(ResponseCompression compression) {
            byte[] made = gzipped;
            if (made == null) {
                made = compression.gzip(body);
                gzipped = made;
            }
            return made;
        }
    }

    @PostConstruct
    void init() {
        // Answers of other releases are never kept here (0): only the live release's are asked for again.
        responses = new ReleaseScopedCache(config.cache().responsesSize().asLongValue(), 0, registry, "responses");
    }

    void liveChanged(@Observes LiveReleaseChanged event) {
        responses.liveChanged(event.live());
    }

    /** A repeated GET of a public address on the live release: the kept answer (or a 304), before anything runs. */
    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Optional<Response> answerFromCache(ContainerRequestContext request, HttpServerRequest connection) {
        if (!request.getMethod().equals("GET") || requested.prefix().isPresent()
                || !isPublic(request.getUriInfo().getRequestUri().getRawPath())) {
            return Optional.empty();
        }
        Optional<Release> live = tracker.live();
        if (live.isEmpty()) {
            return Optional.empty();
        }
        Optional<KeptResponse> kept = responses.find(live.get(), key(request));
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        KeptResponse answer = kept.get();
        Response.ResponseBuilder response;
        if (matches(request.getHeaderString("If-None-Match"), answer.etag)) {
            response = Response.notModified();
        } else if (compression.sendsGzippedCopy(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING), answer.contentType,
                connection.version())) {
            response = Response.ok(answer.gzipped(compression), answer.contentType)
                    .header(HttpHeaders.CONTENT_ENCODING, ResponseCompression.GZIP);
        } else {
            response = Response.ok(answer.body, answer.contentType);
        }
        return Optional.of(response.header("ETag", answer.etag).header("Cache-Control", answer.cacheControl).build());
    }

    private ResponseKey key(ContainerRequestContext request) {
        var uri = request.getUriInfo().getRequestUri();
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        return new ResponseKey(target, accept == null ? "" : accept, LocalDate.now(clock));
    }

    @ServerResponseFilter(priority = jakarta.ws.rs.Priorities.USER + 100)
    public void cache(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        String method = request.getMethod();
        if (response.getStatus() != 200 || !(method.equals("GET") || method.equals("HEAD"))
                || requested.prefix().isPresent() || !isPublic(request.getUriInfo().getRequestUri().getRawPath())
                || response.getHeaders().containsKey("Cache-Control") || response.getHeaders().containsKey("Set-Cookie")) {
            return;
        }
        String cacheControl = cacheControl(config.http().maxAge(), config.http().staleIfError());
        response.getHeaders().putSingle("Cache-Control", cacheControl);
        byte[] body = body(response);
        if (body == null) {
            return;
        }
        String etag = etag(releaseId(), body);
        response.getHeaders().putSingle("ETag", etag);
        Optional<Release> served = requested.served();
        MediaType type = response.getMediaType();
        if (type == null && response.getHeaderString(HttpHeaders.CONTENT_TYPE) != null) {
            type = MediaType.valueOf(response.getHeaderString(HttpHeaders.CONTENT_TYPE));
        }
        if (method.equals("GET") && served.isPresent() && type != null) {
            ResponseKey key = key(request);
            // The weight counts a gzipped copy too (about a quarter of the body, a third to be safe).
            responses.put(served.get(), key, new KeptResponse(body, type.toString(), etag, cacheControl),
                    body.length + body.length / 3 + 2 * (key.target().length() + key.accept().length() + etag.length()) + 128);
        }
        if (matches(request.getHeaderString("If-None-Match"), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove("Content-Type");
            response.getHeaders().remove("Content-Length");
        }
    }

    /** The release the answer was served from (a request may start just before a switch), else the live one. */
    private String releaseId() {
        return requested.served().or(tracker::live).map(Release::id).orElse("none");
    }

    /** Everything of the public site and API; not the editors' area, previews, sign-in or the service's /q/ tools. */
    static boolean isPublic(String path) {
        return !RequestGuard.isEditorsOrSignIn(path) && !path.startsWith("/q/");
    }

    /** The body as it will be sent, written here once so that its hash can be taken (then sent as these bytes). */
    private byte[] body(ContainerResponseContext response) throws JsonProcessingException {
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        byte[] bytes;
        if (entity instanceof TemplateInstance template) {
            String text = template.render();
            bytes = text.getBytes(StandardCharsets.UTF_8);
            if (type == null) {
                // A page returned as a Response: its type comes from the template (page.html is text/html).
                type = template.getTemplate().getVariant().map(v -> MediaType.valueOf(v.getContentType()))
                        .orElse(MediaType.TEXT_HTML_TYPE).withCharset("UTF-8");
            }
            response.setEntity(bytes, null, type);
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (entity instanceof byte[] raw) {
            return raw;
        }
        if (entity != null && type != null && type.getSubtype().endsWith("json")) {
            bytes = json.writeValueAsBytes(entity);
            response.setEntity(bytes, null, type);
            return bytes;
        }
        return null;
    }

    static String cacheControl(Duration maxAge, Duration staleIfError) {
        if (maxAge.isZero() || maxAge.isNegative()) {
            return "public, no-cache";
        }
        return "public, max-age=" + maxAge.toSeconds()
                + (staleIfError.isZero() || staleIfError.isNegative() ? "" : ", stale-if-error=" + staleIfError.toSeconds());
    }

    /**
     * A weak tag (a proxy may compress the body): the release and a 64-bit checksum of the body (CRC-32C and
     * CRC-32). It only has to change when the body does; nobody chooses our bodies to make two collide, so a
     * cryptographic digest is not needed, and CRCs cost a fraction of SHA-256 on every answer.
     */
    static String etag(String releaseId, byte[] body) {
        CRC32C first = new CRC32C();
        first.update(body);
        CRC32 second = new CRC32();
        second.update(body);
        return "W/\"" + releaseId + "-" + HexFormat.of().toHexDigits((first.getValue() << 32) | second.getValue()) + "\"";
    }

    /**
     * Whether {@code If-None-Match} names the tag, by weak comparison (RFC 9110 13.1.2): {@code *}, or one of a
     * comma-separated list of tags equal to it once a {@code W/} prefix is set aside.
     */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String wanted = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (!tag.isEmpty() && opaque(tag).equals(wanted))) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
