package fi.keinokartta.search.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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
        long started = System.nanoTime();
        Path projectDir = EngineClasspath.findProjectDir();
        Path workDir = projectDir.resolve("target").resolve("search-engine");
        EngineJdk.Jdk jdk = EngineJdk.find(settings.javaHome());
        String classpath = EngineClasspath.resolve(projectDir, workDir);
        deleteLeftoversOfDeadProcesses(workDir);
        Path basePath = settings.ephemeral()
                ? workDir.resolve("ephemeral-" + ProcessHandle.current().pid() + "-" + System.currentTimeMillis())
                : settings.dataDir().orElse(workDir.resolve("data")).toAbsolutePath();
        if (basePath.startsWith(projectDir.resolve("content"))) {
            throw new EngineStartException("The search engine's data folder must not be inside the content folder: " + basePath);
        }
        EngineStartException lastFailure = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = EngineNode.freeHttpPort();
            // A name of its own, so that a node someone else started on the same port is never mistaken for ours.
            String clusterName = "keinokartta-" + ProcessHandle.current().pid() + "-" + port;
            EngineNode node = new EngineNode(jdk, classpath, basePath, port, clusterName, settings.heap(), SINGLE_NODE_CONFIG);
            try {
                node.start();
                try {
                    node.awaitAnswering(STARTUP_TIMEOUT, "");
                } catch (EngineStartException e) {
                    node.stop();
                    throw e;
                }
                Path deleteAfterStop = settings.ephemeral() ? basePath : null;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    node.stop();
                    if (deleteAfterStop != null) {
                        EngineNode.deleteRecursively(deleteAfterStop);
                    }
                }, "keinokartta-search-engine-stop"));
                System.setProperty(RUNNING_PROPERTY, node.host() + "|" + clusterName);
                LOG.info(String.format("Embedded search engine (OpenSearch, Java %d) ready on %s in %d ms; data in %s",
                        jdk.version(), node.host(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), basePath));
                return node.host();
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
