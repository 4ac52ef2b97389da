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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.keinokartta.core.Language;
import fi.keinokartta.http.Routes;
import fi.keinokartta.search.SearchFields;
import fi.keinokartta.search.engine.EmbeddedSearchEngine;
import fi.keinokartta.search.engine.EngineSettings;
import fi.keinokartta.search.engine.EngineTuning;

/**
 * The performance benchmark. It starts a search engine tuned as for the run command, the packaged
 * service with its production JVM options (docker/service-jvm.options) on the real catalogue, and a
 * second instance that talks to the engine through a {@link CapturingProxy}: what that instance sends
 * for a search is the exact JSON the measured service sends for it, so the engine can be asked the
 * same thing directly. Every ratio compares figures measured in this run on this machine:
 * <ul>
 * <li>uncached searches (each request new to the service's cache) against the engine on their exact JSON, and, as
 * the floor of any service with one hop to the engine on this machine, a {@link BareRelay} on the same JSON;</li>
 * <li>repeated (cached) searches against the engine on the exact JSON of the same searches;</li>
 * <li>the HTML search page against the JSON API, cached and uncached;</li>
 * <li>the engine's cost of the service's query against a plain multi_match with the same aggregations;</li>
 * </ul>
 * at one client and at four (after a warm-up that brings the service to a steady state; the kinds compared are
 * measured turn by turn or in alternating rounds, so that the machine's drift falls on them alike), plus startup
 * time, the service's resident memory under the load, and the CPU time one uncached search costs the service and
 * the engine.
 * It prints a table, writes target/benchmark.json and target/benchmark.txt (and the captured engine
 * requests of the repeated searches to target/benchmark-engine-requests.json), and does not fail on the
 * figures (a shared machine is noisy); it fails when an answer is not a 200.
 * {@code -Dbenchmark.scale=2} doubles every request count; {@code -Dbenchmark.engine-tuning=quick-start} measures
 * the engine as the tests start it.
 */
class SearchBenchmarkIT {

    /** What people type, in the three languages; several words bring in the relaxed second request. */
    private static final List<Query> QUERIES = List.of(new Query(Language.FI, "työkokeiluun"),
            new Query(Language.FI, "kuntoutus"), new Query(Language.FI, "palkkatukea"), new Query(Language.FI, "sairausloma"),
            new Query(Language.FI, "ammatillisessa kuntoutuksessa"), new Query(Language.FI, "osa-aikatyö"),
            new Query(Language.FI, "yrittäjä"), new Query(Language.FI, "esteettömyys"),
            new Query(Language.FI, "tyokokeilu"), new Query(Language.SV, "arbetsprövning"),
            new Query(Language.SV, "lönesubvention"), new Query(Language.EN, "work trial"),
            new Query(Language.FI, "selkäkipu paluu töihin osa-aikaisesti"));
    /**
     * Other words, for bringing the service to a steady state before anything is measured: they never warm the
     * caches of the measured searches.
     */
    private static final List<Query> WARM_UP_QUERIES = List.of(new Query(Language.FI, "tuki"), new Query(Language.FI, "kela"),
            new Query(Language.FI, "työkyky"), new Query(Language.FI, "eläke"), new Query(Language.FI, "työpaikka"),
            new Query(Language.FI, "osatyökykyinen"), new Query(Language.FI, "työnantaja"), new Query(Language.SV, "stöd"),
            new Query(Language.EN, "support"), new Query(Language.EN, "pension"));
    private static final int SCALE = Integer.getInteger("benchmark.scale", 1);
    /**
     * Uncached API searches and pages on other words before anything is measured (not scaled). A service runs for
     * days: its hot paths are compiled. Measured on 2026-11-26: after 60 requests an uncached search cost the service
     * about 6 ms of CPU, after 2,000 about 3.3 ms.
     */
    private static final int STEADY_STATE_WARM_UP = 1600;
    private static final int CLIENTS = 4;
    private static final int WARM_UP = 60 * SCALE;
    private static final int UNCACHED_SEQUENTIAL = 150 * SCALE;
    private static final int UNCACHED_CONCURRENT = 300 * SCALE;
    private static final int CACHED_SEQUENTIAL = 600 * SCALE;
    private static final int CACHED_CONCURRENT = 2000 * SCALE;
    private static final int ENGINE_COST_REQUESTS = 240 * SCALE;
    /** The alternated runs go in this many rounds (engine, API, page, engine, ...). */
    private static final int ROUNDS = 3;
    private static final Path SERVICE_JVM_OPTIONS = Path.of("docker/service-jvm.options");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Query(Language language, String text) {
    }

