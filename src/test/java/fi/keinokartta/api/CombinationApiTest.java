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

/** GET /api/v1/combinations: every pair answered, unknown pairs never read as "no". */
@QuarkusTest
class CombinationApiTest {

    @BeforeEach
    void releaseIsLive() {
        LiveRelease.await();
    }

    private static JsonPath check(String query) {
        return given().get("/api/v1/combinations?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyPairOfTheGivenItemsIsAnswered() {
        JsonPath result = check("ids=tyokokeilu,palkkatuki,starttiraha&lang=en");
        assertThat(result.getList("pairs")).hasSize(3);
        assertThat(result.getString("pairs[0].a")).isEqualTo("tyokokeilu");
        assertThat(result.getString("pairs[0].b")).isEqualTo("palkkatuki");
        assertThat(result.getString("pairs[0].verdict")).isEqualTo("sequence");
        assertThat(result.getString("pairs[0].first")).isEqualTo("tyokokeilu");
        assertThat(result.getString("pairs[0].explanation")).isEqualTo("A trial may lead to a subsidised job.");
        assertThat(result.getString("pairs[0].sources[0].url")).isEqualTo("https://tyomarkkinatori.fi/");
        assertThat(result.getString("pairs[0].validFrom")).isEqualTo("2025-01-01");
        assertThat(result.getString("pairs[2].verdict")).isEqualTo("excludes");
        assertThat(result.getString("pairs[2].verdictLabel")).isEqualTo("Not at the same time");
    }

    @Test
    void aPairWithoutARuleIsUnknownWithWhoToAsk() {
        JsonPath result = check("ids=esteettomyys,starttiraha&lang=fi");
        assertThat(result.getString("pairs[0].verdict")).isEqualTo("unknown");
        assertThat(result.getBoolean("pairs[0].documented")).isFalse();
        assertThat(result.getString("pairs[0].verdictLabel")).isEqualTo("Ei dokumentoitua sääntöä");
        assertThat(result.getList("pairs[0].askFrom.id")).containsExactly("tyonantaja", "tyollisyyspalvelut");
        assertThat(result.getList("pairs[0].sources")).isEmpty();
    }

    @Test
    void theSituationChoosesTheRuleThatAppliesInIt() {
        assertThat(check("ids=tyokokeilu,ammatillinen-kuntoutus&situation=tyossa").getString("pairs[0].verdict"))
                .isEqualTo("conditional");
        assertThat(check("ids=tyokokeilu,ammatillinen-kuntoutus&situation=tyonhakija").getString("pairs[0].verdict"))
                .isEqualTo("together");
        JsonPath elsewhere = check("ids=tyokokeilu,ammatillinen-kuntoutus&situation=yrittaja");
        assertThat(elsewhere.getString("pairs[0].verdict")).isEqualTo("unknown");
        assertThat(elsewhere.getList("pairs[0].otherSituationRules")).containsExactlyInAnyOrder(
                "tyokokeilu-ammatillinen-kuntoutus", "tyokokeilu-ammatillinen-kuntoutus-tyossa");
        assertThat(check("ids=osasairauspaivaraha,esteettomyys&situation=yrittaja").getString("pairs[0].verdict"))
                .as("a rule without situations holds in every situation").isEqualTo("together");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ids=tyokokeilu                       | ids       | Give at least two different item ids",
            "ids=tyokokeilu,tyokokeilu            | ids       | Give at least two different item ids",
            "lang=fi                              | ids       | Give at least two different item ids",
            "ids=tyokokeilu,eiole,muu             | ids       | Unknown item ids: eiole, muu.",
            "ids=tyokokeilu,palkkatuki&situation=x | situation | Unknown situation 'x'",
            "ids=a,b,c,d,e,f,g,h,i,j,k,l,m         | ids       | At most 12 items can be checked at once; 13 were given.",
    })
    void badRequestsAreRefusedWithAProblem(String query, String parameter, String detail) {
        given().get("/api/v1/combinations?" + query).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("parameter", equalTo(parameter.strip()))
                .body("detail", containsString(detail.strip()));
    }
}
