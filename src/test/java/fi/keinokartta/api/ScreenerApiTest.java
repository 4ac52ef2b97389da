package fi.keinokartta.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.keinokartta.core.ServiceClock;
import fi.keinokartta.http.Problem;
import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** GET /api/v1/screener on the test corpus (situations tyossa, tyonhakija, yrittaja; timeline sairausloma). */
@QuarkusTest
class ScreenerApiTest {

    static final LocalDate TODAY = LocalDate.now(ServiceClock.system());

    @BeforeEach
    void releaseIsLive() {
        LiveRelease.await();
    }

    private static JsonPath screen(String query) {
        return given().get("/api/v1/screener?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void employedWithoutADateGetsTheSituationWithoutTimeline() {
        JsonPath result = screen("status=employed&lang=en");
        assertThat(result.getString("situation")).isEqualTo("tyossa");
        assertThat(result.getList("maySuit.id")).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(result.getList("maySuit.why", String.class)).allMatch(why -> !why.isBlank());
        assertThat(result.getString("timeline")).isNull();
        assertThat(result.getString("pageUrl")).isEqualTo("/en/questions?status=employed");
        // The result opens as a plan: the situation, and what may suit in the phases that list it.
        assertThat(result.getString("planUrl")).startsWith("/en/plan?situation=tyossa");
        given().urlEncodingEnabled(false).get(result.getString("planUrl")).then().statusCode(200);
        assertThat(result.getList("notChecked", String.class)).doesNotContainAnyElementsOf(result.getList("maySuit.id", String.class));
    }

    @Test
    void aSickLeaveDateGivesTodaysDayAndTheCheckpoints() {
        LocalDate since = TODAY.minusDays(40);
        JsonPath result = screen("status=employed&sickLeaveSince=" + since + "&partTime=yes&lang=fi");
        assertThat(result.getInt("timeline.day")).isEqualTo(41);
        assertThat(result.getString("timeline.since")).isEqualTo(since.toString());
        assertThat(result.getInt("timeline.checkpoints[0].day")).isEqualTo(30);
        assertThat(result.getString("timeline.checkpoints[0].due")).isEqualTo(since.plusDays(29).toString());
        assertThat(result.getString("timeline.checkpoints[0].state")).isEqualTo("passed");
        assertThat(result.getString("timeline.checkpoints[0].title")).isEqualTo("Työnantaja ilmoittaa työterveyshuoltoon");
        assertThat(result.getList("timeline.checkpoints.state")).contains("next");
        assertThat(result.getString("timeline.limits[0].what")).contains("150 arkipäivää");
        assertThat(result.getString("maySuit[0].id")).isEqualTo("osasairauspaivaraha");
        assertThat(result.getString("maySuit[0].why")).contains("osa-aikatyö");
    }

    @Test
    void studentsAndJobseekersAndEntrepreneurs() {
        assertThat(screen("status=unemployed").getString("situation")).isEqualTo("tyonhakija");
        assertThat(screen("status=student&age=under-30").getString("situation")).isEqualTo("tyonhakija");
        assertThat(screen("status=entrepreneur&lang=sv").getString("situationTitle")).isNotBlank();
    }

    @Test
    void badAnswersAreProblemsThatSayWhatToChange() {
        given().get("/api/v1/screener?status=employed&sickLeaveSince=" + TODAY.plusDays(3)).then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("detail", containsString("in the future"))
                .body("parameter", equalTo("sickLeaveSince"));
        given().get("/api/v1/screener?status=retired").then().statusCode(400).body("detail", containsString("Unknown status"));
        given().get("/api/v1/screener").then().statusCode(400).body("detail", containsString("status is one of"));
        given().get("/api/v1/screener?status=employed&sickLeaveSince=1.10.2026").then().statusCode(400)
                .body("detail", containsString("YYYY-MM-DD"));
        given().get("/api/v1/screener?status=employed&partTime=maybe").then().statusCode(400)
                .body("parameter", equalTo("partTime"));
        given().get("/api/v1/screener?status=pension").then().statusCode(400).body("detail", containsString("No situation"));
        given().get("/api/v1/screener?status=employed&colour=red").then().statusCode(400);
    }

    @Test
    void documentedInOpenApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/screener'.get.parameters.name", org.hamcrest.Matchers.hasItems("status", "sickLeaveSince",
                        "age", "occupationalHealth", "partTime", "lang"));
    }

    @Test
    void thePagesAnswerToo() {
        String form = given().get("/sv/fragor").then().statusCode(200).extract().asString();
        assertThat(form).contains("name=\"status\"").contains("name=\"sickLeaveSince\"").doesNotContain("<script>");
        String result = given().get("/en/questions?status=employed&sickLeaveSince=" + TODAY.minusDays(40))
                .then().statusCode(200).extract().asString();
        assertThat(result).contains("Today is day 41 of your sick leave").contains("Not checked here")
                .contains("/en/questions?status=employed&amp;sickLeaveSince=" + TODAY.minusDays(40) + "&amp;change=1")
                .doesNotContain("not eligible");
        String change = given().get("/en/questions?status=employed&change=1").then().statusCode(200).extract().asString();
        assertThat(change).contains("value=\"employed\" required checked");
        given().get("/fi/kysely?status=employed&sickLeaveSince=2999-01-01").then().statusCode(400)
                .body(containsString("in the future"));
        String employers = given().get("/en/for-employers").then().statusCode(200).extract().asString();
        assertThat(employers).contains("Checklist").contains("30 days (from 1 June 2012)").contains("As an employer you can apply for a pay subsidy");
        assertThat(given().get("/fi/").then().statusCode(200).extract().asString()).contains("href=\"/fi/kysely\"")
                .contains("href=\"/fi/tyonantajalle\"");
        given().redirects().follow(false).get("/sv/questions").then().statusCode(301);
    }
}
