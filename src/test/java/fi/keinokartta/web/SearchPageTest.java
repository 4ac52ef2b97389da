package fi.keinokartta.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

import fi.keinokartta.catalogue.RealCatalogueProfile;
import fi.keinokartta.testing.BrowserTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The search page on the real catalogue: filters in the page's language, snippets as plain text, results
 * before the filters on a phone (filters collapsible without JavaScript), no dead end, long queries.
 */
@QuarkusTest
@TestProfile(RealCatalogueProfile.class)
class SearchPageTest extends BrowserTest {

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "fi, haku, kuntoutus", "sv, sok, rehabilitering", "en, search, rehabilitation" })
    void filterLabelsAreInThePageLanguage(String lang, String word, String query) {
        List<Map<String, Object>> api = given().queryParam("lang", lang).queryParam("q", query).get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath().getList("facets.values().flatten()");
        List<String> expected = api.stream().map(v -> (String) v.get("label")).toList();
        assertThat(expected).isNotEmpty();
        try (BrowserContext context = browser.context(1280, false)) {
            Page page = context.newPage();
            page.navigate(base + lang + "/" + word + "?q=" + query);
            // Closed filters have no rendered text: read what the labels hold.
            List<String> shown = page.locator(".facets label").allTextContents().stream()
                    .map(label -> label.replaceAll("\\s*\\(\\d+\\)$", "").strip()).toList();
            assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);
            if (!lang.equals("fi")) {
                assertThat(shown).doesNotContain("Palvelu", "Etuus", "Työvoimapalvelut");
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "fi, haku, lääkärintodistus", "fi, haku, hakemus", "sv, sok, ansökan", "en, search, application",
            "en, search, certificate", "fi, haku, ehdot" })
    void snippetsAreTextWithoutListMarkup(String lang, String word, String query) {
        Pattern markup = Pattern.compile("(^|…|\\n)\\s*([-*+]|\\d{1,3}[.)])\\s");
        try (BrowserContext context = browser.context(1280, false)) {
            Page page = context.newPage();
            page.navigate(base + lang + "/" + word + "?q=" + query + "&size=50");
            List<String> snippets = page.locator(".result p:not(.result-type)").allInnerTexts();
            assertThat(snippets).isNotEmpty();
            assertThat(snippets).noneMatch(s -> markup.matcher(s).find());
        }
    }

    @Test
    void onAPhoneTheResultsComeFirstAndTheFiltersOpenWithoutJavaScript() {
        try (BrowserContext context = browser.context(360, false)) {
            Page page = context.newPage();
            page.navigate(base + "fi/haku?q=kuntoutus");
            BoundingBox firstResult = page.locator(".result").first().boundingBox();
            BoundingBox filters = page.locator(".facets").boundingBox();
            assertThat(firstResult.y).as("first result above the filters").isLessThan(filters.y);
            assertThat(firstResult.y).as("first result on the first screen of a phone (900 px)").isLessThan(700);
            assertThat(page.locator("input[name=type][value=benefit]").isVisible()).as("filters start closed").isFalse();

            page.locator(".facet-details summary").click();
            page.locator("input[name=type][value=benefit]").check();
            page.locator(".facet-form button[type=submit]").click();
            page.waitForURL("**type=benefit**");
            assertThat(page.locator(".facet-details").getAttribute("open")).as("open while filters are chosen").isNotNull();
            assertThat(page.locator(".facets h2").innerText()).contains("1");
            assertThat(page.locator(".result-type").allInnerTexts()).isNotEmpty().allMatch(t -> t.equalsIgnoreCase("Etuus"));
        }
    }

    @Test
    void onAWideScreenTheFiltersAreOpenWithTheScript() {
        try (BrowserContext context = browser.context(1280, true)) {
            Page page = context.newPage();
            page.navigate(base + "en/search?q=rehabilitation");
            assertThat(page.locator("input[name=type][value=benefit]").isVisible()).isTrue();
        }
    }

    @Test
    void nothingFoundOffersTheSituations() {
        List<String> situations = given().queryParam("lang", "en").get("/api/v1/taxonomies").then().statusCode(200)
                .extract().jsonPath().getList("situations.id");
        try (BrowserContext context = browser.context(1280, false)) {
            Page page = context.newPage();
            page.navigate(base + "en/search?q=qwxzzy");
            assertThat(page.locator(".no-results").isVisible()).isTrue();
            assertThat(page.locator(".no-results .pill-list a").count()).isEqualTo(situations.size());
        }
    }

    @Test
    void aPartialMatchIsShownWithANote() {
        try (BrowserContext context = browser.context(1280, false)) {
            Page page = context.newPage();
            page.navigate(base + "en/search?q=wheelchair+zebra+giraffe");
            assertThat(page.locator(".result").count()).isPositive();
            assertThat(page.locator(".notice").innerText()).contains("some of them");
        }
    }

    @Test
    void aVeryLongQueryIsCutWithANote() {
        String cjk = IntStream.range(0, 150).mapToObj(i -> new String(Character.toChars(0x4E00 + i * 7)))
                .collect(Collectors.joining());
        given().queryParam("lang", "fi").queryParam("q", cjk).get("/api/v1/search").then().statusCode(200);
        String words = IntStream.range(0, 40).mapToObj(i -> (char) ('a' + i % 26) + "" + i).collect(Collectors.joining(" "));
        List<String> notes = given().queryParam("lang", "en").queryParam("q", words).get("/api/v1/search").then()
                .statusCode(200).extract().jsonPath().getList("notes");
        assertThat(notes).singleElement().asString().contains("first 32 different words");
        // The worst words: many synonyms each (every word expands into its whole set), as many as 200 characters hold.
        StringBuilder synonyms = new StringBuilder();
        for (String word : List.of("sairausloma", "sjukskriven", "työkkäri", "amis", "typ-palvelu", "työterveys", "ammattikoulu",
                "uraohjaus", "apuvälineet", "sjukpension", "lönesubvention", "työsuojelu", "sosiaalitoimi", "terveyskeskus",
                "läroavtal", "startpeng", "arbetsprövning", "työhönvalmentaja", "työvoimakoulutus", "kuntoutusraha")) {
            if (synonyms.length() + word.length() + 1 <= 200 - " qwxzzy".length()) {
                synonyms.append(word).append(' ');
            }
        }
        List<String> cutNotes = given().queryParam("lang", "fi").queryParam("q", synonyms.toString().strip() + " qwxzzy")
                .get("/api/v1/search").then().statusCode(200).extract().jsonPath().getList("notes");
        assertThat(cutNotes).as("synonym-rich words are cut earlier").singleElement().asString().contains("only its first");
        given().queryParam("q", cjk).get("/fi/haku").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("32 ensimmäistä"));
    }
}
