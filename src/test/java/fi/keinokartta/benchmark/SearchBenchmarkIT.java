package fi.keinokartta.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import fi.keinokartta.search.engine.EmbeddedSearchEngine;
import fi.keinokartta.search.engine.EngineSettings;

/**
 * The performance benchmark: starts the packaged service on the real catalogue and prints its startup
 * time, its search latency and throughput next to the raw engine's for comparable queries measured in
 * the same run (so the ratio means something on a shared, noisy machine), and its memory. It prints
 * numbers; it does not fail on them. Results also go to target/benchmark.txt.
 */
class SearchBenchmarkIT {

    private static final List<String> QUERIES = List.of("työkokeiluun", "kuntoutus", "palkkatukea", "sairausloma",
            "ammatillisessa kuntoutuksessa", "osa-aikatyö", "yrittäjä", "esteettömyys");
    private static final int WARM_UP = 150;
    private static final int SEQUENTIAL = 400;
    private static final int CONCURRENT_CLIENTS = 4;
    private static final int CONCURRENT_PER_CLIENT = 150;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void measure() throws Exception {
        String engine = EmbeddedSearchEngine.ensureRunning(EngineSettings.fromEnvironment(true));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String service = "http://127.0.0.1:" + port;
        Path log = Path.of("target/benchmark-service.log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m",
                "-Dquarkus.http.port=" + port, "-Dkeinokartta.search.hosts=" + engine,
                "-Dkeinokartta.content.dir=" + Path.of("content").toAbsolutePath(), "-Dkeinokartta.content.on-start=publish",
                "-jar", Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long listening = waitFor(service + "/q/health/live", started);
            long ready = waitFor(service + "/q/health/ready", started);

            List<String> serviceUrls = QUERIES.stream().map(q -> service + "/api/v1/search?lang=fi&q=" + encode(q)).toList();
            List<HttpRequest> serviceRequests = serviceUrls.stream().map(u -> HttpRequest.newBuilder(URI.create(u)).build()).toList();
            String index = "http://" + engine + "/keinokartta-items-read/_search";
            List<HttpRequest> rawRequests = QUERIES.stream().map(q -> HttpRequest.newBuilder(URI.create(index))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(rawQuery(q))).build()).toList();

            run(serviceRequests, WARM_UP);
            run(rawRequests, WARM_UP);
            List<Long> serviceLatency = run(serviceRequests, SEQUENTIAL);
            List<Long> rawLatency = run(rawRequests, SEQUENTIAL);
            double serviceThroughput = throughput(serviceRequests);
            double rawThroughput = throughput(rawRequests);
            long rss = residentKilobytes(process.pid());

            String report = String.format("""
                    Keinokartta benchmark (real catalogue, %d queries in rotation, same machine and run)
                      startup of the packaged service: listening %d ms, ready with a live release %d ms
                      search latency, sequential (%d requests):
                        service  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms
                        engine   p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms   (raw query with the same facets)
                        ratio    p50 %6.2f x   p95 %6.2f x
                      throughput with %d concurrent clients:
                        service %7.0f requests/s, engine %7.0f requests/s, ratio %.2f
                      service memory: resident %d MB (heap limit 256 MB)
                    """, QUERIES.size(), listening, ready, SEQUENTIAL,
                    percentile(serviceLatency, 50), percentile(serviceLatency, 95), percentile(serviceLatency, 99),
                    percentile(rawLatency, 50), percentile(rawLatency, 95), percentile(rawLatency, 99),
                    percentile(serviceLatency, 50) / percentile(rawLatency, 50),
                    percentile(serviceLatency, 95) / percentile(rawLatency, 95),
                    CONCURRENT_CLIENTS, serviceThroughput, rawThroughput, serviceThroughput / rawThroughput, rss / 1024);
            System.out.println(report);
            Files.writeString(Path.of("target/benchmark.txt"), report);
            assertThat(serviceLatency).hasSize(SEQUENTIAL);
        } finally {
            process.destroy();
        }
    }

    /** What the service asks of the engine, minus its extra clauses: text on the Finnish fields and the four facets. */
    private static String rawQuery(String q) {
        String escaped = q.replace("\\", "\\\\").replace("\"", "\\\"");
        StringBuilder aggs = new StringBuilder();
        for (String field : List.of("type", "categories", "providers", "situations")) {
            if (!aggs.isEmpty()) {
                aggs.append(',');
            }
            aggs.append('"').append(field).append("\":{\"terms\":{\"field\":\"").append(field).append("\",\"size\":200}}");
        }
        return "{\"size\":20,\"query\":{\"multi_match\":{\"query\":\"" + escaped + "\",\"fields\":[\"title_fi^6\","
                + "\"keywords_fi^4\",\"summary_fi^2\",\"body_fi\"],\"operator\":\"and\"}},\"aggs\":{" + aggs + "},"
                + "\"highlight\":{\"fields\":{\"title_fi\":{},\"body_fi\":{}}}}";
    }

    private static List<Long> run(List<HttpRequest> requests, int count) throws Exception {
        List<Long> latencies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = HTTP.send(requests.get(i % requests.size()), HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - start);
            if (response.statusCode() != 200) {
                throw new AssertionError(response.statusCode() + ": " + response.body());
            }
        }
        return latencies;
    }

    private static double throughput(List<HttpRequest> requests) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT_CLIENTS);
        long start = System.nanoTime();
        List<Future<List<Long>>> done = new ArrayList<>();
        for (int c = 0; c < CONCURRENT_CLIENTS; c++) {
            done.add(clients.submit(() -> run(requests, CONCURRENT_PER_CLIENT)));
        }
        for (Future<List<Long>> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        return CONCURRENT_CLIENTS * CONCURRENT_PER_CLIENT / seconds;
    }

    private static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
    }

    private static long waitFor(String url, long started) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The service did not answer " + url + " (see target/benchmark-service.log)");
    }

    private static long residentKilobytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