    /** A figure and how it was measured: latencies of every request, and the wall time of the whole run. */
    record Run(String name, int clients, List<Long> nanos, long wallNanos) {
        double p(int percentile) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
        }

        double perSecond() {
            return nanos.size() / (wallNanos / 1e9);
        }
    }

    @Test
    void measure() throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        List<Run> runs = new ArrayList<>();
        // The run command's tuning by default; -Dbenchmark.engine-tuning=quick-start measures the tests' one.
        EngineTuning tuning = "quick-start".equals(System.getProperty("benchmark.engine-tuning"))
                ? EngineTuning.QUICK_START : EngineTuning.THROUGHPUT;
        try (EmbeddedSearchEngine.SeparateNode engine = EmbeddedSearchEngine.startSeparate(
                EngineSettings.fromEnvironment(true).withTuning(tuning));
                CapturingProxy proxy = new CapturingProxy(engine.hosts())) {
            results.put("engineTuning", tuning.value());
            results.put("engineStartMillis", engine.startMillis());

            long started = System.nanoTime();
            int port = freePort();
            String service = "http://127.0.0.1:" + port;
            Process measured = startService("measured", port, engine.hosts(), "publish");
            List<Process> processes = new ArrayList<>(List.of(measured));
            try {
                long listening = waitFor(service + "/q/health/live", started);
                long ready = waitFor(service + "/q/health/ready", started);
                results.put("serviceListeningMillis", listening);
                results.put("serviceReadyMillis", ready);

                // The capturing instance follows the release the measured one published.
                int capturePort = freePort();
                String capturing = "http://127.0.0.1:" + capturePort;
                processes.add(startService("capturing", capturePort, proxy.address(), "none"));
                waitFor(capturing + "/q/health/ready", System.nanoTime());

                MemorySampler memory = new MemorySampler(measured.pid());
                memory.start();

                // Every uncached request is new to the service: API requests use odd page sizes, pages even ones.
                List<String> apiUncached = variants(QUERIES, 11, 2, WARM_UP + UNCACHED_SEQUENTIAL + UNCACHED_CONCURRENT, true);
                List<String> pageUncached = variants(QUERIES, 12, 2, WARM_UP + UNCACHED_SEQUENTIAL + UNCACHED_CONCURRENT, false);
                List<String> apiRepeated = QUERIES.stream().map(q -> apiPath(q, 20)).toList();
                List<String> pageRepeated = QUERIES.stream().map(q -> pagePath(q, 20)).toList();

                // What the service sends the engine for each API request, captured on the other instance.
                Map<String, List<CapturingProxy.Captured>> exact = new LinkedHashMap<>();
                for (String path : concat(apiUncached, apiRepeated)) {
                    proxy.takeSearches();
                    send(List.of(get(capturing + path)));
                    List<CapturingProxy.Captured> searches = proxy.takeSearches();
                    assertThat(searches).as("engine requests captured for " + path).isNotEmpty();
                    exact.put(path, searches);
                }
                long relaxedTwice = exact.values().stream().filter(list -> list.size() > 1).count();
                results.put("capturedRequests", exact.size());
                results.put("capturedWithASecondEngineRequest", relaxedTwice);
                ObjectNode examples = JSON.createObjectNode();
                for (String path : apiRepeated) {
                    ArrayNode sent = examples.putArray(path);
                    for (CapturingProxy.Captured c : exact.get(path)) {
                        sent.addObject().put("path", c.pathAndQuery()).set("body", JSON.readTree(c.body()));
                    }
                }
                Files.writeString(Path.of("target/benchmark-engine-requests.json"), JSON.writeValueAsString(examples));

                String engineBase = "http://" + engine.hosts();
                List<List<HttpRequest>> apiUncachedService = requests(apiUncached, p -> List.of(get(service + p)));
                List<List<HttpRequest>> apiUncachedEngine = requests(apiUncached, p -> replay(engineBase, exact.get(p)));
                List<List<HttpRequest>> pageUncachedService = requests(pageUncached, p -> List.of(get(service + p)));

                // The floor: a bare relay with the service's JVM options on the same exact JSON (BareRelay).
                int passPort = freePort();
                int readPort = freePort();
                Process relay = startRelay(engine.hosts(), passPort, readPort);
                processes.add(relay);
                waitFor("http://127.0.0.1:" + passPort + "/", System.nanoTime());
                List<List<HttpRequest>> relayPassUncached = requests(apiUncached,
                        p -> replay("http://127.0.0.1:" + passPort, exact.get(p)));
                List<List<HttpRequest>> relayReadUncached = requests(apiUncached,
                        p -> replay("http://127.0.0.1:" + readPort, exact.get(p)));

                // Warm-up of both sides (JIT), on requests that are not measured afterwards: first the service to a
                // steady state on other words (the engine answers those too), then each measured kind of request.
                List<String> steady = concat(variants(WARM_UP_QUERIES, 1, 1, STEADY_STATE_WARM_UP / 2, true),
                        variants(WARM_UP_QUERIES, 1, 1, STEADY_STATE_WARM_UP / 2, false));
                measure("warm-up to a steady state", CLIENTS, requests(steady, p -> List.of(get(service + p))));
                measure("warm-up engine", 1, apiUncachedEngine.subList(0, WARM_UP));
                measure("warm-up service", 1, apiUncachedService.subList(0, WARM_UP));
                measure("warm-up page", 1, pageUncachedService.subList(0, WARM_UP));
                // The relay has no cache: its warm-up may repeat requests. As many as the service's steady state.
                measure("warm-up relay", CLIENTS, cycle(concat(relayPassUncached.subList(0, WARM_UP),
                        relayReadUncached.subList(0, WARM_UP)), STEADY_STATE_WARM_UP));

                int sequentialEnd = WARM_UP + UNCACHED_SEQUENTIAL;
                int concurrentEnd = sequentialEnd + UNCACHED_CONCURRENT;
                // Uncached: the engine on the exact JSON, the API, the page, the relay both ways. One client: turn by
                // turn, the order rotating, so that the machine's drift (and a JIT still at work) falls on all alike.
                List<String> uncachedNames = List.of("engine, exact JSON (uncached set)", "API uncached", "HTML page uncached",
                        "bare relay, bytes passed through", "bare relay, answer read and written");
                List<Run> uncached1 = measureInterleaved(uncachedNames, List.of(apiUncachedEngine.subList(WARM_UP, sequentialEnd),
                        apiUncachedService.subList(WARM_UP, sequentialEnd), pageUncachedService.subList(WARM_UP, sequentialEnd),
                        relayPassUncached.subList(WARM_UP, sequentialEnd), relayReadUncached.subList(WARM_UP, sequentialEnd)));
                Run engine1 = uncached1.get(0);
                Run api1 = uncached1.get(1);
                Run page1 = uncached1.get(2);
                Run relayPass1 = uncached1.get(3);
                Run relayRead1 = uncached1.get(4);
                // Four clients: in alternating rounds, with the CPU time each kind cost the service, the relay and the engine.
                CpuMeter cpu = new CpuMeter(measured.toHandle(), relay.toHandle(), engine.process().get()
                        .orElseThrow(() -> new AssertionError("The engine process is gone")));
                Alternated uncached4 = measureAlternating(uncachedNames, CLIENTS, ROUNDS, cpu,
                        List.of(apiUncachedEngine.subList(sequentialEnd, concurrentEnd),
                                apiUncachedService.subList(sequentialEnd, concurrentEnd),
                                pageUncachedService.subList(sequentialEnd, concurrentEnd),
                                relayPassUncached.subList(sequentialEnd, concurrentEnd),
                                relayReadUncached.subList(sequentialEnd, concurrentEnd)));
                Run engine4 = uncached4.runs().get(0);
                Run api4 = uncached4.runs().get(1);
                Run page4 = uncached4.runs().get(2);
                Run relayPass4 = uncached4.runs().get(3);
                Run relayRead4 = uncached4.runs().get(4);
                Map<String, Map<String, Double>> cpuPerSearch = new LinkedHashMap<>();
                List<String> cpuKeys = List.of("engineOnExactJson", "apiUncached", "pageUncached", "relayPassedThrough", "relayRead");
                for (int kind = 0; kind < uncachedNames.size(); kind++) {
                    CpuMeter.Used used = uncached4.cpu().get(kind);
                    cpuPerSearch.put(cpuKeys.get(kind), Map.of("engine", round(used.engineMillis()),
                            "service", round(used.serviceMillis()), "relay", round(used.relayMillis())));
                }
                results.put("cpuMillisPerSearch", cpuPerSearch);
                runs.addAll(List.of(engine1, api1, page1, relayPass1, relayRead1, engine4, api4, page4, relayPass4, relayRead4));

                // Cached: the same twelve searches again and again; the engine gets their exact JSON as often.
                List<List<HttpRequest>> apiRepeatedService = requests(apiRepeated, p -> List.of(get(service + p)));
                List<List<HttpRequest>> pageRepeatedService = requests(pageRepeated, p -> List.of(get(service + p)));
                List<List<HttpRequest>> repeatedEngine = requests(apiRepeated, p -> replay(engineBase, exact.get(p)));
                measure("warm-up cache", 1, cycle(apiRepeatedService, 120));
                measure("warm-up cache", 1, cycle(pageRepeatedService, 120));
                // In alternating rounds too: measured one after the other, the page once came out at 0.64x the API
                // because a slow moment of the machine fell on it alone.
                List<String> cachedNames = List.of("engine, exact JSON (repeated set)", "API cached", "HTML page cached");
                List<Run> cached1 = measureAlternating(cachedNames, 1, ROUNDS, cpu, List.of(
                        cycle(repeatedEngine, UNCACHED_SEQUENTIAL), cycle(apiRepeatedService, CACHED_SEQUENTIAL),
                        cycle(pageRepeatedService, CACHED_SEQUENTIAL))).runs();
                // At 4 clients also as browsers ask (gzip): the kept answer is compressed on every request.
                List<List<HttpRequest>> apiRepeatedGzip = requests(apiRepeated, p -> List.of(gzip(service + p)));
                List<List<HttpRequest>> pageRepeatedGzip = requests(pageRepeated, p -> List.of(gzip(service + p)));
                List<Run> cached4 = measureAlternating(concat(cachedNames, List.of("API cached, gzip", "HTML page cached, gzip")),
                        CLIENTS, ROUNDS, cpu, List.of(cycle(repeatedEngine, UNCACHED_CONCURRENT),
                                cycle(apiRepeatedService, CACHED_CONCURRENT), cycle(pageRepeatedService, CACHED_CONCURRENT),
                                cycle(apiRepeatedGzip, CACHED_CONCURRENT), cycle(pageRepeatedGzip, CACHED_CONCURRENT))).runs();
                Run cachedEngine1 = cached1.get(0);
                Run cachedApi1 = cached1.get(1);
                Run cachedPage1 = cached1.get(2);
                Run cachedEngine4 = cached4.get(0);
                Run cachedApi4 = cached4.get(1);
                Run cachedPage4 = cached4.get(2);
                Run cachedApiGzip4 = cached4.get(3);
                Run cachedPageGzip4 = cached4.get(4);
                runs.addAll(cached1);
                runs.addAll(cached4);
                results.put("bytesPerAnswer", Map.of("api", bytesPerAnswer(apiRepeatedService), "apiGzip", bytesPerAnswer(apiRepeatedGzip),
                        "page", bytesPerAnswer(pageRepeatedService), "pageGzip", bytesPerAnswer(pageRepeatedGzip)));

                // Revalidation: a browser or proxy that kept the answer asks with its ETag and gets a 304 without a body.
                List<List<HttpRequest>> revalidations = new ArrayList<>();
                for (String path : apiRepeated) {
                    String etag = HTTP.send(get(service + path), HttpResponse.BodyHandlers.discarding()).headers()
                            .firstValue("ETag").orElseThrow(() -> new AssertionError("No ETag on " + path));
                    revalidations.add(List.of(HttpRequest.newBuilder(URI.create(service + path)).header("If-None-Match", etag).build()));
                }
                Run revalidated4 = measure("API revalidation (304)", CLIENTS, cycle(revalidations, CACHED_CONCURRENT));
                runs.add(revalidated4);

                // The engine's cost of the service's query against a plain multi_match with the same aggregations.
                List<List<HttpRequest>> plainEngine = requests(apiRepeated, p -> List.of(plainQuery(engineBase, exact.get(p).get(0),
                        QUERIES.get(apiRepeated.indexOf(p)))));
                List<List<HttpRequest>> serviceQueryOnly = requests(apiRepeated, p -> List.of(replay(engineBase, exact.get(p)).get(0)));
                measure("warm-up plain", 1, cycle(plainEngine, 60));
                // Interleaved, search by search: the machine's drift during the run falls on the three alike.
                List<Run> costs = measureInterleaved(List.of("engine, the service's query (first request)",
                        "engine, all requests of a search (+ relaxed)", "engine, plain multi_match + same aggregations"),
                        List.of(cycle(serviceQueryOnly, ENGINE_COST_REQUESTS), cycle(repeatedEngine, ENGINE_COST_REQUESTS),
                                cycle(plainEngine, ENGINE_COST_REQUESTS)));
                Run serviceQuery = costs.get(0);
                Run serviceSearch = costs.get(1);
                Run plainQuery = costs.get(2);
                runs.addAll(costs);

                memory.stop();
                results.put("serviceRssPeakMb", memory.peakKb() / 1024);
                results.put("serviceRssAfterMb", residentKilobytes(measured.pid()) / 1024);

                Map<String, Double> ratios = new LinkedHashMap<>();
                ratios.put("uncachedApiVsEngineThroughput1", api1.perSecond() / engine1.perSecond());
                ratios.put("uncachedApiVsEngineThroughput4", api4.perSecond() / engine4.perSecond());
                ratios.put("relayPassedThroughVsEngineThroughput1", relayPass1.perSecond() / engine1.perSecond());
                ratios.put("relayPassedThroughVsEngineThroughput4", relayPass4.perSecond() / engine4.perSecond());
                ratios.put("relayReadVsEngineThroughput1", relayRead1.perSecond() / engine1.perSecond());
                ratios.put("relayReadVsEngineThroughput4", relayRead4.perSecond() / engine4.perSecond());
                ratios.put("cachedApiVsEngineThroughput1", cachedApi1.perSecond() / cachedEngine1.perSecond());
                ratios.put("cachedApiVsEngineThroughput4", cachedApi4.perSecond() / cachedEngine4.perSecond());
                ratios.put("uncachedPageVsApiThroughput1", page1.perSecond() / api1.perSecond());
                ratios.put("uncachedPageVsApiThroughput4", page4.perSecond() / api4.perSecond());
                ratios.put("cachedPageVsApiThroughput4", cachedPage4.perSecond() / cachedApi4.perSecond());
                ratios.put("cachedApiGzipVsIdentityThroughput4", cachedApiGzip4.perSecond() / cachedApi4.perSecond());
                ratios.put("cachedPageGzipVsIdentityThroughput4", cachedPageGzip4.perSecond() / cachedPage4.perSecond());
                ratios.put("serviceQueryVsPlainEngineP50", serviceQuery.p(50) / plainQuery.p(50));
                ratios.put("serviceSearchVsPlainEngineP50", serviceSearch.p(50) / plainQuery.p(50));
                results.put("ratios", ratios);
                report(results, runs);
            } finally {
                processes.forEach(Process::destroy);
                for (Process process : processes) {
                    process.waitFor();
                }
            }
        }
    }

    /** The packaged service with the production JVM options, on the real catalogue. */
    private static Process startService(String name, int port, String hosts, String onStart) throws IOException {
        return startWithServiceOptions(name, List.of("-Dquarkus.http.port=" + port, "-Dkeinokartta.search.hosts=" + hosts,
                "-Dkeinokartta.content.dir=" + Path.of("content").toAbsolutePath(), "-Dkeinokartta.content.on-start=" + onStart,
                "-jar", Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString()));
    }

    /**
     * The bare relay with the service's production JVM options, on the test classpath (Vert.x and Jackson come
     * with the service's dependencies).
     */
    private static Process startRelay(String engineHosts, int passPort, int readPort) throws IOException {
        return startWithServiceOptions("relay", List.of("-cp", System.getProperty("java.class.path"), BareRelay.class.getName(),
                engineHosts.split(",")[0], String.valueOf(passPort), String.valueOf(readPort)));
    }

    /** A JVM started as docker/Dockerfile starts the service; its output goes to target/benchmark-{name}.log. */
    private static Process startWithServiceOptions(String name, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("@" + SERVICE_JVM_OPTIONS.toAbsolutePath());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target/benchmark-" + name + ".log").toFile());
        // As in docker/Dockerfile: fewer malloc arenas keep less memory resident.
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        return builder.start();
    }

    private static void report(Map<String, Object> results, List<Run> runs) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Double> ratios = (Map<String, Double>) results.get("ratios");
        StringBuilder table = new StringBuilder();
        table.append(String.format("Keinokartta benchmark: real catalogue, %d searches in rotation, one run on one machine%n",
                QUERIES.size()));
        table.append(String.format("  engine (%s tuning) healthy in %d ms; service listening %d ms, ready with a live release %d ms%n",
                results.get("engineTuning"), results.get("engineStartMillis"), results.get("serviceListeningMillis"),
                results.get("serviceReadyMillis")));
        table.append(String.format("  %d searches captured; %d of them make a second (relaxed) engine request%n%n",
                results.get("capturedRequests"), results.get("capturedWithASecondEngineRequest")));
        table.append(String.format("  %-48s %7s %8s %8s %8s %9s%n", "what", "clients", "requests", "p50 ms", "p95 ms", "per s"));
        for (Run run : runs) {
            table.append(String.format("  %-48s %7d %8d %8.2f %8.2f %9.0f%n", run.name(), run.clients(), run.nanos().size(),
                    run.p(50), run.p(95), run.perSecond()));
        }
        table.append(String.format("%n  %-62s %8s %8s%n", "ratio", "measured", "goal"));
        goal(table, "cached API / engine on the same JSON, 1 client (throughput)", ratios.get("cachedApiVsEngineThroughput1"), ">= 5");
        goal(table, "cached API / engine on the same JSON, 4 clients (throughput)", ratios.get("cachedApiVsEngineThroughput4"), ">= 5");
        goal(table, "uncached API / engine on the exact JSON, 1 client", ratios.get("uncachedApiVsEngineThroughput1"), ">= 0.9");
        goal(table, "uncached API / engine on the exact JSON, 4 clients", ratios.get("uncachedApiVsEngineThroughput4"), ">= 0.9");
        table.append("    the floor of one hop here: a bare relay with the service's JVM options (not a goal)\n");
        floor(table, "    relay, bytes passed through / engine, 1 client", ratios.get("relayPassedThroughVsEngineThroughput1"));
        floor(table, "    relay, bytes passed through / engine, 4 clients", ratios.get("relayPassedThroughVsEngineThroughput4"));
        floor(table, "    relay, answer read and written / engine, 1 client", ratios.get("relayReadVsEngineThroughput1"));
        floor(table, "    relay, answer read and written / engine, 4 clients", ratios.get("relayReadVsEngineThroughput4"));
        goal(table, "HTML page / API, uncached, 1 client", ratios.get("uncachedPageVsApiThroughput1"), ">= 0.8");
        goal(table, "HTML page / API, uncached, 4 clients", ratios.get("uncachedPageVsApiThroughput4"), ">= 0.8");
        goal(table, "HTML page / API, cached, 4 clients", ratios.get("cachedPageVsApiThroughput4"), ">= 0.8");
        goal(table, "engine p50: service's query / plain multi_match", ratios.get("serviceQueryVsPlainEngineP50"), "<= 2");
        goal(table, "engine p50: all requests of a search / plain multi_match", ratios.get("serviceSearchVsPlainEngineP50"), "<= 2");
        @SuppressWarnings("unchecked")
        Map<String, Long> bytes = (Map<String, Long>) results.get("bytesPerAnswer");
        table.append(String.format("  %-62s %8.2f%n", "cached, gzip / identity, 4 clients: API", ratios.get("cachedApiGzipVsIdentityThroughput4")));
        table.append(String.format("  %-62s %8.2f%n", "cached, gzip / identity, 4 clients: HTML page",
                ratios.get("cachedPageGzipVsIdentityThroughput4")));
        table.append(String.format("  %-62s %s%n", "bytes per answer, identity -> gzip", String.format("API %d -> %d, page %d -> %d",
                bytes.get("api"), bytes.get("apiGzip"), bytes.get("page"), bytes.get("pageGzip"))));
        table.append(String.format("  %-62s %5d MB %8s%n", "service resident memory, peak under the load",
                results.get("serviceRssPeakMb"), "<= 250"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Double>> cpu = (Map<String, Map<String, Double>>) results.get("cpuMillisPerSearch");
        table.append(String.format("%n  CPU per uncached search (4 clients): the engine on the exact JSON %.2f ms; through the API"
                + " %.2f ms (engine) + %.2f ms (service); the page %.2f ms (engine) + %.2f ms (service)%n",
                cpu.get("engineOnExactJson").get("engine"), cpu.get("apiUncached").get("engine"), cpu.get("apiUncached").get("service"),
                cpu.get("pageUncached").get("engine"), cpu.get("pageUncached").get("service")));
        table.append(String.format("  through the bare relay: bytes passed through %.2f ms (engine) + %.2f ms (relay);"
                + " answer read and written %.2f ms (engine) + %.2f ms (relay)%n",
                cpu.get("relayPassedThrough").get("engine"), cpu.get("relayPassedThrough").get("relay"),
                cpu.get("relayRead").get("engine"), cpu.get("relayRead").get("relay")));

        ArrayNode rows = JSON.createArrayNode();
        for (Run run : runs) {
            ObjectNode row = rows.addObject();
            row.put("what", run.name()).put("clients", run.clients()).put("requests", run.nanos().size())
                    .put("p50Millis", round(run.p(50))).put("p95Millis", round(run.p(95))).put("perSecond", round(run.perSecond()));
        }
        ObjectNode json = JSON.valueToTree(results);
        json.set("runs", rows);
        System.out.println(table);
        Files.writeString(Path.of("target/benchmark.txt"), table);
        Files.writeString(Path.of("target/benchmark.json"), JSON.writeValueAsString(json));
    }

    private static void goal(StringBuilder table, String what, double value, String goal) {
        double bound = Double.parseDouble(goal.substring(3));
        boolean met = goal.startsWith(">=") ? value >= bound : value <= bound;
        table.append(String.format("  %-62s %8.2f %8s %s%n", what, value, goal, met ? "met" : "NOT met"));
    }

    /** A ratio that is not a goal: what the bare relay reaches on this machine in this run (BareRelay). */
    private static void floor(StringBuilder table, String what, double value) {
        table.append(String.format("  %-62s %8.2f%n", what, value));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** Distinct API or page addresses: every query with page sizes from {@code firstSize} on, step {@code step}. */
    private static List<String> variants(List<Query> queries, int firstSize, int step, int count, boolean api) {
        List<String> paths = new ArrayList<>();
        for (int size = firstSize; paths.size() < count; size += step) {
            if (size > 100) {
                throw new IllegalStateException("Not enough distinct requests for " + count + "; lower benchmark.scale");
            }
            for (Query query : queries) {
                if (paths.size() < count) {
                    paths.add(api ? apiPath(query, size) : pagePath(query, size));
                }
            }
        }
        return paths;
    }

    private static String apiPath(Query query, int size) {
        return "/api/v1/search?lang=" + query.language().code() + "&q=" + encode(query.text()) + "&size=" + size;
    }

    private static String pagePath(Query query, int size) {
        return Routes.search(query.language()) + "?q=" + encode(query.text()) + "&size=" + size;
    }

    /** The captured engine requests, sent to the engine itself, one after the other as the service did. */
    private static List<HttpRequest> replay(String engineBase, List<CapturingProxy.Captured> captured) {
        return captured.stream().map(c -> HttpRequest.newBuilder(URI.create(engineBase + c.pathAndQuery()))
                .header("Content-Type", "application/json")
                .method(c.method(), HttpRequest.BodyPublishers.ofString(c.body())).build()).toList();
    }

    /** A plain multi_match on the language's four text fields with the captured request's own aggregations and size. */
    private static HttpRequest plainQuery(String engineBase, CapturingProxy.Captured captured, Query query) {
        try {
            ObjectNode original = (ObjectNode) JSON.readTree(captured.body());
            ObjectNode plain = JSON.createObjectNode();
            ObjectNode multiMatch = plain.putObject("query").putObject("multi_match");
            multiMatch.put("query", query.text());
            Language l = query.language();
            multiMatch.putArray("fields").add(SearchFields.title(l)).add(SearchFields.summary(l)).add(SearchFields.keywords(l))
                    .add(SearchFields.body(l));
            plain.set("aggregations", original.has("aggregations") ? original.get("aggregations") : original.get("aggs"));
            // Size and offset travel in the address, as the service sends them.
            return HttpRequest.newBuilder(URI.create(engineBase + captured.pathAndQuery()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(plain))).build();
        } catch (IOException e) {
            throw new IllegalStateException("The captured search is not JSON: " + captured.body(), e);
        }
    }

    private interface RequestsOf {
        List<HttpRequest> of(String path);
    }

    private static List<List<HttpRequest>> requests(List<String> paths, RequestsOf builder) {
        return paths.stream().map(builder::of).toList();
    }

    private static <T> List<T> cycle(List<T> items, int count) {
        List<T> cycled = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cycled.add(items.get(i % items.size()));
        }
        return cycled;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /**
     * One client, the lists taken turn by turn (the first request of each, then the second of each...): one run
     * per list, timed request by request.
     */
    private static List<Run> measureInterleaved(List<String> names, List<List<List<HttpRequest>>> lists) throws Exception {
        List<List<Long>> nanos = new ArrayList<>();
        lists.forEach(list -> nanos.add(new ArrayList<>()));
        for (int i = 0; i < lists.get(0).size(); i++) {
            for (int turn = 0; turn < lists.size(); turn++) {
                // Who goes first rotates: a request may find the engine's caches warm from the one before it.
                int kind = (i + turn) % lists.size();
                long begin = System.nanoTime();
                send(lists.get(kind).get(i));
                nanos.get(kind).add(System.nanoTime() - begin);
            }
        }
        List<Run> runs = new ArrayList<>();
        for (int kind = 0; kind < lists.size(); kind++) {
            runs.add(new Run(names.get(kind), 1, nanos.get(kind), nanos.get(kind).stream().mapToLong(Long::longValue).sum()));
        }
        return runs;
    }

    /** Runs of several kinds measured in alternating rounds, and what each kind cost in CPU per request. */
    private record Alternated(List<Run> runs, List<CpuMeter.Used> cpu) {
    }

    /**
     * Each list in {@code rounds} parts, measured kind after kind and round after round ({@code clients} at a time),
     * so that a slow or fast moment of the machine does not fall on one kind only.
     */
    private static Alternated measureAlternating(List<String> names, int clients, int rounds, CpuMeter cpu,
            List<List<List<HttpRequest>>> lists) throws Exception {
        List<List<Long>> nanos = new ArrayList<>();
        long[] wall = new long[lists.size()];
        double[] serviceMillis = new double[lists.size()];
        double[] relayMillis = new double[lists.size()];
        double[] engineMillis = new double[lists.size()];
        lists.forEach(list -> nanos.add(new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (int kind = 0; kind < lists.size(); kind++) {
                List<List<HttpRequest>> all = lists.get(kind);
                List<List<HttpRequest>> part = all.subList(all.size() * round / rounds, all.size() * (round + 1) / rounds);
                cpu.since(); // counted from here: what came before is not this kind's
                Run run = measure(names.get(kind), clients, part);
                CpuMeter.Used used = cpu.since();
                nanos.get(kind).addAll(run.nanos());
                wall[kind] += run.wallNanos();
                serviceMillis[kind] += used.serviceMillis();
                relayMillis[kind] += used.relayMillis();
                engineMillis[kind] += used.engineMillis();
            }
        }
        List<Run> runs = new ArrayList<>();
        List<CpuMeter.Used> cpuPerRequest = new ArrayList<>();
        for (int kind = 0; kind < lists.size(); kind++) {
            int requests = nanos.get(kind).size();
            runs.add(new Run(names.get(kind), clients, nanos.get(kind), wall[kind]));
            cpuPerRequest.add(new CpuMeter.Used(serviceMillis[kind] / requests, relayMillis[kind] / requests,
                    engineMillis[kind] / requests));
        }
        return new Alternated(runs, cpuPerRequest);
    }

    /** Sends every request once, {@code clients} at a time; each logical request is timed as a whole. */
    private static Run measure(String name, int clients, List<List<HttpRequest>> requests) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>(requests.size()));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                        long begin = System.nanoTime();
                        send(requests.get(i));
                        nanos.add(System.nanoTime() - begin);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Run(name, clients, nanos, System.nanoTime() - start);
    }

    private static void send(List<HttpRequest> sequence) throws IOException, InterruptedException {
        for (HttpRequest request : sequence) {
            // Bytes, not text: gzipped answers are not decoded (the JDK client does not, a browser would).
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            int expected = request.headers().firstValue("If-None-Match").isPresent() ? 304 : 200;
            if (response.statusCode() != expected) {
                throw new AssertionError(request.uri() + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).build();
    }

    private static HttpRequest gzip(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").build();
    }

    /** The mean size of the answers' bodies as sent (one request each). */
    private static long bytesPerAnswer(List<List<HttpRequest>> requests) throws IOException, InterruptedException {
        long total = 0;
        for (List<HttpRequest> sequence : requests) {
            total += HTTP.send(sequence.get(0), HttpResponse.BodyHandlers.ofByteArray()).body().length;
        }
        return total / requests.size();
    }

    private static long waitFor(String url, long started) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(get(url), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The service did not answer " + url + " (see target/benchmark-*.log)");
    }

    /** The CPU time the service, the bare relay and the engine used since the last reading. */
    private static final class CpuMeter {
        private final ProcessHandle service;
        private final ProcessHandle relay;
        private final ProcessHandle engine;
        private long serviceNanos;
        private long relayNanos;
        private long engineNanos;

        record Used(double serviceMillis, double relayMillis, double engineMillis) {
        }

        CpuMeter(ProcessHandle service, ProcessHandle relay, ProcessHandle engine) {
            this.service = service;
            this.relay = relay;
            this.engine = engine;
            serviceNanos = cpuNanos(service);
            relayNanos = cpuNanos(relay);
            engineNanos = cpuNanos(engine);
        }

        Used since() {
            long serviceNow = cpuNanos(service);
            long relayNow = cpuNanos(relay);
            long engineNow = cpuNanos(engine);
            Used used = new Used((serviceNow - serviceNanos) / 1e6, (relayNow - relayNanos) / 1e6,
                    (engineNow - engineNanos) / 1e6);
            serviceNanos = serviceNow;
            relayNanos = relayNow;
            engineNanos = engineNow;
            return used;
        }

        private static long cpuNanos(ProcessHandle process) {
            return process.info().totalCpuDuration().map(Duration::toNanos)
                    .orElseThrow(() -> new AssertionError("No CPU time for process " + process.pid()));
        }
    }

    /** The peak resident memory of a process, sampled every 100 ms while the load runs. */
    private static final class MemorySampler {
        private final long pid;
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this::sample, "benchmark-memory");

        MemorySampler(long pid) {
            this.pid = pid;
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long peakKb() {
            return peak.get();
        }

        private void sample() {
            while (running) {
                try {
                    peak.accumulateAndGet(residentKilobytes(pid), Math::max);
                    Thread.sleep(100);
                } catch (IOException e) {
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static long residentKilobytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
