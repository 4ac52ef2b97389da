package fi.keinokartta.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.keinokartta.content.load.ContentLoader;
import fi.keinokartta.core.Catalogue;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.StaleFigures;
import fi.keinokartta.core.StaleFigures.StaleFigure;
import fi.keinokartta.http.Routes;
import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * On the real catalogue, a figure whose period has ended without a newer value is shown as out of date
 * next to the figure, and the page says how many there are; the API marks exactly those figures.
 */
@QuarkusTest
@TestProfile(RealCatalogueProfile.class)
class CatalogueStaleFiguresTest {

    private static final Map<Language, String> MARK = Map.of(Language.FI, "vanhentunut", Language.SV, "inaktuell",
            Language.EN, "out of date");
    private static final Map<Language, String> PAGE_NOTICE = Map.of(Language.FI, "tämän sivun luvuista on vanhentunut",
            Language.SV, "av siffrorna på den här sidan är inaktuella", Language.EN, "of the figures on this page are out of date");

    @BeforeEach
    void releaseIsLive() {
        LiveRelease.await();
    }

    private static Catalogue catalogue() {
        return new ContentLoader().load(Path.of("content")).catalogue();
    }

    @Test
    void everyStaleFigureIsMarkedOnItsPageInEveryLanguage() {
        List<StaleFigure> stale = StaleFigures.in(catalogue(), LocalDate.now());
        for (StaleFigure figure : stale) {
            long onThisItem = StaleFigures.count(figure.item(), LocalDate.now());
            for (Language language : Language.values()) {
                String html = given().get(Routes.item(language, figure.item().id())).then().statusCode(200).extract().asString();
                String label = figure.figure().label().get(language).replace("&", "&amp;").replace("'", "&#39;");
                String row = html.substring(html.indexOf(label));
                assertThat(row.substring(0, row.indexOf("</tr>"))).as(figure.file() + " " + figure.figure().id() + " " + language)
                        .contains("class=\"stale-mark\"").contains(MARK.get(language));
                assertThat(html).contains(onThisItem + " " + PAGE_NOTICE.get(language));
            }
        }
    }

    @Test
    void theApiMarksExactlyTheStaleFigures() {
        for (Item item : catalogue().items()) {
            if (item.figures().isEmpty()) {
                continue;
            }
            List<Map<String, Object>> figures = given().queryParam("lang", "en").get("/api/v1/measures/" + item.id())
                    .then().statusCode(200).extract().jsonPath().getList("figures");
            for (Map<String, Object> figure : figures) {
                boolean expected = item.figures().stream().filter(f -> f.id().equals(figure.get("id"))).findFirst()
                        .orElseThrow().isStaleOn(LocalDate.now());
                assertThat(figure.get("stale")).as(item.id() + " " + figure.get("id")).isEqualTo(expected);
            }
        }
    }

    @Test
    void aPageWithoutStaleFiguresHasNoStaleNotice() {
        String html = given().get(Routes.item(Language.FI, "palkkatuki")).then().statusCode(200).extract().asString();
        assertThat(StaleFigures.count(catalogue().items().stream().filter(i -> i.id().equals("palkkatuki")).findFirst()
                .orElseThrow(), LocalDate.now())).isZero();
        assertThat(html).doesNotContain("stale-mark").doesNotContain(PAGE_NOTICE.get(Language.FI));
    }
}
