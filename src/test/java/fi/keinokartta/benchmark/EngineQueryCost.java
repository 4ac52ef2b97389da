package fi.keinokartta.benchmark;

import static io.restassured.RestAssured.given;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import fi.keinokartta.testing.LiveRelease;
import fi.keinokartta.testing.SearchEngineTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * What the service's engine query costs the engine, next to a plain multi_match with the same aggregations:
 * a measuring tool, not a test (its name keeps it out of the test command). Run it alone with
 * {@code ./mvnw -B -q test -Dtest=EngineQueryCost}.
 *
 * <p>For each query it searches through the API on the real catalogue and captures the exact requests the
 * service sends to the engine (Hibernate Search's request log at TRACE holds path, parameters and body, after
 * the service's own changes such as the post filter). Then it sends them to the engine directly, interleaved
 * with a plain multi_match over title, keywords, summary and body of the same language with the same
 * aggregations and page size, and prints the p50 of each and their ratio (also to
 * target/engine-query-cost.txt). A search that makes two requests (the relaxed tier) costs both. The engine
 * is the test engine with its test JVM flags, so read the ratios, not the milliseconds.
 *
 * <p>Options (system properties): {@code cost.requests} (measured requests per query, 200), {@code cost.warmup}
 * (60), {@code cost.print} (print the captured requests), {@code cost.hold} (seconds to keep the engine running
 * afterwards, its address in target/engine-address.txt, for trying variants of the captured requests by hand).
 * The captured bodies are written to target/engine-queries/, one file per request.
 */
@QuarkusTest
@TestProfile(EngineQueryCost.Capture.class)
class EngineQueryCost {

    private static final String REQUEST_LOG = "org.hibernate.search.elasticsearch.client.request";
    private static final int WARM_UP = Integer.getInteger("cost.warmup", 60);
    private static final int MEASURED = Integer.getInteger("cost.requests", 200);
    private static final List<String[]> QUERIES = List.of(
            new String[] { "fi", "työkokeilu" },
            new String[] { "fi", "työkokeilu", "type=service" },
            new String[] { "fi", "palkatuki" },
            new String[] { "fi", "masennus työnhaku" },
            new String[] { "fi", "selkäkipu paluu töihin osa-aikaisesti" },
            new String[] { "sv", "lönesubvention" },
            new String[] { "sv", "ont i ryggen sjukskriven" },
            new String[] { "en", "work trial" },
            new String[] { "en", "back pain return to work part time" });
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern LOGGED = Pattern.compile(
            "with path '([^']*)', query parameters \\{([^}]*)\\}.*?Request body: <(.*)>\\. Response body: <", Pattern.DOTALL);

    /** The real catalogue, and the engine request log at TRACE so the request bodies can be captured. */
    public static class Capture implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("keinokartta.content.dir", "content",
                    "quarkus.log.min-level", "TRACE",
                    "quarkus.log.category.\"" + REQUEST_LOG + "\".min-level", "TRACE",
                    "quarkus.log.category.\"" + REQUEST_LOG + "\".level", "TRACE",
                    "quarkus.log.console.level", "INFO");
        }
    }

    record Captured(String path, String parameters, String body) {
    }

    @Test
    void measure() throws Exception {
        LiveRelease.await();
        List<Captured> captured = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record instanceof org.jboss.logmanager.ExtLogRecord ext ? ext.getFormattedMessage()
                        : new java.util.logging.SimpleFormatter().formatMessage(record);
                Matcher m = message == null ? null : LOGGED.matcher(message);
                if (m != null && m.find() && m.group(1).endsWith("/_search")) {
                    synchronized (captured) {
                        captured.add(new Captured(m.group(1), m.group(2), m.group(3)));
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(REQUEST_LOG);
        logger.addHandler(handler);
        String engine = "http://" + SearchEngineTestResource.engineHosts().split(",")[0];
        StringBuilder report = new StringBuilder(String.format(
                "Engine cost of the service's query vs a plain multi_match with the same aggregations (p50 of %d, ms)%n"
                        + "%-4s %-40s %4s %9s %9s %9s %7s %7s%n",
                MEASURED, "lang", "query", "reqs", "service", "no-hl", "plain", "ratio", "no-hl/pl"));
        try {
            for (String[] query : QUERIES) {
                synchronized (captured) {
                    captured.clear();
                }
                var search = given().queryParam("lang", query[0]).queryParam("q", query[1]);
                if (query.length > 2) {
                    // A facet selection: the service adds its post filter to the body it sends.
                    search = search.queryParam(query[2].split("=")[0], query[2].split("=")[1]);
                }
                search.get("/api/v1/search").then().statusCode(200);
                List<Captured> requests;
                synchronized (captured) {
                    requests = List.copyOf(captured);
                }
                if (requests.isEmpty()) {
                    throw new AssertionError("No engine request captured for " + query[1]);
                }
                if (Boolean.getBoolean("cost.print")) {
                    requests.forEach(r -> System.out.println("CAPTURED " + r.path() + " {" + r.parameters() + "} " + r.body()));
                }
                Path dump = Path.of("target", "engine-queries");
                Files.createDirectories(dump);
                for (int i = 0; i < requests.size(); i++) {
                    Files.writeString(dump.resolve(query[0] + "-" + query[1].replace(' ', '_')
                            + (query.length > 2 ? "-" + query[2].replace('=', '_') : "") + "-" + (i + 1) + ".json"),
                            requests.get(i).body());
                }
                Captured first = requests.get(0);
                JsonObject firstBody = JsonParser.parseString(first.body()).getAsJsonObject();
                String plain = plain(query[0], query[1], firstBody);
                List<Captured> withoutHighlight = requests.stream().map(r -> {
                    JsonObject body = JsonParser.parseString(r.body()).getAsJsonObject();
                    body.remove("highlight");
                    return new Captured(r.path(), r.parameters(), body.toString());
                }).toList();
                for (int i = 0; i < WARM_UP; i++) {
                    cost(engine, requests);
                    cost(engine, withoutHighlight);
                    send(engine, first.path(), "", plain);
                }
                long[] service = new long[MEASURED];
                long[] noHighlight = new long[MEASURED];
                long[] baseline = new long[MEASURED];
                for (int i = 0; i < MEASURED; i++) {
                    service[i] = cost(engine, requests);
                    noHighlight[i] = cost(engine, withoutHighlight);
                    baseline[i] = send(engine, first.path(), "", plain);
                }
                double s = p50(service);
                double n = p50(noHighlight);
                double p = p50(baseline);
                String shown = query.length > 2 ? query[1] + " &" + query[2] : query[1];
                report.append(String.format("%-4s %-40s %4d %9.2f %9.2f %9.2f %7.2f %7.2f%n", query[0], shown, requests.size(),
                        s, n, p, s / p, n / p));
            }
        } finally {
            logger.removeHandler(handler);
        }
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "engine-query-cost.txt"), report);
        // For trying variants by hand: keep the engine (it lives as long as this JVM) for the given seconds.
        int hold = Integer.getInteger("cost.hold", 0);
        if (hold > 0) {
            System.out.println("Engine kept at " + engine + " for " + hold + " s");
            Files.writeString(Path.of("target", "engine-address.txt"), engine);
            Thread.sleep(hold * 1000L);
        }
    }

    /** A plain multi_match on the language's four text fields, with the service's aggregations, post filter and page size. */
    private static String plain(String lang, String q, JsonObject service) {
        JsonObject multiMatch = new JsonObject();
        multiMatch.addProperty("query", q);
        JsonArray fields = new JsonArray();
        for (String field : List.of("title_", "keywords_", "summary_", "body_")) {
            fields.add(field + lang);
        }
        multiMatch.add("fields", fields);
        JsonObject query = new JsonObject();
        query.add("multi_match", multiMatch);
        JsonObject body = new JsonObject();
        body.add("query", query);
        body.addProperty("size", service.has("size") ? service.get("size").getAsInt() : 20);
        body.addProperty("_source", false);
        body.add("aggregations", service.has("aggregations") ? service.get("aggregations") : service.get("aggs"));
        if (service.has("post_filter")) {
            body.add("post_filter", service.get("post_filter"));
        }
        return body.toString();
    }

    private static long cost(String engine, List<Captured> requests) throws Exception {
        long total = 0;
        for (Captured r : requests) {
            total += send(engine, r.path(), r.parameters(), r.body());
        }
        return total;
    }

    /** Nanoseconds for one request, answered 200, to the engine directly. */
    private static long send(String engine, String path, String parameters, String body) throws Exception {
        StringBuilder uri = new StringBuilder(engine).append(path);
        String separator = "?";
        for (String parameter : parameters.split(",\\s*")) {
            int eq = parameter.indexOf('=');
            if (eq > 0) {
                uri.append(separator).append(parameter, 0, eq).append('=')
                        .append(URLEncoder.encode(parameter.substring(eq + 1), StandardCharsets.UTF_8));
                separator = "&";
            }
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri.toString())).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long started = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - started;
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + " for " + path + ": " + response.body());
        }
        return elapsed;
    }

    private static double p50(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
