package fi.keinokartta.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fi.keinokartta.http.Problem;
import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** POST and GET /api/v1/plans/check on the test corpus: order, usage, lanes, pairs, conflicts, open questions. */
@QuarkusTest
class PlanApiTest {

    private static final String REVERSED = """
            {"situation":"tyonhakija","lang":"en","steps":[{"item":"tyokokeilu","phase":"tyohon"},{"item":"palkkatuki","phase":"alku"}]}""";

    @BeforeEach
    void releaseIsLive() {
        LiveRelease.await();
    }

    private static JsonPath post(String body) {
        return given().contentType("application/json").body(body).post("/api/v1/plans/check")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aPlanIsOrderedByPhaseWithWhoAppliesWhoDecidesChannelTimingAndPrerequisites() {
        JsonPath plan = post("""
                {"situation":"tyonhakija","lang":"en","steps":[{"item":"palkkatuki","phase":"tyohon"},{"item":"tyokokeilu","phase":"alku"}]}""");

        assertThat(plan.getString("situation")).isEqualTo("tyonhakija");
        assertThat(plan.getString("lang")).isEqualTo("en");
        assertThat(plan.getString("release")).isNotBlank();
        assertThat(plan.getList("steps.item")).containsExactly("tyokokeilu", "palkkatuki");
        assertThat(plan.getList("steps.phase")).containsExactly("alku", "tyohon");
        assertThat(plan.getString("steps[1].title")).isEqualTo("Pay subsidy");
        assertThat(plan.getList("steps[1].applicant.id")).containsExactly("employer");
        assertThat(plan.getList("steps[1].decider.id")).containsExactly("tyollisyyspalvelut");
        assertThat(plan.getString("steps[1].channel.url")).isEqualTo("https://tyomarkkinatori.fi/");
        assertThat(plan.getString("steps[1].channel.label")).isEqualTo("Job Market Finland");
        assertThat(plan.getString("steps[1].timing[0].kind")).isEqualTo("before-start");
        assertThat(plan.getString("steps[1].timing[0].text")).isEqualTo("The decision before the job starts.");
        assertThat(plan.getString("steps[1].prerequisites[0].text")).isEqualTo("An employment relationship");
        assertThat(plan.getString("steps[0].duration.kind")).isEqualTo("figure");
        assertThat(plan.getString("steps[0].duration.text")).startsWith("Maximum duration: 6 months");
        assertThat(plan.getList("lanes.actor")).containsExactly("person", "employer", "employment-services");
        assertThat(plan.getList("lanes.find { it.actor == 'employer' }.steps")).containsExactly("palkkatuki");
        assertThat(plan.getList("pairs")).hasSize(1);
        assertThat(plan.getString("pairs[0].verdict")).isEqualTo("sequence");
        assertThat(plan.getBoolean("pairs[0].samePhase")).isFalse();
        assertThat(plan.getList("conflicts")).isEmpty();
        assertThat(plan.getString("shareUrl")).startsWith("/en/plan?situation=tyonhakija&step=tyokokeilu%3Aalku&step=palkkatuki%3Atyohon&release=");
        assertThat(plan.getString("printUrl")).startsWith(plan.getString("shareUrl")).endsWith("&view=person");
    }

    @Test
    void aPaySubsidyPlacedBeforeTheWorkTrialIsFlaggedWithTheRuleAndItsSources() {
        JsonPath plan = post(REVERSED);

        assertThat(plan.getList("conflicts")).hasSize(1);
        assertThat(plan.getString("conflicts[0].a")).isEqualTo("tyokokeilu");
        assertThat(plan.getString("conflicts[0].b")).isEqualTo("palkkatuki");
        assertThat(plan.getString("conflicts[0].kind")).isEqualTo("order");
        assertThat(plan.getString("conflicts[0].verdict")).isEqualTo("sequence");
        assertThat(plan.getString("conflicts[0].message")).isEqualTo(
                "Work trial typically comes before Pay subsidy, but in this plan it is in a later phase.");
        assertThat(plan.getString("conflicts[0].explanation")).isEqualTo("A trial may lead to a subsidised job.");
        assertThat(plan.getString("conflicts[0].sources[0].url")).isEqualTo("https://tyomarkkinatori.fi/");
    }

    @Test
    void excludesInOnePhaseIsAConflictAndPairsWithoutARuleSayWhomToAsk() {
        JsonPath plan = post("""
                {"situation":"tyonhakija","lang":"fi","steps":[{"item":"starttiraha","phase":"tyohon"},{"item":"palkkatuki","phase":"tyohon"},{"item":"esteettomyys","phase":"alku"}]}""");

        assertThat(plan.getList("conflicts.kind")).containsExactly("excludes");
        assertThat(plan.getBoolean("pairs.find { it.a == 'starttiraha' && it.b == 'palkkatuki' }.samePhase")).isTrue();
        assertThat(plan.getList("unknowns")).hasSize(2);
        assertThat(plan.getList("unknowns[0].askFrom.id")).contains("tyonantaja");
    }

    @Test
    void theGetFormWithTheShareableParametersGivesTheSameAnswer() {
        JsonPath posted = post(REVERSED);
        JsonPath got = given().get("/api/v1/plans/check?situation=tyonhakija&lang=en&step=tyokokeilu:tyohon&step=palkkatuki:alku")
                .then().statusCode(200).extract().jsonPath();
        assertThat(got.getMap("")).isEqualTo(posted.getMap(""));
    }

    @Test
    void withoutASituationThePhasesAreNowNextAndLater() {
        JsonPath plan = post("""
                {"steps":[{"item":"osasairauspaivaraha","phase":"later"},{"item":"ammatillinen-kuntoutus"}]}""");
        assertThat(plan.getList("phases.id")).containsExactly("now", "next", "later");
        assertThat(plan.getList("phases.title")).containsExactly("Nyt", "Seuraavaksi", "Myöhemmin");
        assertThat(plan.getList("steps.item")).containsExactly("ammatillinen-kuntoutus", "osasairauspaivaraha");
        assertThat(plan.getBoolean("steps[0].usageKnown")).isFalse();
        assertThat(plan.getString("steps[0].duration.text")).isEqualTo("ei tiedossa lähteistä");
        assertThat(plan.getString("steps[1].timing[0].kind")).isEqualTo("apply-within");
        assertThat(plan.getInt("steps[1].timing[0].months")).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"situation\":\"kuu\",\"steps\":[]}|situation|Unknown situation 'kuu'",
            "{\"steps\":[{\"item\":\"kuu\",\"phase\":\"now\"}]}|steps|Unknown item 'kuu'",
            "{\"situation\":\"tyonhakija\",\"steps\":[{\"item\":\"tyokokeilu\",\"phase\":\"now\"}]}|steps|Unknown phase 'now'",
            "{\"steps\":[{\"item\":\"tyokokeilu\"},{\"item\":\"tyokokeilu\"}]}|steps|twice",
            "{\"steps\":[{\"phase\":\"now\"}]}|steps|needs an item",
            "{\"steps\":[|body|not a plan in JSON",
            "{\"steps\":[],\"owner\":\"x\"}|owner|Unknown field 'owner'",
            "{\"lang\":\"de\",\"steps\":[]}|lang|Unknown language 'de'",
    })
    void badPlansAreA400ProblemThatSaysWhatToFix(String body, String parameter, String message) {
        given().contentType("application/json").body(body).post("/api/v1/plans/check")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("parameter", equalTo(parameter)).body("detail", containsString(message));
    }

    @Test
    void moreThanTwentyStepsIsA400() {
        StringBuilder steps = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            steps.append(i == 0 ? "" : "&").append("step=tyokokeilu:now");
        }
        given().get("/api/v1/plans/check?" + steps).then().statusCode(400).body("detail", containsString("at most 20 steps"));
        given().get("/api/v1/plans/check?step=tyokokeilu&owner=x").then().statusCode(400).body("parameter", equalTo("owner"));
    }

    @Test
    void theOpenApiDocumentDescribesBothForms() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/plans/check'.post.requestBody", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/plans/check'.get.parameters.name", org.hamcrest.Matchers.hasItems("situation", "step", "lang"));
    }
}
