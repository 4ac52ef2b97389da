package fi.keinokartta.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The plan pages on the test corpus: the plan in its address, GET-form edits, print versions, a shared plan re-checked. */
@QuarkusTest
class PlanPagesTest {

    private static final String REVERSED = "situation=tyonhakija&step=palkkatuki:alku&step=tyokokeilu:tyohon";

    @BeforeEach
    void releaseIsLive() {
        LiveRelease.await();
    }

    private static String live() {
        return given().get("/api/v1/plans/check").then().statusCode(200).extract().path("release");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/fi/suunnitelma | fi | <h1>Suunnitelma</h1> | Aloita tilanteesta",
            "/sv/plan        | sv | <h1>Plan</h1>        | Börja från en situation",
            "/en/plan        | en | <h1>Plan</h1>        | Start from a situation",
    })
    void thePlanPageAnswersInEachLanguage(String path, String lang, String heading, String content) {
        given().redirects().follow(false).get(path).then().statusCode(200)
                .body(allOf(containsString("<html lang=\"" + lang + "\""), containsString(heading), containsString(content)));
    }

    @Test
    void aPlanShowsStepsInPhaseOrderWithUsageLanesAndTheReversedSequenceAtTheStepsConcerned() {
        String html = given().get("/en/plan?" + REVERSED + "&release=" + live()).then().statusCode(200).extract().asString();

        assertThat(html).contains("<h2>1. Start</h2>", "<h2>2. Into work</h2>");
        assertThat(html.indexOf("id=\"step-palkkatuki\"")).isLessThan(html.indexOf("id=\"step-tyokokeilu\""));
        assertThat(html).contains("Work trial typically comes before Pay subsidy, but in this plan it is in a later phase.");
        assertThat(html.split("class=\"step-conflict")).hasSize(3); // at both steps concerned
        assertThat(html).contains("<a href=\"https://tyomarkkinatori.fi/\">Job Market Finland</a>",
                "The decision before the job starts.", "An employment relationship", "Who does what", "The employer");
        assertThat(html).doesNotContain("release-notice");
    }

    @Test
    void addMoveAndRemoveArePlainGetFormsAnsweredWithTheCleanAddress() {
        String release = live();
        String added = given().redirects().follow(false)
                .get("/fi/suunnitelma?situation=tyonhakija&step=tyokokeilu:alku&release=" + release + "&add=palkkatuki&to=tyohon")
                .then().statusCode(303).extract().header("Location");
        assertThat(added).endsWith("/fi/suunnitelma?situation=tyonhakija&step=tyokokeilu%3Aalku&step=palkkatuki%3Atyohon&release="
                + release);

        String moved = given().redirects().follow(false)
                .get("/fi/suunnitelma?situation=tyonhakija&step=tyokokeilu:alku&step=palkkatuki:tyohon&move=tyokokeilu&to=tyohon")
                .then().statusCode(303).extract().header("Location");
        assertThat(moved).contains("step=palkkatuki%3Atyohon&step=tyokokeilu%3Atyohon");

        String removed = given().redirects().follow(false)
                .get("/fi/suunnitelma?situation=tyonhakija&step=tyokokeilu:alku&step=palkkatuki:tyohon&remove=tyokokeilu")
                .then().statusCode(303).extract().header("Location");
        assertThat(removed).contains("step=palkkatuki%3Atyohon").doesNotContain("tyokokeilu");

        String fromChecker = given().redirects().follow(false).get("/sv/plan?ids=tyokokeilu,palkkatuki&situation=tyonhakija")
                .then().statusCode(303).extract().header("Location");
        assertThat(fromChecker).contains("/sv/plan?situation=tyonhakija&step=tyokokeilu%3Aalku&step=palkkatuki%3Aalku");
    }

    @Test
    void theCheckerAndTheSituationPageLinkIntoThePlan() {
        given().get("/fi/yhdistelmat?ids=tyokokeilu,palkkatuki&situation=tyonhakija").then().statusCode(200)
                .body(containsString("href=\"/fi/suunnitelma?ids=tyokokeilu%2Cpalkkatuki&amp;situation=tyonhakija\">Avaa suunnitelmana</a>"));
        given().get("/en/situations/tyonhakija").then().statusCode(200)
                .body(containsString("href=\"/en/plan?situation=tyonhakija\">Make a plan from this situation</a>"));
    }

    @Test
    void thePersonsPrintVersionWritesSourceAddressesOutAndCarriesAQrCodeBackToThePlan() {
        String html = given().get("/fi/suunnitelma?" + REVERSED + "&view=person").then().statusCode(200).extract().asString();

        assertThat(html).contains("<h1>Suunnitelmani</h1>", "Sinun tehtäväsi", "Lähteet (osoitteet)",
                ">https://www.kela.fi/</a>", "(https://tyomarkkinatori.fi/)");
        assertThat(html).containsPattern("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 \\d+ \\d+\" role=\"img\"");
        assertThat(html).contains("<title id=\"qr-title\">QR-koodi, joka avaa suunnitelman</title>");
        assertThat(html).doesNotContain("style=");
    }

    @Test
    void theEmployersPrintVersionShowsOnlyTheWorkplacesStepsAndNoHealthDetails() {
        String html = given().get("/en/plan?situation=tyonhakija&step=osasairauspaivaraha:alku&step=palkkatuki:tyohon&view=employer")
                .then().statusCode(200).extract().asString();

        assertThat(html).contains("<h1>The workplace&#39;s tasks in the plan</h1>", "<h3>Pay subsidy</h3>");
        assertThat(html).doesNotContain("Partial sickness allowance", "Medical statement B", "OmaKela");
    }

    @Test
    void aSharedPlanFromAnOlderReleaseIsCheckedAgainAndSaysSo() {
        given().get("/en/plan?" + REVERSED + "&release=0123456789abcdef").then().statusCode(200)
                .body(containsString("This plan was made with release 0123456789abcdef. It has now been checked again with release "))
                .body(containsString("The old release is no longer kept"))
                .body(containsString("Update the address to the current release"));
    }

    @Test
    void unknownItemsAndSituationsAreA400PageThatKeepsTheRest() {
        Response response = given().get("/en/plan?situation=kuu&step=tyokokeilu:now&step=olematon:now");
        response.then().statusCode(400)
                .body(containsString("These measures were not found and were left out: olematon"))
                .body(containsString("The situation &quot;kuu&quot; was not found"))
                .body(containsString("id=\"step-tyokokeilu\""))
                .body(not(containsString("Exception")));
    }

    @Test
    void theMeasurePageAndTheMeasureApiShowHowTheItemIsUsed() {
        given().get("/en/measures/palkkatuki").then().statusCode(200)
                .body(containsString("<h2 id=\"usage-heading\">Who applies, who decides and when</h2>"))
                .body(containsString("The decision before the job starts."))
                .body(containsString("href=\"/en/plan?ids=palkkatuki\">Add to a plan</a>"));
        given().get("/api/v1/measures/osasairauspaivaraha?lang=sv").then().statusCode(200)
                .body("usage.applicant.id", org.hamcrest.Matchers.contains("person"))
                .body("usage.decider[0].id", org.hamcrest.Matchers.equalTo("kela"))
                .body("usage.channel.label", org.hamcrest.Matchers.equalTo("MittFPA"))
                .body("usage.timing[0].kind", org.hamcrest.Matchers.equalTo("apply-within"))
                .body("usage.prerequisites[0].text", org.hamcrest.Matchers.equalTo("Läkarutlåtande B"));
        given().get("/api/v1/measures/ammatillinen-kuntoutus").then().statusCode(200)
                .body("usage.usageKnown", org.hamcrest.Matchers.equalTo(false))
                .body("usage.duration.kind", org.hamcrest.Matchers.equalTo("unknown"));
    }
}
