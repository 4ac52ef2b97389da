package fi.keinokartta.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.keinokartta.http.Problem;
import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** GET /api/v1/measures/{id}: the whole entry in one language, safely rendered. */
@QuarkusTest
class MeasureApiTest {

    @BeforeEach
    void releaseIsLive() {
        LiveRelease.await();
    }

    private static JsonPath measure(String id, String lang) {
        return given().queryParam("lang", lang).get("/api/v1/measures/" + id)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    @Test
    void theWholeEntryInTheRequestedLanguage() {
        JsonPath entry = measure("tyokokeilu", "sv");
        assertThat(entry.getString("id")).isEqualTo("tyokokeilu");
        assertThat(entry.getString("lang")).isEqualTo("sv");
        assertThat(entry.getString("title")).isEqualTo("Arbetsprövning");
        assertThat(entry.getString("typeLabel")).isEqualTo("Tjänst");
        assertThat(entry.getList("sections.key")).containsExactly("whatItIs", "whoFor", "whatItGives", "howToApply",
                "whoDecides", "nextSteps");
        assertThat(entry.getList("sections.heading")).startsWith("Vad är det", "För vem");
        assertThat(entry.getList("categories.label")).containsExactly("Arbetskraftstjänster", "Rehabilitering");
        assertThat(entry.getList("providers.label")).containsExactly(
                "Sysselsättningstjänster (kommunens sysselsättningsområde, tidigare TE-byrån)", "FPA");
        assertThat(entry.getList("situations.url")).containsExactly("/sv/situationer/tyonhakija");
        assertThat(entry.getList("related.label")).containsExactly("Lönesubvention");
        assertThat(entry.getString("url")).isEqualTo("/sv/atgarder/tyokokeilu");
        assertThat(entry.getString("reviewed")).isEqualTo("2026-11-01");
        assertThat(entry.getBoolean("reviewOverdue")).isFalse();
        assertThat(entry.getString("release")).hasSize(12);
    }

    @Test
    void figuresAlwaysCarryTheDateFromWhichTheyApply() {
        JsonPath fi = measure("tyokokeilu", "fi");
        assertThat(fi.getString("sections.find { it.key == 'whatItGives' }.html"))
                .isEqualTo("<p>Kokeilu kestää enintään 6 kuukautta (1.1.2025 alkaen).</p>\n");
        assertThat(fi.getString("figures[0].text")).isEqualTo("6 kuukautta");
        assertThat(fi.getString("figures[0].validity")).isEqualTo("1.1.2025 alkaen");
        assertThat(fi.getString("figures[0].source.url")).isEqualTo("https://www.kela.fi/");
        assertThat(measure("tyokokeilu", "en").getString("sections.find { it.key == 'whatItGives' }.html"))
                .isEqualTo("<p>The trial lasts at most 6 months (from 1 January 2025).</p>\n");
        assertThat(measure("tyokokeilu", "sv").getString("sections.find { it.key == 'whatItGives' }.html"))
                .isEqualTo("<p>Prövningen varar högst 6 månader (från 1.1.2025).</p>\n");
    }

    @Test
    void markdownIsRenderedSafely() {
        String html = measure("esteettomyys", "fi").getString("sections.find { it.key == 'nextSteps' }.html");
        assertThat(html).containsPattern("<a href=\"/fi/keinot/tyokokeilu\" rel=\"[a-z ]+\">kokeilupalveluun</a>")
                .containsPattern("<a href=\"https://www.kela.fi/\" rel=\"(noopener noreferrer|noreferrer noopener)\">Kelaan</a>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", " vaarallinen ")
                .doesNotContain("<script", "<b>", "<img", "javascript:", "href=\"\"");
    }

    @Test
    void combinationRulesOfTheItemAreIncluded() {
        JsonPath entry = measure("tyokokeilu", "en");
        List<Map<String, Object>> combinations = entry.getList("combinations");
        // Ordered by verdict (together, primary, excludes, sequence, conditional, unknown).
        assertThat(combinations).extracting(c -> c.get("ruleId")).containsExactly("tyokokeilu-ammatillinen-kuntoutus",
                "tyokokeilu-palkkatuki", "tyokokeilu-ammatillinen-kuntoutus-tyossa");
        assertThat(entry.getString("combinations[1].verdictLabel")).isEqualTo("Usually one after the other");
        assertThat(entry.getString("combinations[1].role")).isEqualTo("first");
        assertThat(entry.getString("combinations[1].other.label")).isEqualTo("Pay subsidy");
        assertThat(entry.getString("combinations[1].explanation")).isEqualTo("A trial may lead to a subsidised job.");
        assertThat(entry.getList("combinations[2].situations.id")).containsExactly("tyossa");
    }

    @Test
    void unknownIdsAnswer404WithAProblem() {
        given().get("/api/v1/measures/ei-ole").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404))
                .body("detail", equalTo("There is no measure, benefit or service with the id 'ei-ole'. "
                        + "Search with /api/v1/search to find ids."));
        given().get("/api/v1/measures/tyokokeilu?lang=xx").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("parameter", equalTo("lang"));
    }

    @Test
    void taxonomiesListEveryVocabularyWithLabels() {
        JsonPath taxonomies = given().queryParam("lang", "en").get("/api/v1/taxonomies").then().statusCode(200)
                .extract().jsonPath();
        assertThat(taxonomies.getList("types.id")).containsExactly("benefit", "service", "measure");
        assertThat(taxonomies.getList("verdicts.id")).containsExactly("together", "primary", "excludes", "sequence",
                "conditional", "unknown");
        assertThat(taxonomies.getList("situations.id")).containsExactly("tyossa", "tyonhakija", "yrittaja");
        assertThat(taxonomies.getList("items")).hasSize(6);
        assertThat(taxonomies.getString("categories.find { it.id == 'kuntoutus' }.label")).isEqualTo("Rehabilitation");
    }
}
