package fi.keinokartta.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.keinokartta.http.Problem;
import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** GET /api/v1/situations and /api/v1/situations/{id} on the test corpus. */
@QuarkusTest
class SituationApiTest {

    @BeforeEach
    void releaseIsLive() {
        LiveRelease.await();
    }

    @Test
    void theSituationsInTheirOrderWithTitleAndResponsibility() {
        JsonPath list = given().queryParam("lang", "sv").get("/api/v1/situations")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
        assertThat(list.getString("lang")).isEqualTo("sv");
        assertThat(list.getString("release")).hasSize(12);
        assertThat(list.getList("situations.id")).containsExactly("tyossa", "tyonhakija", "yrittaja");
        assertThat(list.getList("situations.title")).containsExactly("I arbete, arbetsförmågan försämras", "Arbetssökande",
                "Företagare");
        assertThat(list.getString("situations[1].responsibility")).isEqualTo("Arbetssökande.");
        assertThat(list.getString("situations[1].url")).isEqualTo("/sv/situationer/tyonhakija");
    }

    @Test
    void aSituationWithItsPhasesAndTheItemsOfEachPhase() {
        JsonPath situation = given().queryParam("lang", "en").get("/api/v1/situations/tyonhakija")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
        assertThat(situation.getString("id")).isEqualTo("tyonhakija");
        assertThat(situation.getString("lang")).isEqualTo("en");
        assertThat(situation.getString("title")).isEqualTo("Jobseeker");
        assertThat(situation.getString("responsibility")).isEqualTo("Jobseeker.");
        assertThat(situation.getList("responsible.id")).containsExactly("tyollisyyspalvelut");
        assertThat(situation.getList("phases.id")).containsExactly("alku", "tyohon");
        assertThat(situation.getString("phases[0].title")).isEqualTo("Start");
        assertThat(situation.getString("phases[0].description")).isEqualTo("At the start.");
        assertThat(situation.getList("phases[0].items.id")).containsExactly("tyokokeilu", "palkkatuki");
        assertThat(situation.getList("phases[0].items.url")).containsExactly("/en/measures/tyokokeilu", "/en/measures/palkkatuki");
        assertThat(situation.getString("phases[0].items[0].label")).isEqualTo("Work trial");
        assertThat(situation.getList("phases[1].items.id")).containsExactly("palkkatuki", "starttiraha");
    }

    @Test
    void finnishIsTheDefaultLanguage() {
        given().get("/api/v1/situations/tyonhakija").then().statusCode(200)
                .body("lang", equalTo("fi")).body("phases[0].title", equalTo("Alku"));
    }

    @Test
    void anUnknownIdAnswers404WithAProblem() {
        given().get("/api/v1/situations/ei-ole").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404)).body("detail", containsString("ei-ole"));
    }

    @Test
    void anUnknownLanguageIsABadRequest() {
        given().queryParam("lang", "de").get("/api/v1/situations").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }
}
