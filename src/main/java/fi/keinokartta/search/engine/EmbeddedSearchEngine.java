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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Starts a real single-node OpenSearch (OpenSearch Runner) in its own JVM when no external cluster is
 * configured, for the run command and the tests. The node listens on loopback only, keeps its data in
 * the project's target folder, stops with the service, and cannot outlive it: it runs under a small
 * shell guard that stops it as soon as the service's end of a pipe closes, even after a kill -9.
 */
public final class EmbeddedSearchEngine {

    private static final Logger LOG = Logger.getLogger(EmbeddedSearchEngine.class.getName());

    /** Set while an engine started by this JVM runs, so restarts of the service (dev mode, test profiles) reuse it. */
    static final String RUNNING_PROPERTY = "embedded-search-engine.running";

    private static final String RUNNER_MAIN = "org.codelibs.opensearch.runner.OpenSearchRunner";
    private static final String MODULES = String.join(",",
            "org.opensearch.analysis.common.CommonAnalysisModulePlugin",
            "org.opensearch.index.mapper.MapperExtrasModulePlugin",
            "org.opensearch.transport.Netty4ModulePlugin");
    /** OpenSearch Runner only probes ports up to 9299 for its HTTP port. */
    private static final int LOWEST_PORT = 9201;
    private static final int HIGHEST_PORT = 9298;
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

    /**
     * Stops the engine when our stdin closes (normal stop, or the service's JVM died) or on TERM.
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

    private EmbeddedSearchEngine() {
    }

    /**
     * The hosts of the cluster to use: the external one when configured, otherwise an embedded node,
     * started now unless this JVM already runs one.
     *
     * @return {@code host:port}
     */
    public static synchronized String ensureRunning(EngineSettings settings) {
        if (settings.externalClusterConfigured()) {
            return settings.externalHosts().orElseThrow();
        }
        String running = System.getProperty(RUNNING_PROPERTY);
        if (running != null) {
            String[] hostsAndName = running.split("\\|", 2);
            if (hostsAndName.length == 2 && isHealthy(hostsAndName[0], hostsAndName[1])) {
                return hostsAndName[0];
            }
        }
        return start(settings);
    }

    private static String start(EngineSettings settings) {
        Node node = launchNode(settings);
        registerStop(node.guard(), node.deleteAfterStop());
        System.setProperty(RUNNING_PROPERTY, node.hosts() + "|" + node.clusterName());
        return node.hosts();
    }

