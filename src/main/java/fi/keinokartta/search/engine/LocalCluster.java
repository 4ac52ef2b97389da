package fi.keinokartta.search.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Several OpenSearch nodes on loopback, each in its own JVM (started like the embedded node, by
 * {@link EngineNode}), joined as one cluster through discovery: what the tests use to prove that the
 * service survives the loss of a node. Every node is eligible as cluster manager and holds data, so a
 * cluster of three keeps working when any one is lost.
 */
public final class LocalCluster implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(150);

    private final List<EngineNode> nodes;

    private LocalCluster(List<EngineNode> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    /**
     * Starts {@code size} nodes with their data under {@code dir} (emptied first) and waits until they
     * formed one cluster.
     */
    public static LocalCluster start(int size, Path dir, String heap) {
        Path projectDir = EngineClasspath.findProjectDir();
        EngineJdk.Jdk jdk = EngineJdk.find(EngineSettings.fromEnvironment(true).javaHome());
        String classpath = EngineClasspath.resolve(projectDir, projectDir.resolve("target").resolve("search-engine"));
        Path base = dir.toAbsolutePath();
        EngineNode.deleteRecursively(base);
        EngineStartException lastFailure = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            List<Integer> httpPorts = new ArrayList<>();
            List<Integer> transportPorts = new ArrayList<>();
            while (httpPorts.size() < size) {
                int port = EngineNode.freeHttpPort();
                if (!httpPorts.contains(port)) {
                    httpPorts.add(port);
                }
            }
            while (transportPorts.size() < size) {
                int port = EngineNode.freePort();
                if (!transportPorts.contains(port) && !httpPorts.contains(port)) {
                    transportPorts.add(port);
                }
            }
            String clusterName = "keinokartta-cluster-" + ProcessHandle.current().pid() + "-" + httpPorts.get(0);
            String seeds = transportPorts.stream().map(port -> "\"127.0.0.1:" + port + "\"")
                    .collect(Collectors.joining(", ", "[", "]"));
            List<EngineNode> nodes = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String config = "# Written by Keinokartta's local cluster launcher: node " + (i + 1) + " of " + size + " on loopback.\n"
                        + "transport.port: " + transportPorts.get(i) + "\n"
                        + "discovery.seed_hosts: " + seeds + "\n"
                        // Only read when the cluster forms for the first time; a restarted node rejoins from its data.
                        + "cluster.initial_cluster_manager_nodes: " + seeds + "\n"
                        + "node.attr.keinokartta_node: node-" + (i + 1) + "\n"
                        + EngineNode.commonConfig();
                nodes.add(new EngineNode(jdk, classpath, base.resolve("node-" + (i + 1) + "-attempt-" + attempt),
                        httpPorts.get(i), clusterName, heap, EngineTuning.QUICK_START, config));
            }
            LocalCluster cluster = new LocalCluster(nodes);
            try {
                for (EngineNode node : nodes) {
                    node.start();
                }
                for (EngineNode node : nodes) {
                    node.awaitAnswering(STARTUP_TIMEOUT, "wait_for_nodes=" + size);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "keinokartta-local-cluster-stop"));
                return cluster;
            } catch (EngineStartException e) {
                cluster.close();
                lastFailure = e; // most likely a port was taken meanwhile: try others
            } catch (IOException e) {
                cluster.close();
                lastFailure = new EngineStartException("The local cluster could not be started: " + e.getMessage(), e);
            }
        }
        throw lastFailure;
    }

    public List<EngineNode> nodes() {
        return nodes;
    }

    /** The nodes' HTTP addresses, comma-separated, as {@code keinokartta.search.hosts} takes them. */
    public String hosts() {
        return nodes.stream().map(EngineNode::host).collect(Collectors.joining(","));
    }

    /** Starts a stopped or killed node again on its data and ports, and waits until it answers as a member. */
    public void restart(EngineNode node, Duration timeout) {
        try {
            node.start();
        } catch (IOException e) {
            throw new EngineStartException("The node on " + node.host() + " could not be started again: " + e.getMessage(), e);
        }
        node.awaitAnswering(timeout, "wait_for_nodes=" + nodes.size());
    }

    @Override
    public void close() {
        nodes.forEach(EngineNode::stop);
    }
}
