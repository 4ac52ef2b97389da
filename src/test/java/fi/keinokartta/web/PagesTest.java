package fi.keinokartta.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.junit.QuarkusTest;

/** Every page type answers in each language with its key content, language attributes and security headers. */
@QuarkusTest
class PagesTest {

    @BeforeEach
    void releaseIsLive() {
        LiveRelease.await();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/fi/                                   | fi | <h1>Mikä voisi auttaa sinua jatkamaan työssä tai pääsemään töihin?</h1> | Etsin työtä",
            "/sv/                                   | sv | <h1>Vad kunde hjälpa dig att fortsätta arbeta eller få arbete?</h1>      | Jag söker arbete",
            "/en/                                   | en | <h1>What could help you keep working or get into work?</h1>               | I am looking for work",
            "/fi/haku?q=työkokeilu                  | fi | <h1>Hakutulokset: työkokeilu</h1>                                         | <mark>Työkokeilu</mark>",
            "/sv/sok?type=benefit                   | sv | 3 resultat                                                                 | Lönesubvention",
            "/en/search?q=nothing-like-this         | en | Nothing was found for “nothing-like-this”.                                 | Try a shorter or more general word",
            "/fi/keinot/tyokokeilu                  | fi | <h1>Työkokeilu</h1>                                                        | 6 kuukautta (1.1.2025 alkaen)",
            "/sv/atgarder/tyokokeilu                | sv | <h1>Arbetsprövning</h1>                                                    | 6 månader (från 1.1.2025)",
            "/en/measures/tyokokeilu                | en | <h1>Work trial</h1>                                                        | 6 months (from 1 January 2025)",
            "/fi/tilanteet                          | fi | <h1>Tilanteet</h1>                                                         | Työnhakija",
            "/sv/situationer/tyonhakija             | sv | <h1>Arbetssökande</h1>                                                     | Kontrollera alla kombinationer",
            "/en/situations/tyossa                  | en | <h1>In work, work ability declining</h1>                                   | Sick-leave timeline",
            "/fi/kysely                             | fi | <h1>Mikä voisi sopia minulle?</h1>                                         | name=\"sickLeaveSince\"",
            "/sv/fragor?status=unemployed           | sv | <h1>Vad som kunde passa dig</h1>                                           | Inte kontrollerat här",
            "/en/for-employers                      | en | <h1>For employers and supervisors</h1>                                     | Checklist",
            "/fi/yhdistelmat?ids=tyokokeilu,palkkatuki | fi | <h1>Yhdistelmätarkistin</h1>                                            | Tyypillisesti peräkkäin",
            "/sv/kombinationer?ids=esteettomyys&ids=starttiraha | sv | Ingen dokumenterad regel                                           | Fråga mer",
            "/en/combinations?ids=tyokokeilu        | en | Choose at least two different measures.                                   | Work trial",
            "/fi/saavutettavuusseloste              | fi | <h1>Saavutettavuusseloste</h1>                                             | WCAG 2.1",
            "/sv/tillganglighetsutlatande           | sv | <h1>Tillgänglighetsutlåtande</h1>                                          | WCAG 2.1",
            "/en/accessibility-statement            | en | <h1>Accessibility statement</h1>                                           | WCAG 2.1",
            "/fi/uutta                              | fi | <h1>Mitä uutta</h1>                                                        | Tilaa muutokset",
    })
    void pagesAnswerInTheirLanguage(String path, String lang, String heading, String content) {
        given().get(path.strip()).then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"), containsString("script-src 'self'"),
                        not(containsString("unsafe-inline"))))
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("<html lang=\"" + lang.strip() + "\">"))
                .body(containsString("hreflang=\"sv\""))
                .body(containsString(heading.strip()))
                .body(containsString(content.strip()))
                .body(containsString("class=\"footer-release\""))
                .body(not(containsString("<script>")));
    }

    @Test
    void measurePagesCarryStructuredData() {
        given().get("/en/measures/palkkatuki").then().statusCode(200)
                .body(containsString("<script type=\"application/ld+json\">"))
                .body(containsString("\"@type\":\"GovernmentService\""))
                .body(containsString("\"name\":\"Pay subsidy\""));
    }

    @Test
    void aMeasureWithinItsReviewDateShowsNoNotice() {
        // The corpus entries are to be reviewed by 2099; the overdue notice itself is tested in EditorFlowTest.
        given().get("/fi/keinot/palkkatuki").then().statusCode(200)
                .body(not(containsString("olisi pitänyt tarkistaa")));
    }

    @Test
    void theBareAddressLeadsToTheReadersLanguage() {
        given().redirects().follow(false).header("Accept-Language", "sv-FI,sv;q=0.9,en;q=0.5").get("/")
                .then().statusCode(303).header("Location", endsWith("/sv/"));
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/fi/"));
    }

    @Test
    void anAddressWordOfAnotherLanguageLeadsToTheRightPage() {
        given().redirects().follow(false).get("/fi/measures/palkkatuki").then().statusCode(301)
                .header("Location", endsWith("/fi/keinot/palkkatuki"));
        given().redirects().follow(false).get("/en/haku?q=palkka").then().statusCode(301)
                .header("Location", endsWith("/en/search?q=palkka"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/fi/keinot/ei-ole   | 404 | Sivua ei löytynyt",
            "/sv/ingenstans      | 404 | Sidan hittades inte",
            "/en/measures/nope   | 404 | Page not found",
            "/fi/haku?size=999   | 400 | Pyyntöä ei voitu käsitellä",
            "/de/irgendwo        | 404 | Sivua ei löytynyt",
    })
    void errorsAreFriendlyPagesInTheRightLanguage(String path, int status, String text) {
        given().get(path.strip()).then().statusCode(status).contentType(containsString("text/html"))
                .body(containsString(text.strip()))
                .body(not(containsString("Exception")));
    }

    @Test
    void theCheckerNamesWhatItCouldNotFind() {
        given().get("/fi/yhdistelmat?ids=tyokokeilu,ei-ole,palkkatuki").then().statusCode(400)
                .body(containsString("Näitä keinoja ei löytynyt, joten ne jätettiin pois: ei-ole"))
                .body(containsString("table class=\"matrix\""));
        given().get("/en/combinations?ids=tyokokeilu,palkkatuki&situation=mars").then().statusCode(400)
                .body(containsString("The situation “mars” was not found"));
    }

    @Test
    void theSitemapListsEveryPageInEveryLanguage() {
        given().get("/sitemap.xml").then().statusCode(200).contentType(containsString("xml"))
                .body(containsString("/fi/keinot/tyokokeilu</loc>"))
                .body(containsString("hreflang=\"en\" href=\"http://localhost:8080/en/measures/tyokokeilu\""))
                .body(containsString("/sv/situationer/yrittaja</loc>"))
                .body(containsString("/fi/kysely</loc>")).body(containsString("/sv/for-arbetsgivare</loc>"))
                .body(containsString("/en/plan</loc>"));
        given().get("/robots.txt").then().statusCode(200).body(containsString("Sitemap: http://localhost:8080/sitemap.xml"));
    }

    @Test
    void theWhatsNewFeedIsAtom() {
        given().get("/en/whats-new/feed.xml").then().statusCode(200)
                .contentType(startsWith("application/atom+xml"))
                .body(startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>"))
                .body(containsString("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"))
                .body(containsString("<entry>"));
    }

    @Test
    void assetsAreCachedForLongAndVersioned() {
        String page = given().get("/fi/").then().extract().asString();
        String css = page.replaceAll("(?s).*<link rel=\"stylesheet\" href=\"([^\"]+)\".*", "$1");
        given().get(css).then().statusCode(200).header("Cache-Control", containsString("max-age=31536000"));
        given().get("/static/site.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/fi/").then().body(containsString("site.css?v="));
    }

    @Test
    void suggestionsComeFromNamesBeingTyped() {
        given().get("/api/v1/suggest?q=palk&lang=fi").then().statusCode(200)
                .body("suggestions[0].title", equalTo("Palkkatuki"))
                .body("suggestions[0].url", equalTo("/fi/keinot/palkkatuki"));
        given().get("/api/v1/suggest?q=p&lang=fi").then().statusCode(200).body("suggestions.size()", equalTo(0));
    }
}
