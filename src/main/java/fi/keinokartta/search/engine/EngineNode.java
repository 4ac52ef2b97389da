package fi.keinokartta.search.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * One OpenSearch node (OpenSearch Runner) in its own JVM, the single launcher behind both the embedded
 * single node and the local multi-node cluster of the tests. The node listens on loopback only and runs
 * under a small shell guard that stops it as soon as our end of a pipe closes, even after a kill -9 of
 * our JVM. A node can be killed (SIGKILL, as a crash) and started again on the same data and ports.
 */
public final class EngineNode {

    private static final Logger LOG = Logger.getLogger(EngineNode.class.getName());

    private static final String RUNNER_MAIN = "org.codelibs.opensearch.runner.OpenSearchRunner";
    private static final String MODULES = String.join(",",
            "org.opensearch.analysis.common.CommonAnalysisModulePlugin",
            "org.opensearch.index.mapper.MapperExtrasModulePlugin",
            "org.opensearch.transport.Netty4ModulePlugin");
    /** OpenSearch Runner only probes ports up to 9299 for its HTTP port. */
    private static final int LOWEST_PORT = 9201;
    private static final int HIGHEST_PORT = 9298;
    /** How long the guard may take to start the engine's JVM before a missing engine counts as a failed start. */
    private static final Duration ENGINE_FORK_GRACE = Duration.ofSeconds(5);

    /**
     * Stops the engine when our stdin closes (normal stop, or our JVM died) or on TERM.
     * Arguments: the engine's command line. The engine's output goes to $KEINOKARTTA_ENGINE_LOG.
     */
    private static final String GUARD_SCRIPT = """
            "$@" </dev/null >>"$KEINOKARTTA_ENGINE_LOG" 2>&1 &
            engine=$!
            trap 'kill -TERM "$engine" 2>/dev/null' TERM INT HUP
            while read -r _; do :; done
            kill -TERM "$engine" 2>/dev/null
            wait "$engine"
            """;

    private final EngineJdk.Jdk jdk;
    private final String classpath;
    private final Path basePath;
    private final int httpPort;
    private final String clusterName;
    private final String heap;
    private final EngineTuning tuning;
    private final String config;
    private volatile Process guard;
    private volatile long startedAt;

    /**
     * @param basePath    the node's home: {@code node_1/config/opensearch.yml} (written from {@code config}),
     *                    its data and its log {@code engine.log}
     * @param httpPort    the HTTP port (the runner takes the next free one above it if it is taken, which
     *                    {@link #awaitAnswering} notices: the node then never answers here)
     * @param clusterName the cluster's name (the runner's setting wins over the configuration file)
     * @param config      the node's {@code opensearch.yml}; the runner sets the node name, HTTP port, cluster
     *                    name and roles itself, everything else comes from here
     */
    EngineNode(EngineJdk.Jdk jdk, String classpath, Path basePath, int httpPort, String clusterName, String heap,
            EngineTuning tuning, String config) {
        this.jdk = jdk;
        this.classpath = classpath;
        this.basePath = basePath;
        this.httpPort = httpPort;
        this.clusterName = clusterName;
        this.heap = heap;
        this.tuning = tuning;
        this.config = config;
    }

    /** {@code 127.0.0.1:port} of the node's HTTP interface. */
    public String host() {
        return "127.0.0.1:" + httpPort;
    }

    public Path basePath() {
        return basePath;
    }

    public String clusterName() {
        return clusterName;
    }

    Path log() {
        return basePath.resolve("engine.log");
    }

    /** Starts the node's JVM (does not wait for it to answer); a node that runs already is left alone. */
    synchronized void start() throws IOException {
        if (guard != null && guard.isAlive() && engineProcess().isPresent()) {
            return;
        }
        if (guard != null) {
            stop(); // the guard of a killed engine still waits for its stdin to close
        }
        Path configDir = basePath.resolve("node_1").resolve("config");
        Files.createDirectories(configDir);
        Files.writeString(configDir.resolve("opensearch.yml"), config, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of("sh", "-c", GUARD_SCRIPT, "keinokartta-search-engine",
                jdk.javaExecutable().toString(), "-Xms" + heap, "-Xmx" + heap));
        command.addAll(tuning.jvmFlags());
        command.addAll(List.of("-Djava.awt.headless=true", "-cp", classpath, RUNNER_MAIN,
                "-basePath", basePath.toString(), "-numOfNode", "1", "-baseHttpPort", String.valueOf(httpPort - 1),
                "-clusterName", clusterName, "-moduleTypes", MODULES));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("KEINOKARTTA_ENGINE_LOG", log().toString());
        startedAt = System.nanoTime();
        guard = builder.start();
    }

