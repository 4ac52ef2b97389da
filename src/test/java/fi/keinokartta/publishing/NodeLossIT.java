package fi.keinokartta.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.keinokartta.search.ItemDocument;
import fi.keinokartta.search.engine.EngineNode;
import fi.keinokartta.search.engine.LocalCluster;
import fi.keinokartta.testing.CorpusFolder;
import fi.keinokartta.testing.PackagedService;

/**
 * Scale-out, proven on one machine: a cluster of three OpenSearch nodes (three JVMs joined through
 * discovery), two instances of the packaged service on it, the test corpus published with one replica.
 * Under load from both instances, the node holding the live index's primary shard is killed with
 * SIGKILL, and after it rejoined, the elected cluster manager, and then, while the clients still count
 * those two as dead, a third node: no user request fails, both instances stay ready throughout, and each
 * node rejoins (the cluster green again) once started again on its data.
 */
class NodeLossIT {

    private static final String[] WITHOUT_CACHES = { "-Dkeinokartta.cache.size=0", "-Dkeinokartta.cache.other-releases-size=0",
            "-Dkeinokartta.cache.responses-size=0" };

    private static final Path WORK = Path.of("target/node-loss");
    private static final int CLIENTS = 4;
    private static final Duration BEFORE_KILL = Duration.ofSeconds(4);
    private static final Duration AFTER_KILL = Duration.ofSeconds(10);
    /** Longer than this counts as a failed request: a user would have given up. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Real user requests and a text each answer must contain (so an error page cannot pass as an answer). */
    private static final List<Map.Entry<String, String>> REQUESTS = List.of(
            Map.entry("/api/v1/search?lang=fi&q=palkkatuki", "\"id\":\"palkkatuki\""),
            Map.entry("/fi/haku?q=" + URLEncoder.encode("työkokeilu", StandardCharsets.UTF_8), "/fi/keinot/tyokokeilu"),
            Map.entry("/fi/keinot/palkkatuki", "<h1>Palkkatuki</h1>"),
            Map.entry("/api/v1/measures/tyokokeilu?lang=fi", "\"id\":\"tyokokeilu\""),
            Map.entry("/api/v1/search?lang=fi&q=" + URLEncoder.encode("starttiraha yrittäjä", StandardCharsets.UTF_8),
                    "\"id\":\"starttiraha\""));

    private static LocalCluster cluster;
    private static PackagedService first;
    private static PackagedService second;

    @BeforeAll
    static void startClusterAndTwoInstances() throws Exception {
        long started = System.nanoTime();
        cluster = LocalCluster.start(3, WORK.resolve("cluster"), "256m");
        long clusterUp = System.nanoTime();
        CorpusFolder content = CorpusFolder.copyTo(WORK);
        // Without the answer caches: a repeated request would never reach the engine, and the test is about the engine.
        first = PackagedService.start(WORK, "first", cluster.hosts(), content.root(), "publish", WITHOUT_CACHES);
        second = PackagedService.start(WORK, "second", cluster.hosts(), content.root(), "none", WITHOUT_CACHES);
        first.awaitReady(Duration.ofSeconds(120));
        second.awaitReady(Duration.ofSeconds(120));
        System.out.printf("Three-node cluster formed in %d ms; both instances ready %d ms later%n",
                millis(clusterUp - started), millis(System.nanoTime() - clusterUp));
    }

