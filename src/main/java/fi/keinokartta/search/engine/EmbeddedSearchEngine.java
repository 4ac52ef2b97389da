package fi.keinokartta.search.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Starts a real single-node OpenSearch (OpenSearch Runner) in its own JVM when no external cluster is
 * configured, for the run command and the tests. The node listens on loopback only, keeps its data in
 * the project's target folder, stops with the service, and cannot outlive it: it runs under a small
 * shell guard that stops it as soon as the service's end of a pipe closes, even after a kill -9
 * (see {@link EngineNode}, which also starts the nodes of a {@link LocalCluster}).
 */
public final class EmbeddedSearchEngine {

    private static final Logger LOG = Logger.getLogger(EmbeddedSearchEngine.class.getName());

    /** Set while an engine started by this JVM runs, so restarts of the service (dev mode, test profiles) reuse it. */
    static final String RUNNING_PROPERTY = "embedded-search-engine.running";

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final String SINGLE_NODE_CONFIG = """
            # Written by Keinokartta's embedded engine launcher: a private single node on loopback.
            discovery.type: single-node
            """ + EngineNode.commonConfig();

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
        Started started = launch(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "keinokartta-search-engine-stop"));
        System.setProperty(RUNNING_PROPERTY, started.node().host() + "|" + started.node().clusterName());
        return started.node().host();
    }

    /**
     * A node of its own, not shared with the rest of this JVM (the benchmark measures a node tuned for the
     * run command while the tests' node keeps running); it stops when closed, or with this JVM.
     */
    public static SeparateNode startSeparate(EngineSettings settings) {
        if (settings.externalClusterConfigured()) {
            throw new EngineStartException("A separate embedded node is only started when no cluster is configured.");
        }
        Started started = launch(settings);
        Thread hook = new Thread(started::stop, "keinokartta-search-engine-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        return new SeparateNode(started.node().host(), started.millis(), started.node()::engineProcess, () -> {
            started.stop();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        });
    }

    /**
     * A node started by {@link #startSeparate}: its {@code host:port}, how long it took to answer, its process
     * (the benchmark reads its CPU time) and its stop.
     */
    public record SeparateNode(String hosts, long startMillis, Supplier<Optional<ProcessHandle>> process, Runnable stopper)
            implements AutoCloseable {
        @Override
        public void close() {
            stopper.run();
        }
    }

    private record Started(EngineNode node, Path deleteAfterStop, long millis) {
        void stop() {
            node.stop();
            if (deleteAfterStop != null) {
                EngineNode.deleteRecursively(deleteAfterStop);
            }
        }
    }

    private static Started launch(EngineSettings settings) {
        long started = System.nanoTime();
        Path projectDir = EngineClasspath.findProjectDir();
        Path workDir = projectDir.resolve("target").resolve("search-engine");
        EngineJdk.Jdk jdk = EngineJdk.find(settings.javaHome());
        String classpath = EngineClasspath.resolve(projectDir, workDir);
        deleteLeftoversOfDeadProcesses(workDir);
        // nanoTime, not the clock: two nodes of one JVM may start within the same millisecond.
        Path basePath = settings.ephemeral()
                ? workDir.resolve("ephemeral-" + ProcessHandle.current().pid() + "-" + Math.abs(System.nanoTime()))
                : settings.dataDir().orElse(workDir.resolve("data")).toAbsolutePath();
        if (basePath.startsWith(projectDir.resolve("content"))) {
            throw new EngineStartException("The search engine's data folder must not be inside the content folder: " + basePath);
        }
        EngineStartException lastFailure = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = EngineNode.freeHttpPort();
            // A name of its own, so that a node someone else started on the same port is never mistaken for ours.
            String clusterName = "keinokartta-" + ProcessHandle.current().pid() + "-" + port;
            EngineNode node = new EngineNode(jdk, classpath, basePath, port, clusterName, settings.heap(), settings.tuning(),
                    SINGLE_NODE_CONFIG);
            try {
                node.start();
                try {
                    node.awaitAnswering(STARTUP_TIMEOUT, "");
                } catch (EngineStartException e) {
                    node.stop();
                    throw e;
                }
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                LOG.info(String.format("Embedded search engine (OpenSearch, Java %d, tuned for %s) ready on %s in %d ms; data in %s",
                        jdk.version(), settings.tuning().value(), node.host(), millis, basePath));
                return new Started(node, settings.ephemeral() ? basePath : null, millis);
            } catch (EngineStartException e) {
                lastFailure = e; // most likely another process took the port meanwhile: try another one
            } catch (IOException e) {
                lastFailure = new EngineStartException("The embedded search engine could not be started: " + e.getMessage(), e);
            }
        }
        throw lastFailure;
    }

    static boolean isHealthy(String hosts, String clusterName) {
        return EngineNode.isHealthy(hosts, clusterName, "");
    }

    /** Ephemeral data of engines whose service was killed (no shutdown hook ran) is removed here. */
    private static void deleteLeftoversOfDeadProcesses(Path workDir) {
        try (var dirs = Files.list(workDir)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("ephemeral-")).toList()) {
                String[] parts = dir.getFileName().toString().split("-");
                boolean ownerAlive = parts.length > 1 && parts[1].chars().allMatch(Character::isDigit)
                        && ProcessHandle.of(Long.parseLong(parts[1])).map(ProcessHandle::isAlive).orElse(false);
                if (!ownerAlive) {
                    EngineNode.deleteRecursively(dir);
                }
            }
        } catch (IOException e) {
            // Nothing to clean up.
        }
    }
}
