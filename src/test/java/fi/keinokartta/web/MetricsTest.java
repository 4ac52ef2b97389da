package fi.keinokartta.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fi.keinokartta.publishing.ReleaseTracker;
import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Prometheus metrics on /q/metrics: only for an account with the role "metrics" (basic authentication);
 * request latency by route with a bounded set of routes whatever addresses are sent; the answer cache's
 * hits and misses; engine latency; the live release.
 */
@QuarkusTest
class MetricsTest {

    static final String SCRAPER_PASSWORD = "metrics-scraper-test-password";
    private static final Pattern URI_LABEL = Pattern.compile("^http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"",
            Pattern.MULTILINE);

    @Inject
    ReleaseTracker tracker;

    @Test
    void strangersAndEditorsGetNoMetrics() {
        // Strangers are told how to sign in: a challenge and a sentence, with the security headers of every answer.
        for (String path : java.util.List.of("/q/metrics", "/q/metrics/")) {
            given().get(path).then().statusCode(401).header("WWW-Authenticate", startsWith("Basic realm="))
                    .header("X-Frame-Options", "DENY").body("detail", containsString("role 'metrics'"));
        }
        for (String unreadable : java.util.List.of("Bearer x", "Basic %%%", "Basic " + "A".repeat(300), "Digest x")) {
            given().header("Authorization", unreadable).get("/q/metrics").then().statusCode(401)
                    .header("WWW-Authenticate", startsWith("Basic realm=")).body("detail", containsString("role 'metrics'"));
        }
        given().auth().preemptive().basic("scraper", "wrong password").get("/q/metrics").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic realm=")).body("detail", containsString("Wrong name or password"));
        given().auth().preemptive().basic("editor", "test-editor-password").get("/q/metrics").then().statusCode(403)
                .body("detail", containsString("role 'metrics'"));
        given().auth().preemptive().basic("reader", "test-reader-password").get("/q/metrics").then().statusCode(403);
        assertThat(given().get("/q/metrics").asString()).doesNotContain("http_server_requests");
        // The request guard and the security headers apply to the metrics as to every address.
        given().auth().preemptive().basic("scraper", SCRAPER_PASSWORD).get("/q/metrics;x").then().statusCode(400)
                .header("X-Content-Type-Options", "nosniff").body("detail", containsString("never uses"));
        given().auth().preemptive().basic("scraper", SCRAPER_PASSWORD).get("/q/metrics").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        // The scraper's account opens nothing else.
        given().auth().preemptive().basic("scraper", SCRAPER_PASSWORD).get("/api/v1/editor/releases").then().statusCode(403);
    }

    @Test
    void theScraperSeesRoutesCacheEngineAndRelease() {
        LiveRelease.await();
        String live = tracker.live().orElseThrow().id();
        String query = "/api/v1/search?lang=fi&q=metrics" + System.nanoTime();
        given().get(query).then().statusCode(200);
        // Another Accept: not the same whole answer, but the same search (a hit of the search answers).
        given().header("Accept", "application/json").get(query).then().statusCode(200);
        // The same request again: a hit of the whole answers.
        given().header("Accept", "application/json").get(query).then().statusCode(200);
        given().get("/fi/keinot/palkkatuki").then().statusCode(200);

        String metrics = scrape();
        assertThat(metrics).contains("uri=\"/api/v1/search\"").contains("uri=\"/{lang}/item/{id}\"");
        assertThat(metrics).containsPattern("cache_gets_total\\{cache=\"answers-live\",[^}]*result=\"hit\"[^}]*\\} [1-9]");
        assertThat(metrics).containsPattern("cache_gets_total\\{cache=\"answers-live\",[^}]*result=\"miss\"[^}]*\\} [1-9]");
        assertThat(metrics).containsPattern("cache_gets_total\\{cache=\"responses-live\",[^}]*result=\"hit\"[^}]*\\} [1-9]");
        assertThat(metrics).containsPattern("keinokartta_engine_requests_seconds_count\\{query=\"search\"\\} [1-9]");
        assertThat(metrics).contains("keinokartta_engine_requests_seconds_bucket{query=\"search\",le=\"0.05\"}");
        assertThat(metrics).contains("keinokartta_release_live_info{release=\"" + live + "\"} 1.0");
        assertThat(metrics).containsPattern("keinokartta_release_live_sequence [1-9]");
    }

    @Test
    void oddAddressesDoNotMultiplyTheRoutes() {
        LiveRelease.await();
        String marker = "zq" + System.nanoTime();
        for (int i = 0; i < 150; i++) {
            given().get("/" + marker + i + ";x").then().statusCode(400);
            given().get("/api/v1/editor/" + marker + i).then().statusCode(401);
            given().get("/" + marker + i).then().statusCode(404);
            given().get("/fi/" + marker + i).then().statusCode(404);
            given().get("/fi/keinot/" + marker + i).then().statusCode(404);
            given().get("/api/v1/measures/" + marker + i).then().statusCode(404);
        }
        String metrics = scrape();
        Set<String> routes = new TreeSet<>();
        Matcher matcher = URI_LABEL.matcher(metrics);
        while (matcher.find()) {
            routes.add(matcher.group(1));
        }
        assertThat(routes).as("routes in the metrics").noneMatch(route -> route.contains(marker)).contains("OTHER");
        // Every label is a route template or a fixed name; their number is that of the site's routes (some 40,
        // depending on which pages the other tests opened in this instance), whatever the 900 odd addresses.
        assertThat(routes).as("routes in the metrics").allMatch(route -> route.matches("(/[a-z0-9.{}-]+)+|[A-Z_]+|root"));
        assertThat(routes.size()).as("routes in the metrics: %s", routes).isLessThan(60);
    }

    private static String scrape() {
        var response = given().auth().preemptive().basic("scraper", SCRAPER_PASSWORD).get("/q/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        return response.asString();
    }
}
