package fi.keinokartta.testing;

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

/**
 * One instance of the packaged service ({@code target/quarkus-app/quarkus-run.jar}, built by
 * {@code package} before the failsafe tests run) in its own JVM, on a given cluster and content folder,
 * as an operator would run it behind a load balancer. Its output goes to {@code <work>/<name>.log}.
 */
public final class PackagedService implements AutoCloseable {

    private static final String EDITOR = "Basic " + Base64.getEncoder()
            .encodeToString("editor:test-editor-password".getBytes(StandardCharsets.UTF_8));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final Process process;
    private final String url;
    private final Path log;

    private PackagedService(String name, Process process, String url, Path log) {
        this.name = name;
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /**
     * Starts an instance (does not wait for it).
     *
     * @param hosts   the cluster's {@code host:port} list, comma-separated
     * @param onStart {@code keinokartta.content.on-start}: {@code publish} or {@code none}
     * @param extra   further {@code -D} options
     */
    public static PackagedService start(Path work, String name, String hosts, Path content, String onStart,
            String... extra) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m",
                "-Dquarkus.http.port=" + port,
                "-Dkeinokartta.search.hosts=" + hosts,
                "-Dkeinokartta.content.dir=" + content.toAbsolutePath(),
                "-Dkeinokartta.content.on-start=" + onStart,
                "-Dkeinokartta.publishing.follow-interval=1s",
                "-Dkeinokartta.editors.file=" + Path.of("src/test/resources/editors.properties").toAbsolutePath()));
        command.addAll(List.of(extra));
        command.addAll(List.of("-jar", Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString()));
        Files.createDirectories(work);
        Path log = work.resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new PackagedService(name, process, "http://127.0.0.1:" + port, log);
    }

    /** {@code http://127.0.0.1:port} */
    public String url() {
        return url;
    }

    public String name() {
        return name;
    }

    /** Waits until the instance reports ready. */
    public PackagedService awaitReady(Duration timeout) throws Exception {
        waitUntil(url + "/q/health/ready", response -> response.statusCode() == 200, timeout, log);
        return this;
    }

    /** A request to the instance (editor credentials for the editor API). */
    public HttpResponse<String> send(String path, String method) throws IOException, InterruptedException {
        return send(path, method, Duration.ofSeconds(30));
    }

    public HttpResponse<String> send(String path, String method, Duration timeout) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(timeout);
        if (path.startsWith("/api/v1/editor/")) {
            request.header("Authorization", EDITOR);
        }
        request.method(method, HttpRequest.BodyPublishers.noBody());
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(path, "GET");
    }

    /** Polls a path of this instance until the condition holds, failing after the timeout. */
    public void waitUntil(String path, Predicate<HttpResponse<String>> condition, Duration timeout) throws Exception {
        waitUntil(url + path, condition, timeout, log);
    }

    private static void waitUntil(String address, Predicate<HttpResponse<String>> condition, Duration timeout, Path log)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(address))
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (condition.test(response)) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Timed out waiting for " + address + " (see " + log + ")");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }
}
