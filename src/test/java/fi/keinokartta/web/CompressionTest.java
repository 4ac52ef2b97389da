package fi.keinokartta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fi.keinokartta.testing.KeptAnswers;
import fi.keinokartta.testing.LiveRelease;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Compressed answers (ResponseCompression): public text answers go gzipped to a client that asks for it — the first
 * time and when answered whole from the kept answer — and decode to exactly what an identity client gets; they say
 * {@code Vary: Accept-Encoding}, as do their 304s (without a Content-Encoding); the editors' area never is compressed.
 * The JDK client is used because it does not decode answers by itself (REST Assured does).
 */
@QuarkusTest
class CompressionTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URL base;

    @Inject
    MeterRegistry registry;

    @Test
    void publicTextAnswersAreGzippedForClientsThatAskAndDecodeToTheSameBytes() throws Exception {
        LiveRelease.await();
        List<String> kept = List.of("/api/v1/search?q=kuntoutus&lang=fi&size=13", "/sv/sok?q=arbetsprovning&size=11", "/en/",
                "/sitemap.xml");
        List<String> notKept = List.of("/static/site.css", "/fi/ei-ole-olemassa");
        for (String path : Stream.concat(kept.stream(), notKept.stream()).toList()) {
            // First compressed (made now), then plain, then compressed twice from the kept answer where there is one
            // (its gzipped copy is made on the first of those and reused), and never for a client that refuses gzip.
            HttpResponse<byte[]> first = get(path, "gzip");
            HttpResponse<byte[]> plain = get(path, null);
            double hitsBefore = KeptAnswers.hits(registry);
            HttpResponse<byte[]> again = get(path, "gzip, deflate, br");
            HttpResponse<byte[]> third = get(path, "br;q=1.0, gzip;q=0.8, *;q=0.1");
            HttpResponse<byte[]> refused = get(path, "gzip;q=0, identity");
            assertThat(KeptAnswers.hits(registry) - hitsBefore).as("answered from the kept answer: " + path)
                    .isEqualTo(kept.contains(path) ? 3 : 0);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(refused.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(refused.body()).as(path).isEqualTo(plain.body());
            for (HttpResponse<byte[]> gzipped : List.of(first, again, third)) {
                assertThat(gzipped.statusCode()).as(path).isEqualTo(plain.statusCode());
                assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
                assertThat(gunzip(gzipped.body())).as("the same answer, decoded: " + path).isEqualTo(plain.body());
                assertThat(gzipped.body().length).as(path).isLessThan(plain.body().length);
            }
            for (HttpResponse<byte[]> answer : List.of(first, plain, again, third, refused)) {
                assertThat(answer.headers().firstValue("Vary")).as(path).hasValueSatisfying(
                        vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
            }
        }
    }

    @Test
    void overHttp2TheKeptAnswerIsGzippedOnce() throws Exception {
        // HTTP/2's encoder compresses whatever says Content-Encoding: gzip; the kept gzipped copy must not meet it.
        LiveRelease.await();
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        String path = "/fi/haku?q=kuntoutus&size=6";
        byte[] plain = get(path, null).body();
        for (int i = 0; i < 3; i++) {
            HttpResponse<byte[]> answer = http2.send(HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(gunzip(answer.body())).as("decoded once (%s)", answer.version()).isEqualTo(plain);
        }
    }

    @Test
    void aRevalidationSaysVaryAndTheEncodingTheSameRequestWouldGet() throws Exception {
        LiveRelease.await();
        String path = "/fi/haku?q=palkkatuki&size=7";
        for (String acceptEncoding : new String[] { "gzip", null }) {
            HttpResponse<byte[]> whole = get(path, acceptEncoding);
            HttpRequest.Builder revalidation = HttpRequest.newBuilder(uri(path))
                    .header("If-None-Match", whole.headers().firstValue("ETag").orElseThrow());
            if (acceptEncoding != null) {
                revalidation.header("Accept-Encoding", acceptEncoding);
            }
            HttpResponse<byte[]> revalidated = HTTP.send(revalidation.build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(revalidated.statusCode()).isEqualTo(304);
            assertThat(revalidated.body()).isEmpty();
            assertThat(revalidated.headers().firstValue("Vary")).hasValue("Accept-Encoding");
            // Never "identity" on a 304: a cache that takes the 304's headers into a gzipped copy would mislabel it.
            // None over HTTP/1.1; the HTTP/2 encoder names the one the same request would have got.
            Optional<String> encoding = revalidated.headers().firstValue("Content-Encoding");
            assertThat(encoding.isEmpty() || encoding.equals(whole.headers().firstValue("Content-Encoding")))
                    .as("Content-Encoding of the 304 (%s): %s", acceptEncoding, encoding).isTrue();
        }
    }

    @Test
    void theEditorsAreaIsNeverCompressed() throws Exception {
        // Its pages hold the form token beside text the request chose: with compression, a BREACH-style attack.
        HttpResponse<byte[]> login = get("/editor/login?failed=1", "gzip");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Encoding").orElse("identity")).isEqualTo("identity");
        assertThat(new String(login.body(), StandardCharsets.UTF_8)).contains("<form");
        HttpResponse<byte[]> api = get("/api/v1/editor/releases", "gzip");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Encoding").orElse("identity")).isEqualTo("identity");
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