    @AfterAll
    static void stopAll() {
        for (AutoCloseable closeable : new AutoCloseable[] { first, second, cluster }) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                // stopping anyway
            }
        }
    }

    @Test
    void losingANodeUnderLoadFailsNoRequestAndTheNodeRejoins() throws Exception {
        String liveIndex = engine(cluster.nodes().get(0).host(), "/_alias/" + ItemDocument.READ_ALIAS).fieldNames().next();
        String indices = liveIndex + "," + ReleaseRegistry.INDEX;
        JsonNode health = engine(cluster.nodes().get(0).host(),
                "/_cluster/health/" + indices + "?wait_for_status=green&wait_for_no_initializing_shards=true&timeout=60s");
        assertThat(health.path("status").asText()).as(health.toString()).isEqualTo("green");
        assertThat(health.path("number_of_nodes").asInt()).isEqualTo(3);
        Map<String, EngineNode> nodesById = nodesById(cluster.nodes().get(0).host());
        List<Shard> shards = shards(cluster.nodes().get(0).host(), indices);
        for (String index : List.of(liveIndex, ReleaseRegistry.INDEX)) {
            List<Shard> copies = shards.stream().filter(s -> s.index().equals(index)).toList();
            assertThat(copies).as("%s: one primary and one replica, started, on two nodes: %s", index, copies)
                    .hasSize(2).allMatch(s -> s.state().equals("STARTED"))
                    .extracting(Shard::nodeId).doesNotHaveDuplicates();
            assertThat(copies).extracting(Shard::primary).containsExactlyInAnyOrder(true, false);
        }
        warmUp();

        // First the node that holds the live index's primary shard: the replica elsewhere must take over.
        Shard primary = shards.stream().filter(s -> s.index().equals(liveIndex) && s.primary()).findFirst().orElseThrow();
        EngineNode holder = nodesById.get(primary.nodeId());
        assertThat(holder).as("the node of the live primary is one of ours").isNotNull();
        loseAndRestoreUnderLoad(holder, "the node holding the primary of " + liveIndex);

        // Then the elected cluster manager (maybe the same node again): the others must elect a new one.
        EngineNode anyNode = cluster.nodes().get(0);
        String managerId = engineText(anyNode.host(), "/_cat/cluster_manager?h=id").strip();
        EngineNode manager = nodesById(anyNode.host()).get(managerId);
        assertThat(manager).as("the elected cluster manager (%s) is one of ours", managerId).isNotNull();
        loseAndRestoreUnderLoad(manager, "the elected cluster manager");

        // Last, within a minute, a node not lost yet (or not the last one lost): the instances' clients still count
        // the nodes lost before as dead although they are back, so this node is the only one they count as alive.
        List<EngineNode> lost = List.of(holder, manager);
        EngineNode third = cluster.nodes().stream().filter(node -> !lost.contains(node)).findFirst()
                .orElse(cluster.nodes().stream().filter(node -> node != manager).findFirst().orElseThrow());
        loseAndRestoreUnderLoad(third, "a third node, soon after the others came back");

        assertThat(first.get("/api/v1/search?lang=fi&q=palkkatuki").body()).contains("\"id\":\"palkkatuki\"");
        assertThat(second.get("/api/v1/search?lang=fi&q=palkkatuki").body()).contains("\"id\":\"palkkatuki\"");
    }

    /** The JIT of fresh instances would otherwise dominate the figures before the loss. */
    private static void warmUp() throws Exception {
        for (int round = 0; round < 5; round++) {
            for (PackagedService instance : List.of(first, second)) {
                for (Map.Entry<String, String> request : REQUESTS) {
                    assertThat(instance.get(request.getKey()).body()).contains(request.getValue());
                }
            }
        }
    }

    /**
     * Load from {@link #CLIENTS} clients over both instances and a readiness probe of each every 200 ms;
     * kills the node (SIGKILL) while they run; checks that nothing failed; starts the node again on its data
     * and waits until the cluster is whole and green.
     */
    private static void loseAndRestoreUnderLoad(EngineNode victim, String role) throws Exception {
        String survivor = cluster.nodes().stream().filter(n -> n != victim).findFirst().orElseThrow().host();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> notReady = new ConcurrentLinkedQueue<>();
        AtomicLong readinessChecks = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        List<PackagedService> instances = List.of(first, second);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            threads.add(start("client-" + c, () -> {
                for (int i = client; running.get(); i++) {
                    PackagedService instance = instances.get(i % 2);
                    Map.Entry<String, String> request = REQUESTS.get((i / 2) % REQUESTS.size());
                    long start = System.nanoTime();
                    String problem;
                    try {
                        HttpResponse<String> response = instance.send(request.getKey(), "GET", REQUEST_TIMEOUT);
                        problem = response.statusCode() != 200 ? "status " + response.statusCode()
                                : !response.body().contains(request.getValue()) ? "no " + request.getValue() + " in the answer"
                                : null;
                    } catch (IOException e) {
                        problem = e.toString();
                    } catch (InterruptedException e) {
                        return;
                    }
                    samples.add(new Sample(start, System.nanoTime() - start));
                    if (problem != null) {
                        failures.add(String.format("%s %s at %+d ms from the kill: %s", instance.name(), request.getKey(),
                                millis(start - killedAt.get()), problem));
                    }
                }
            }));
        }
        for (PackagedService instance : instances) {
            threads.add(start("readiness-" + instance.name(), () -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = instance.send("/q/health/ready", "GET", REQUEST_TIMEOUT);
                        if (response.statusCode() != 200 || !response.body().contains("\"status\": \"UP\"")) {
                            notReady.add(instance.name() + " at " + millis(start - killedAt.get()) + " ms from the kill: "
                                    + response.statusCode() + " " + response.body().replaceAll("\\s+", " "));
                        }
                    } catch (IOException e) {
                        notReady.add(instance.name() + ": " + e);
                    } catch (InterruptedException e) {
                        return;
                    }
                    readinessChecks.incrementAndGet();
                    sleep(200);
                }
            }));
        }

        sleep(BEFORE_KILL.toMillis());
        long victimPid = victim.engineProcess().orElseThrow().pid();
        killedAt.set(System.nanoTime());
        victim.kill();
        sleep(AFTER_KILL.toMillis());
        JsonNode withoutVictim = engine(survivor, "/_cluster/health");
        running.set(false);
        for (Thread thread : threads) {
            thread.join(REQUEST_TIMEOUT.toMillis() + 5_000);
        }

        long restartedAt = System.nanoTime();
        cluster.restart(victim, Duration.ofSeconds(90));
        long rejoined = System.nanoTime();
        JsonNode green = engine(survivor, "/_cluster/health?wait_for_nodes=3&wait_for_status=green"
                + "&wait_for_no_initializing_shards=true&timeout=60s");
        long greenAt = System.nanoTime();

        List<Sample> before = samples.stream().filter(s -> s.start() < killedAt.get()).toList();
        List<Sample> after = samples.stream().filter(s -> s.start() >= killedAt.get()).toList();
        System.out.printf("Killed %s (pid %d, %s) under load from %d clients on two instances%n",
                victim.host(), victimPid, role, CLIENTS);
        System.out.printf("  requests: %d before the kill (p50 %d ms, max %d ms), %d after (p50 %d ms, p99 %d ms, max %d ms); "
                + "%d failed; %d readiness checks, %d not UP%n", before.size(), percentile(before, 50), percentile(before, 100),
                after.size(), percentile(after, 50), percentile(after, 99), percentile(after, 100), failures.size(),
                readinessChecks.get(), notReady.size());
        System.out.printf("  without the node: %s, %d nodes; the node, started again, answered as a member after %d ms; "
                + "cluster green with 3 nodes after %d ms%n", withoutVictim.path("status").asText(),
                withoutVictim.path("number_of_nodes").asInt(), millis(rejoined - restartedAt), millis(greenAt - restartedAt));

        assertThat(withoutVictim.path("number_of_nodes").asInt()).as("the cluster noticed the loss").isEqualTo(2);
        assertThat(failures).as("failed user requests").isEmpty();
        assertThat(notReady).as("readiness answers other than UP").isEmpty();
        assertThat(after.size()).as("requests served after the kill").isGreaterThan(20);
        assertThat(green.path("status").asText()).as(green.toString()).isEqualTo("green");
        assertThat(green.path("number_of_nodes").asInt()).isEqualTo(3);
    }

    private record Sample(long start, long nanos) {
    }

    private record Shard(String index, boolean primary, String state, String nodeId) {
    }

    private static List<Shard> shards(String host, String indices) throws Exception {
        List<Shard> shards = new ArrayList<>();
        engine(host, "/_cat/shards/" + indices + "?format=json&h=index,prirep,state,id").forEach(row -> shards.add(
                new Shard(row.path("index").asText(), row.path("prirep").asText().equals("p"), row.path("state").asText(),
                        row.path("id").asText())));
        return shards;
    }

    /** Our nodes by the cluster's node id, matched through the engine's process id. */
    private static Map<String, EngineNode> nodesById(String host) throws Exception {
        Map<Long, EngineNode> byPid = cluster.nodes().stream()
                .collect(Collectors.toMap(n -> n.engineProcess().orElseThrow().pid(), n -> n));
        Map<String, EngineNode> byId = new java.util.HashMap<>();
        engine(host, "/_cat/nodes?format=json&full_id=true&h=id,pid")
                .forEach(row -> byId.put(row.path("id").asText(), byPid.get(row.path("pid").asLong())));
        return byId;
    }

    private static JsonNode engine(String host, String path) throws Exception {
        return JSON.readTree(engineText(host, path));
    }

    private static String engineText(String host, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://" + host + path))
                .timeout(Duration.ofSeconds(90)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    private static long percentile(List<Sample> samples, int percent) {
        if (samples.isEmpty()) {
            return 0;
        }
        List<Long> sorted = samples.stream().map(Sample::nanos).sorted().collect(Collectors.toCollection(ArrayList::new));
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return millis(sorted.get(Math.max(0, index)));
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static Thread start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.start();
        return thread;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