    /**
     * A node of its own, not shared with the rest of this JVM (the benchmark measures a node tuned for the
     * run command while the tests' node keeps running); it stops when closed, or with this JVM.
     */
    public static SeparateNode startSeparate(EngineSettings settings) {
        if (settings.externalClusterConfigured()) {
            throw new EngineStartException("A separate embedded node is only started when no cluster is configured.");
        }
        Node node = launchNode(settings);
        Thread hook = new Thread(() -> stop(node.guard(), node.deleteAfterStop()), "keinokartta-search-engine-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        return new SeparateNode(node.hosts(), node.startMillis(), () -> {
            stop(node.guard(), node.deleteAfterStop());
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        });
    }

    /** A node started by {@link #startSeparate}: its {@code host:port}, how long it took to be healthy, and its stop. */
    public record SeparateNode(String hosts, long startMillis, Runnable stopper) implements AutoCloseable {
        @Override
        public void close() {
            stopper.run();
        }
    }

    private record Node(String hosts, String clusterName, Process guard, Path deleteAfterStop, long startMillis) {
    }

    private static Node launchNode(EngineSettings settings) {
        long started = System.nanoTime();
        Path projectDir = EngineClasspath.findProjectDir();
        Path workDir = projectDir.resolve("target").resolve("search-engine");
        EngineJdk.Jdk jdk = EngineJdk.find(settings.javaHome());
        String classpath = EngineClasspath.resolve(projectDir, workDir);
        deleteLeftoversOfDeadProcesses(workDir);
        Path basePath = settings.ephemeral()
                ? workDir.resolve("ephemeral-" + ProcessHandle.current().pid() + "-" + System.nanoTime())
                : settings.dataDir().orElse(workDir.resolve("data")).toAbsolutePath();
        if (basePath.startsWith(projectDir.resolve("content"))) {
            throw new EngineStartException("The search engine's data folder must not be inside the content folder: " + basePath);
        }
        Path log = basePath.resolve("engine.log");
        EngineStartException lastFailure = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            try {
                writeNodeConfig(basePath);
                // A name of its own, so that a node someone else started on the same port is never mistaken for ours.
                String clusterName = "keinokartta-" + ProcessHandle.current().pid() + "-" + port;
                Process guard = launch(jdk, classpath, basePath, port, clusterName, settings, log);
                String hosts = "127.0.0.1:" + port;
                awaitHealthy(guard, hosts, clusterName, log);
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                LOG.info(String.format("Embedded search engine (OpenSearch, Java %d, tuned for %s) ready on %s in %d ms; data in %s",
                        jdk.version(), settings.tuning().value(), hosts, millis, basePath));
                return new Node(hosts, clusterName, guard, settings.ephemeral() ? basePath : null, millis);
            } catch (EngineStartException e) {
                lastFailure = e; // most likely another process took the port meanwhile: try another one
            } catch (IOException e) {
                lastFailure = new EngineStartException("The embedded search engine could not be started: " + e.getMessage(), e);
            }
        }
        throw lastFailure;
    }

    private static void writeNodeConfig(Path basePath) throws IOException {
        Path config = basePath.resolve("node_1").resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("opensearch.yml"), """
                # Written by Keinokartta's embedded engine launcher: a private single node on loopback.
                discovery.type: single-node
                network.host: 127.0.0.1
                cluster.routing.allocation.disk.threshold_enabled: false
                # Indices are only ever created explicitly; a write to a missing alias must fail, not create one.
                action.auto_create_index: false
                """, StandardCharsets.UTF_8);
    }

    private static Process launch(EngineJdk.Jdk jdk, String classpath, Path basePath, int port, String clusterName,
            EngineSettings settings, Path log)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", GUARD_SCRIPT, "keinokartta-search-engine",
                jdk.javaExecutable().toString(), "-Xms" + settings.heap(), "-Xmx" + settings.heap()));
        command.addAll(settings.tuning().jvmFlags());
        command.addAll(List.of("-Djava.awt.headless=true", "-cp", classpath, RUNNER_MAIN,
                "-basePath", basePath.toString(), "-numOfNode", "1", "-baseHttpPort", String.valueOf(port - 1),
                "-clusterName", clusterName, "-moduleTypes", MODULES));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("KEINOKARTTA_ENGINE_LOG", log.toString());
        return builder.start();
    }

    private static void awaitHealthy(Process guard, String hosts, String clusterName, Path log) {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!guard.isAlive()) {
                throw new EngineStartException("The embedded search engine stopped during startup: " + tail(log));
            }
            if (isHealthy(hosts, clusterName)) {
                return;
            }
            sleep(250);
        }
        stop(guard, null);
        throw new EngineStartException("The embedded search engine did not become ready within "
                + STARTUP_TIMEOUT.toSeconds() + " s: " + tail(log));
    }

    static boolean isHealthy(String hosts, String clusterName) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build().send(
                    HttpRequest.newBuilder(URI.create("http://" + hosts + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
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

    private static void registerStop(Process guard, Path deleteAfterStop) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(guard, deleteAfterStop), "keinokartta-search-engine-stop"));
    }

    private static void stop(Process guard, Path deleteAfterStop) {
        try (OutputStream stdin = guard.getOutputStream()) {
            // Closing the guard's stdin is its signal to stop the engine.
            stdin.flush();
        } catch (IOException e) {
            // Already closed: the guard is going away anyway.
        }
        List<ProcessHandle> engine = guard.descendants().toList();
        try {
            if (!guard.waitFor(20, TimeUnit.SECONDS)) {
                engine.forEach(ProcessHandle::destroyForcibly);
                guard.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            engine.forEach(ProcessHandle::destroyForcibly);
        }
        if (deleteAfterStop != null) {
            deleteRecursively(deleteAfterStop);
        }
    }

    /** Ephemeral data of engines whose service was killed (no shutdown hook ran) is removed here. */
    private static void deleteLeftoversOfDeadProcesses(Path workDir) {
        try (var dirs = Files.list(workDir)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("ephemeral-")).toList()) {
                String[] parts = dir.getFileName().toString().split("-");
                boolean ownerAlive = parts.length > 1 && parts[1].chars().allMatch(Character::isDigit)
                        && ProcessHandle.of(Long.parseLong(parts[1])).map(ProcessHandle::isAlive).orElse(false);
                if (!ownerAlive) {
                    deleteRecursively(dir);
                }
            }
        } catch (IOException e) {
            // Nothing to clean up.
        }
    }

    private static int freePort() {
        int span = HIGHEST_PORT - LOWEST_PORT + 1;
        int offset = ThreadLocalRandom.current().nextInt(span);
        for (int i = 0; i < span; i++) {
            int port = LOWEST_PORT + (offset + i) % span;
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException e) {
                // taken: try the next one
            }
        }
        throw new EngineStartException("No free port between " + LOWEST_PORT + " and " + HIGHEST_PORT
                + " for the embedded search engine; stop other search engines or set "
                + EngineSettings.environmentName(EngineSettings.HOSTS) + ".");
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
            return tail.isBlank() ? "no output (see " + log + ")" : "last lines of " + log + ":\n" + tail;
        } catch (IOException e) {
            return "no log at " + log;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineStartException("Interrupted while waiting for the embedded search engine.", e);
        }
    }

    private static void deleteRecursively(Path dir) {
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
