package fi.keinokartta.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import fi.keinokartta.http.Problem;
import fi.keinokartta.testing.LiveRelease;
import fi.keinokartta.testing.OutageProxy;
import fi.keinokartta.testing.SearchEngineTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Readiness and the API follow the engine: down while it is unreachable, back by themselves when it returns.
 * Answers kept for the live release (the answer cache) are still given meanwhile.
 */
@QuarkusTest
class EngineOutageTest {

    @Test
    void readinessIsUpOnlyWithALiveSearchableRelease() {
        LiveRelease.await();
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks[0].name", equalTo("live-release"))
                .body("checks[0].status", equalTo("UP"))
                .body("checks[0].data.documents", greaterThan(0));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void whileTheEngineIsUnreachableReadinessIsDownAndTheApiSays503ThenRecovers() {
        LiveRelease.await();
        // A search answered before the outage is kept for the live release; a search never asked needs the engine.
        given().queryParam("q", "työkokeilu").queryParam("size", "7").get("/api/v1/search").then().statusCode(200);
        String unasked = "työkokeilu " + System.nanoTime();
        OutageProxy proxy = SearchEngineTestResource.proxy();
        proxy.cut();
        try {
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks[0].status", equalTo("DOWN"));
            given().queryParam("q", unasked).get("/api/v1/search").then().statusCode(503)
                    .header("Cache-Control", "no-store")
                    .contentType(Problem.MEDIA_TYPE)
                    .header("Retry-After", "5")
                    .body("status", equalTo(503))
                    .body("detail", equalTo("The search engine is not reachable right now; please try again in a moment."));
            // What does not need the engine keeps answering from the release in memory, kept searches too.
            given().get("/api/v1/measures/tyokokeilu").then().statusCode(200);
            given().queryParam("q", "työkokeilu").queryParam("size", "7").get("/api/v1/search").then().statusCode(200)
                    .body("hits[0].id", equalTo("tyokokeilu"));
        } finally {
            proxy.restore();
        }
        LiveRelease.await(Duration.ofSeconds(30));
        given().queryParam("q", "työkokeilu").get("/api/v1/search").then().statusCode(200)
                .body("hits[0].id", equalTo("tyokokeilu"));
    }

    @Test
    void aSearchWhoseBodyReachedTheEngineDamagedIsSentAgainNotRefused() {
        LiveRelease.await();
        // Never asked before, so it is not kept: it must reach the engine, whose first copy arrives broken.
        String words = "palkkatuki " + System.nanoTime();
        SearchEngineTestResource.proxy().damageNextSearch();
        given().queryParam("q", words).queryParam("lang", "fi").get("/api/v1/search").then().statusCode(200)
                .body("hits[0].id", equalTo("palkkatuki"));
    }

    @Test
    void aSilentEngineIsAnOutage503NeverA500() {
        LiveRelease.await();
        String unasked = "työkokeilu " + System.nanoTime();
        OutageProxy proxy = SearchEngineTestResource.proxy();
        proxy.silence();
        long started = System.nanoTime();
        try {
            // Nothing answers: after the search's deadline (keinokartta.search.answer-within, 3 s), not the
            // client's 10 s request timeout, the reader is told to try again, as for an outage.
            given().queryParam("q", unasked).get("/api/v1/search").then().statusCode(503)
                    .header("Retry-After", "5").contentType(Problem.MEDIA_TYPE);
        } finally {
            proxy.restore();
        }
        org.assertj.core.api.Assertions.assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("one wait for the search's deadline, not the request timeout").isLessThan(Duration.ofSeconds(8));
        LiveRelease.await(Duration.ofSeconds(30));
        given().queryParam("q", "työkokeilu").queryParam("lang", "fi").get("/api/v1/search").then().statusCode(200);
    }
}