    /**
     * Waits until the node answers on its port as a member of its cluster and the cluster is not red.
     *
     * @param healthQuery extra parameters of {@code _cluster/health}, e.g. {@code wait_for_nodes=3}
     */
    void awaitAnswering(Duration timeout, String healthQuery) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Process current = guard;
            boolean engineGone = engineProcess().isEmpty() && System.nanoTime() - startedAt > ENGINE_FORK_GRACE.toNanos();
            if (current == null || !current.isAlive() || engineGone) {
                throw new EngineStartException("The search engine node on " + host() + " stopped during startup: " + tail(log()));
            }
            if (isHealthy(host(), clusterName, healthQuery)) {
                return;
            }
            sleep(250);
        }
        throw new EngineStartException("The search engine node on " + host() + " did not become ready within "
                + timeout.toSeconds() + " s: " + tail(log()));
    }

    /** The engine's own process (the guard's child), while it runs. */
    public Optional<ProcessHandle> engineProcess() {
        Process current = guard;
        return current == null ? Optional.empty() : current.children().filter(ProcessHandle::isAlive).findFirst();
    }

    /**
     * Kills the engine with SIGKILL, as a crash or a lost machine would: no shutdown, no goodbye to the
     * cluster. Its guard is then let go too (it reaps the dead engine), so that {@link #engineProcess()} is empty.
     */
    public synchronized void kill() {
        engineProcess().ifPresent(ProcessHandle::destroyForcibly);
        stop();
    }

    /** Stops the node (TERM, then KILL after 20 s). */
    public synchronized void stop() {
        Process current = guard;
        if (current == null) {
            return;
        }
        try (OutputStream stdin = current.getOutputStream()) {
            // Closing the guard's stdin is its signal to stop the engine.
            stdin.flush();
        } catch (IOException e) {
            // Already closed: the guard is going away anyway.
        }
        List<ProcessHandle> engine = current.descendants().toList();
        try {
            if (!current.waitFor(20, TimeUnit.SECONDS)) {
                engine.forEach(ProcessHandle::destroyForcibly);
                current.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            engine.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** The node's configuration lines that every node of ours shares, whatever the topology. */
    static String commonConfig() {
        return """
                network.host: 127.0.0.1
                cluster.routing.allocation.disk.threshold_enabled: false
                # Indices are only ever created explicitly; a write to a missing alias must fail, not create one.
                action.auto_create_index: false
                """;
    }

    static boolean isHealthy(String host, String clusterName, String healthQuery) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build().send(
                    HttpRequest.newBuilder(URI.create("http://" + host + "/_cluster/health?wait_for_status=yellow&timeout=1s"
                                    + (healthQuery.isEmpty() ? "" : "&" + healthQuery)))
                            .timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"cluster_name\":\"" + clusterName + "\"")
                    && !response.body().contains("\"status\":\"red\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A port that is free now, in the range OpenSearch Runner accepts for HTTP. */
    static int freeHttpPort() {
        int span = HIGHEST_PORT - LOWEST_PORT + 1;
        int offset = ThreadLocalRandom.current().nextInt(span);
        for (int i = 0; i < span; i++) {
            int port = LOWEST_PORT + (offset + i) % span;
            if (isFree(port)) {
                return port;
            }
        }
        throw new EngineStartException("No free port between " + LOWEST_PORT + " and " + HIGHEST_PORT
                + " for the embedded search engine; stop other search engines or set "
                + EngineSettings.environmentName(EngineSettings.HOSTS) + ".");
    }

    /** A port that is free now, anywhere (for transport, which has no range limit). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EngineStartException("No free port for a search engine node: " + e.getMessage(), e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
            return tail.isBlank() ? "no output (see " + log + ")" : "last lines of " + log + ":\n" + tail;
        } catch (IOException e) {
            return "no log at " + log;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineStartException("Interrupted while waiting for the search engine.", e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warning("Could not delete " + dir + ": " + e.getMessage());
        }
    }
}
