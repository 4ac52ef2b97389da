package fi.keinokartta.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fi.keinokartta.search.engine.EmbeddedSearchEngine;
import fi.keinokartta.search.engine.EngineSettings;
import fi.keinokartta.testing.CorpusFolder;
import fi.keinokartta.testing.PackagedService;

/**
 * Two instances of the packaged service on one cluster, as behind a load balancer: a publish through
 * one and a rollback through the other are followed by both within seconds, because the live release is
 * recorded in the cluster and not in an instance.
 */
class TwoInstancesIT {

    private static final Path WORK = Path.of("target/two-instances");

    private static PackagedService first;
    private static PackagedService second;
    private static CorpusFolder content;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        String engine = EmbeddedSearchEngine.ensureRunning(EngineSettings.fromEnvironment(true));
        content = CorpusFolder.copyTo(WORK);
        first = PackagedService.start(WORK, "first", engine, content.root(), "publish").awaitReady(Duration.ofSeconds(120));
        second = PackagedService.start(WORK, "second", engine, content.root(), "none").awaitReady(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void bothInstancesFollowAPublishAndARollback() throws Exception {
        assertThat(title(first)).isEqualTo("Palkkatuki");
        assertThat(title(second)).isEqualTo("Palkkatuki");
        // Searched twice, so the second instance keeps the answer for the live release (its answer cache).
        assertThat(searchTitle(second)).isEqualTo("Palkkatuki");
        assertThat(searchTitle(second)).isEqualTo("Palkkatuki");

        content.replace("items/palkkatuki.yaml", "title: Palkkatuki", "title: Palkkatuki uudistettu");
        var built = first.send("/api/v1/editor/releases", "POST");
        assertThat(built.statusCode()).as(built.body()).isEqualTo(201);
        String candidate = built.body().replaceAll("(?s).*\"releaseId\":\"([0-9a-f]{12})\".*", "$1");
        assertThat(title(second)).as("a candidate is not public").isEqualTo("Palkkatuki");

        long published = System.nanoTime();
        assertThat(first.send("/api/v1/editor/releases/" + candidate + "/publish", "POST").statusCode()).isEqualTo(200);
        second.waitUntil("/api/v1/measures/palkkatuki", r -> r.body().contains("\"title\":\"Palkkatuki uudistettu\""),
                Duration.ofSeconds(15));
        System.out.printf("The second instance followed the publish in %d ms%n", (System.nanoTime() - published) / 1_000_000);
        assertThat(searchTitle(second)).as("the same search, answered from the new release").isEqualTo("Palkkatuki uudistettu");

        long rolledBack = System.nanoTime();
        assertThat(second.send("/api/v1/editor/rollback", "POST").statusCode()).isEqualTo(200);
        first.waitUntil("/api/v1/measures/palkkatuki", r -> r.body().contains("\"title\":\"Palkkatuki\""),
                Duration.ofSeconds(15));
        System.out.printf("The first instance followed the rollback in %d ms%n", (System.nanoTime() - rolledBack) / 1_000_000);
        assertThat(title(second)).isEqualTo("Palkkatuki");
        first.waitUntil(SEARCH, r -> r.body().contains("\"title\":\"Palkkatuki\""), Duration.ofSeconds(15));
        assertThat(searchTitle(second)).isEqualTo("Palkkatuki");
    }

    /** The packaged service runs the production profile: browsers are told to keep to HTTPS, on every answer. */
    @Test
    void productionAnswersKeepBrowsersOnHttpsEvenWhenRefused() throws Exception {
        for (String path : List.of("/fi/", "/api/v1/search?lang=fi&q=palkkatuki", "/fi/a;b", "/q/metrics", "/no-such-page")) {
            var response = first.get(path);
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).hasValue("max-age=31536000; includeSubDomains");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
        assertThat(first.get("/q/metrics").headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm="));
    }

    private static final String SEARCH = "/api/v1/search?lang=fi&q=palkkatuki&size=1";

    /** The title of the first hit of a search for palkkatuki. */
    private static String searchTitle(PackagedService instance) throws Exception {
        String body = instance.get(SEARCH).body();
        return body.replaceAll("(?s).*?\"hits\":\\[\\{.*?\"title\":\"([^\"]*)\".*", "$1");
    }

    private static String title(PackagedService instance) throws Exception {
        String body = instance.get("/api/v1/measures/palkkatuki").body();
        return body.replaceAll("(?s).*?\"title\":\"([^\"]*)\".*", "$1");
    }
}
