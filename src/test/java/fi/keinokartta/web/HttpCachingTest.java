package fi.keinokartta.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.keinokartta.content.load.ContentLoader;
import fi.keinokartta.publishing.Publisher;
import fi.keinokartta.publishing.ReleaseBuilder;
import fi.keinokartta.publishing.ReleaseTracker;
import fi.keinokartta.testing.CorpusFolder;
import fi.keinokartta.testing.EditorLogin;
import fi.keinokartta.testing.KeptAnswers;
import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * HTTP caching of the public portal: an ETag per release and body, 304 on revalidation (weak comparison,
 * lists, *), a short public max-age, a new ETag after a publish, and no-store wherever an answer must not be
 * kept (errors, POST, the editors' area, previews, sign-in, health).
 */
@QuarkusTest
class HttpCachingTest {

    private static final String EDITOR_PASSWORD = "test-editor-password";

    @Inject
    ReleaseTracker tracker;

    @Inject
    ReleaseBuilder builder;

    @Inject
    Publisher publisher;

    @Inject
    io.micrometer.core.instrument.MeterRegistry registry;

    @TempDir
    Path temp;

    @Test
    void aRepeatedRequestIsAnsweredWholeFromTheKeptAnswerWithTheSameHeaders() {
        LiveRelease.await();
        for (String path : new String[] { "/api/v1/search?q=palkkatuki&lang=sv&size=7", "/fi/haku?q=tyokokeilu&size=9",
                "/en/measures/palkkatuki" }) {
            Response first = given().get(path);
            double hitsBefore = responseCacheHits();
            Response second = given().get(path);
            assertThat(responseCacheHits()).as("answered from the kept answer: " + path).isEqualTo(hitsBefore + 1);
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(second.asByteArray()).as(path).isEqualTo(first.asByteArray());
            for (String header : new String[] { "Content-Type", "ETag", "Cache-Control", "Content-Security-Policy",
                    "X-Content-Type-Options" }) {
                assertThat(second.header(header)).as(header + " of " + path).isNotNull().isEqualTo(first.header(header));
            }
            // Another Accept is another answer (a JSON answer must never be given for an HTML request or the other way).
            double hits = responseCacheHits();
            given().header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").get(path);
            assertThat(responseCacheHits()).as("a different Accept is not the same request").isEqualTo(hits);
        }
    }

    private double responseCacheHits() {
        return KeptAnswers.hits(registry);
    }

    @Test
    void publicAnswersHaveAnEtagAndAShortPublicMaxAge() {
        LiveRelease.await();
        String live = tracker.live().orElseThrow().id();
        for (String path : new String[] { "/api/v1/search?q=tyokokeilu&lang=fi", "/api/v1/measures/palkkatuki?lang=fi",
                "/api/v1/taxonomies?lang=fi", "/fi/", "/fi/haku?q=palkkatuki", "/fi/keinot/palkkatuki", "/sitemap.xml",
                "/fi/uutta/feed.xml" }) {
            Response response = given().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.header("Cache-Control")).as(path).isEqualTo("public, max-age=60, stale-if-error=600");
            assertThat(response.header("ETag")).as(path).matches("W/\"" + live + "-[0-9a-f]{16}\"");
            // Its address alone (and, for the bytes on the wire, whether the client takes gzip): never Accept or Cookie.
            assertThat(response.header("Vary")).as("a public answer varies on its address alone: " + path)
                    .isEqualTo("Accept-Encoding");
            assertThat(given().get(path).header("ETag")).as("the same body, the same tag: " + path)
                    .isEqualTo(response.header("ETag"));
        }
        assertThat(given().get("/api/v1/search?q=palkkatuki&lang=fi").header("ETag"))
                .isNotEqualTo(given().get("/api/v1/search?q=tyokokeilu&lang=fi").header("ETag"));
    }

    @Test
    void revalidationWithTheTagGets304WithNoBody() {
        LiveRelease.await();
        for (String path : new String[] { "/api/v1/search?q=tyokokeilu&lang=fi", "/fi/keinot/palkkatuki" }) {
            String etag = given().get(path).header("ETag");
            String strong = etag.substring(2);
            for (String ifNoneMatch : new String[] { etag, strong, "\"other\", " + etag, "W/\"a\",W/\"b\"," + strong, "*" }) {
                Response response = given().header("If-None-Match", ifNoneMatch).get(path);
                assertThat(response.statusCode()).as(path + " with If-None-Match " + ifNoneMatch).isEqualTo(304);
                assertThat(response.asByteArray()).as("no body").isEmpty();
                assertThat(response.header("ETag")).isEqualTo(etag);
                assertThat(response.header("Cache-Control")).startsWith("public, max-age=");
            }
            Response other = given().header("If-None-Match", "W/\"0123456789ab-00\"").get(path);
            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(other.asString()).isNotEmpty();
        }
    }

    @Test
    void aPublishChangesTheTagAndTheOldTagGetsTheNewBody() throws Exception {
        LiveRelease.await();
        String original = tracker.live().orElseThrow().id();
        String path = "/api/v1/measures/palkkatuki?lang=fi";
        String before = given().get(path).header("ETag");
        CorpusFolder changed = CorpusFolder.copy(temp).replace("items/palkkatuki.yaml", "title: Palkkatuki",
                "title: Palkkatuki C");
        String candidate = builder.build(new ContentLoader().load(changed.root()), "test").releaseId();
        try {
            publisher.publish(candidate, "test");
            awaitLive(candidate);
            Response after = given().header("If-None-Match", before).get(path);
            assertThat(after.statusCode()).as("the old tag no longer matches").isEqualTo(200);
            assertThat(after.jsonPath().getString("title")).isEqualTo("Palkkatuki C");
            assertThat(after.header("ETag")).startsWith("W/\"" + candidate + "-").isNotEqualTo(before);
        } finally {
            publisher.rollback("test");
            awaitLive(original);
        }
        assertThat(given().header("If-None-Match", before).get(path).statusCode())
                .as("after the rollback the first release's tag matches again").isEqualTo(304);
    }

    @Test
    void errorsPostsTheEditorsAreaPreviewsAndHealthAreNeverStored() {
        LiveRelease.await();
        assertNoStore(given().get("/api/v1/measures/no-such-measure?lang=fi"), 404);
        assertNoStore(given().get("/fi/keinot/no-such-measure"), 404);
        assertNoStore(given().get("/api/v1/search?size=1000"), 400);
        assertNoStore(given().get("/fi/a;b"), 400);
        assertNoStore(given().get("/static/no-such-file.css"), 404);
        assertNoStore(given().contentType("application/json").body("{\"situation\":\"tyonhakija\",\"lang\":\"fi\",\"steps\":[]}")
                .post("/api/v1/plans/check"), -1);
        assertNoStore(given().redirects().follow(false).get("/editor/"), 302);
        assertNoStore(given().get("/editor/login"), 200);
        assertNoStore(given().get("/q/health/ready"), 200);
        assertNoStore(given().get("/api/v1/editor/releases"), 401);
        assertNoStore(given().redirects().follow(false).header("Accept-Language", "sv").get("/"), 303);
        assertThat(given().redirects().follow(false).get("/").header("Vary")).isEqualTo("Accept-Language");

        EditorLogin editor = EditorLogin.signIn("editor", EDITOR_PASSWORD);
        String live = tracker.live().orElseThrow().id();
        Response preview = editor.request().get("/preview/" + live + "/fi/keinot/palkkatuki");
        assertNoStore(preview, 200);
        assertThat(preview.header("ETag")).as("a preview has no public tag").isNull();
        assertNoStore(editor.request().get("/editor/"), 200);
        assertThat(editor.request().get("/fi/").header("Cache-Control"))
                .as("a public page is the same for an editor: public").startsWith("public");
    }

    @Test
    void aPageIsHtmlWhateverTheAcceptHeaderSays() {
        LiveRelease.await();
        Response page = given().accept("application/atom+xml").get("/fi/keinot/palkkatuki");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("ETag")).isEqualTo(given().get("/fi/keinot/palkkatuki").header("ETag"));
    }

    private static void assertNoStore(Response response, int status) {
        if (status > 0) {
            assertThat(response.statusCode()).isEqualTo(status);
        }
        assertThat(response.header("Cache-Control")).as("Cache-Control of a %s answer", response.statusCode())
                .isEqualTo("no-store");
        assertThat(response.header("ETag")).isNull();
    }

    private void awaitLive(String releaseId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline && !tracker.live().map(r -> r.id().equals(releaseId)).orElse(false)) {
            tracker.refresh();
            Thread.sleep(100);
        }
        assertThat(tracker.live().orElseThrow().id()).isEqualTo(releaseId);
    }
}
