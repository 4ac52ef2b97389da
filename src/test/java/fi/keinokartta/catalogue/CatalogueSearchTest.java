package fi.keinokartta.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The real catalogue is findable: every item by its Finnish, Swedish and English name, and by an
 * inflected Finnish form of its name, as the first hit.
 */
@QuarkusTest
@TestProfile(RealCatalogueProfile.class)
class CatalogueSearchTest {

    @BeforeEach
    void releaseIsLive() {
        LiveRelease.await();
    }

    private static List<String> hits(String lang, String query) {
        return given().queryParam("lang", lang).queryParam("q", query).get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath().getList("hits.id");
    }

    private static String title(String id, String lang) {
        return given().queryParam("lang", lang).get("/api/v1/measures/" + id).then().statusCode(200)
                .extract().jsonPath().getString("title");
    }

    @ParameterizedTest(name = "{0} by its names and ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "ammatillinen-koulutus                 | ammatilliseen koulutukseen",
            "ammatillinen-kuntoutus                | ammatillisessa kuntoutuksessa",
            "ammatinvalinta-ja-uraohjaus           | ammatinvalinnan ohjausta",
            "apuvalineet                           | apuvälineitä työhön",
            "elakkeen-lepaamaan-jattaminen         | eläkkeen lepäämään jättämisestä",
            "elinkeinotuki                         | elinkeinotukea",
            "erikoissairaanhoito                   | erikoissairaanhoidossa",
            "esteettomyys                          | työpaikan esteettömyydestä",
            "koulutuskokeilu                       | koulutuskokeiluun",
            "kuntoutuksen-kustannusten-korvaaminen | kuntoutuksen kustannuksista",
            "kuntoutusraha                         | kuntoutusrahaa",
            "laakinnallinen-kuntoutus              | lääkinnälliseen kuntoutukseen",
            "matkakulujen-korvaus                  | matkakulujen korvauksen",
            "monialainen-yhteispalvelu             | monialaista tukea",
            "muu-tyopaikkakoulutus                 | työpaikkakoulutukseen",
            "omaehtoisen-opiskelun-tuki            | omaehtoisesta opiskelusta",
            "oppisopimuskoulutus                   | oppisopimuskoulutukseen",
            "osasairauspaivaraha                   | osasairauspäivärahaa",
            "osatyokyvyttomyyselake                | osatyökyvyttömyyseläkkeellä",
            "palkkatuki                            | palkkatukea",
            "perusterveydenhuolto                  | perusterveydenhuollossa",
            "sairauspaivaraha                      | sairauspäivärahalla",
            "sosiaalinen-kuntoutus                 | sosiaaliseen kuntoutukseen",
            "sosiaalipalvelut                      | sosiaalipalveluista",
            "starttiraha                           | starttirahaa",
            "tyohonvalmennus                       | työhönvalmennukseen",
            "tyojarjestelyt                        | työjärjestelyillä",
            "tyokanava                             | työkanavaan",
            "tyokokeilu                            | työkokeiluun",
            "tyokykykoordinaattori                 | työkykykoordinaattorille",
            "tyokykyneuvottelu                     | työkykyneuvotteluun",
            "tyokyvyttomyyselake                   | työkyvyttömyyseläkkeelle",
            "tyonhaku-ja-uravalmennus              | uravalmennukseen",
            "tyonvalitys                           | työnvälityksen",
            "tyoolosuhteiden-jarjestelytuki        | työolosuhteiden järjestelytukea",
            "tyopaikan-jarjestelyt                 | työpaikan järjestelyistä",
            "tyoterveyshuolto                      | työterveyshuollossa",
            "tyottomien-terveystarkastus           | työttömien terveystarkastukseen",
            "tyottomyysetuus                       | työttömyysetuutta",
            "tyoturvallisuus                       | työturvallisuudesta",
            "tyovoimakoulutus                      | työvoimakoulutukseen",
            "tyoyhteiso                            | työyhteisön tukea",
            "vammaistuki                           | vammaistukea",
            "varhainen-tuki                        | varhaisen tuen mallista",
    })
    void everyItemIsTheFirstHitForItsNamesAndAnInflectedForm(String id, String inflected) {
        for (String lang : List.of("fi", "sv", "en")) {
            String name = title(id, lang);
            assertThat(hits(lang, name)).as("%s name '%s'", lang, name).first().isEqualTo(id);
        }
        assertThat(hits("fi", inflected)).as("inflected '%s'", inflected).first().isEqualTo(id);
    }
}
