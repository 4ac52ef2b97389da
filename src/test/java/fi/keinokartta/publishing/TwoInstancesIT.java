package fi.keinokartta.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fi.keinokartta.search.engine.EmbeddedSearchEngine;
import fi.keinokartta.search.engine.EngineSettings;
import fi.keinokartta.testing.CorpusFolder;

/**
 * Two instances of the packaged service on one cluster, as behind a load balancer: a publish through
 * one and a rollback through the other are followed by both within seconds, because the live release is
 * recorded in the cluster and not in an instance.
 */
class TwoInstancesIT {

    private static final Path WORK = Path.of("target/two-instances");
    private static final String EDITOR = "Basic " + Base64.getEncoder()
            .encodeToString("editor:test-editor-password".getBytes(StandardCharsets.UTF_8));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final List<Process> instances = new ArrayList<>();
    private static String first;
    private static String second;
    private static CorpusFolder content;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        String engine = EmbeddedSearchEngine.ensureRunning(EngineSettings.fromEnvironment(true));
        content = CorpusFolder.copyTo(WORK);
        first = start("first", engine, "publish");
        waitUntil(first + "/q/health/ready", response -> response.statusCode() == 200, Duration.ofSeconds(120));
        second = start("second", engine, "none");
        waitUntil(second + "/q/health/ready", response -> response.statusCode() == 200, Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() {
        instances.forEach(Process::destroy);
    }

    @Test
    void bothInstancesFollowAPublishAndARollback() throws Exception {
        assertThat(title(first)).isEqualTo("Palkkatuki");
        assertThat(title(second)).isEqualTo("Palkkatuki");
        // Searched twice, so the second instance keeps the answer for the live release (its answer cache).
        assertThat(searchTitle(second)).isEqualTo("Palkkatuki");
        assertThat(searchTitle(second)).isEqualTo("Palkkatuki");

        content.replace("items/palkkatuki.yaml", "title: Palkkatuki", "title: Palkkatuki uudistettu");
        HttpResponse<String> built = send(first + "/api/v1/editor/releases", "POST");
        assertThat(built.statusCode()).as(built.body()).isEqualTo(201);
        String candidate = built.body().replaceAll("(?s).*\"releaseId\":\"([0-9a-f]{12})\".*", "$1");
        assertThat(title(second)).as("a candidate is not public").isEqualTo("Palkkatuki");

        long published = System.nanoTime();
        assertThat(send(first + "/api/v1/editor/releases/" + candidate + "/publish", "POST").statusCode()).isEqualTo(200);
        waitUntil(second + "/api/v1/measures/palkkatuki", r -> r.body().contains("\"title\":\"Palkkatuki uudistettu\""),
                Duration.ofSeconds(15));
        System.out.printf("The second instance followed the publish in %d ms%n", (System.nanoTime() - published) / 1_000_000);
        assertThat(searchTitle(second)).as("the same search, answered from the new release").isEqualTo("Palkkatuki uudistettu");

        long rolledBack = System.nanoTime();
        assertThat(send(second + "/api/v1/editor/rollback", "POST").statusCode()).isEqualTo(200);
        waitUntil(first + "/api/v1/measures/palkkatuki", r -> r.body().contains("\"title\":\"Palkkatuki\""),
                Duration.ofSeconds(15));
        System.out.printf("The first instance followed the rollback in %d ms%n", (System.nanoTime() - rolledBack) / 1_000_000);
        assertThat(title(second)).isEqualTo("Palkkatuki");
        waitUntil(first + SEARCH, r -> r.body().contains("\"title\":\"Palkkatuki\""), Duration.ofSeconds(15));
        assertThat(searchTitle(second)).isEqualTo("Palkkatuki");
    }

    private static final String SEARCH = "/api/v1/search?lang=fi&q=palkkatuki&size=1";

    /** The title of the first hit of a search for palkkatuki. */
    private static String searchTitle(String instance) throws Exception {
        String body = send(instance + SEARCH, "GET").body();
        return body.replaceAll("(?s).*?\"hits\":\\[\\{.*?\"title\":\"([^\"]*)\".*", "$1");
    }

    private static String start(String name, String engine, String onStart) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx256m",
                "-Dquarkus.http.port=" + port,
                "-Dkeinokartta.search.hosts=" + engine,
                "-Dkeinokartta.content.dir=" + content.root().toAbsolutePath(),
                "-Dkeinokartta.content.on-start=" + onStart,
                "-Dkeinokartta.publishing.follow-interval=1s",
                "-Dkeinokartta.editors.file=" + Path.of("src/test/resources/editors.properties").toAbsolutePath(),
                "-jar", Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString());
        Files.createDirectories(WORK);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(WORK.resolve(name + ".log").toFile()).start();
        instances.add(process);
        return "http://127.0.0.1:" + port;
    }

    private static String title(String instance) throws Exception {
        String body = send(instance + "/api/v1/measures/palkkatuki", "GET").body();
        return body.replaceAll("(?s).*?\"title\":\"([^\"]*)\".*", "$1");
    }

    private static HttpResponse<String> send(String url, String method) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (url.contains("/api/v1/editor/")) {
            request.header("Authorization", EDITOR);
        }
        request.method(method, HttpRequest.BodyPublishers.noBody());
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void waitUntil(String url, Predicate<HttpResponse<String>> condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.test(send(url, "GET"))) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Timed out waiting for " + url + " (see " + WORK + "/*.log)");
    }
}
