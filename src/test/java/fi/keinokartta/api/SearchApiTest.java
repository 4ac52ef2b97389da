package fi.keinokartta.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fi.keinokartta.http.Problem;
import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * GET /api/v1/search against the real engine on the test corpus (six items, src/test/resources/corpus):
 * exact hit sets in three languages, facet counts, highlights and every kind of bad parameter.
 */
@QuarkusTest
class SearchApiTest {

    @BeforeEach
    void releaseIsLive() {
        LiveRelease.await();
    }

    private static JsonPath search(Map<String, ?> parameters) {
        return given().queryParams(parameters).get("/api/v1/search")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    private static List<String> ids(String lang, String q) {
        return search(Map.of("lang", lang, "q", q)).getList("hits.id");
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // inflected Finnish finds the base form
            "fi | työkokeiluun                  | tyokokeilu",
            "fi | starttirahaa                  | starttiraha",
            "fi | ammatillisessa kuntoutuksessa | ammatillinen-kuntoutus",
            "fi | osasairauspäivärahaa          | osasairauspaivaraha",
            // folding of diacritics and small typos
            "fi | tyokokeilu                    | tyokokeilu",
            "fi | palkatuki                     | palkkatuki",
            "en | wrok trial                    | tyokokeilu",
            // Swedish and English names, with their inflections
            "sv | arbetsprövningen              | tyokokeilu",
            "sv | yrkesinriktad rehabilitering  | ammatillinen-kuntoutus",
            "en | start-up grants               | starttiraha",
            "en | partial sickness allowance    | osasairauspaivaraha",
            // search-time synonyms across languages: none of these words is in the entries' texts
            "fi | saavutettavuus                | esteettomyys",
            "fi | accessibility                 | esteettomyys",
            "en | wage subsidy                  | palkkatuki",
            "sv | tillgänglighet                | esteettomyys",
            // a name in another language than the one asked for still finds the entry
            "fi | Work trial                    | tyokokeilu",
    })
    void namedQueriesFindExactlyTheirEntry(String lang, String query, String expected) {
        assertThat(ids(lang, query)).containsExactly(expected);
    }

    @Test
    void aPrefixFindsEntriesWhileTyping() {
        assertThat(ids("fi", "palkk")).containsExactly("palkkatuki");
        assertThat(ids("sv", "start")).containsExactly("starttiraha");
    }

    @Test
    void whenNoItemMatchesEveryWordItemsMatchingSomeAreShownAndSaidToBe() {
        JsonPath strict = search(Map.of("lang", "fi", "q", "työkokeilu"));
        assertThat(strict.getBoolean("relaxed")).isFalse();
        JsonPath relaxed = search(Map.of("lang", "fi", "q", "työkokeilu starttiraha"));
        assertThat(relaxed.getBoolean("relaxed")).isTrue();
        assertThat(relaxed.getList("hits.id")).containsExactlyInAnyOrder("tyokokeilu", "starttiraha");
        // A word matching nothing at all does not hide what the other word finds.
        assertThat(ids("fi", "starttiraha qwxzzy")).containsExactly("starttiraha");
    }

    @Test
    void theWholeStrictMatchRanksFirst() {
        // "palkkatuki" alone matches one item; with a second, common word the strict hit stays on top.
        List<String> hits = ids("fi", "palkkatuki työnantajalle");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0)).isEqualTo("palkkatuki");
    }

    @Test
    void anEmptyQueryListsEverythingByName() {
        JsonPath result = search(Map.of("lang", "fi"));
        assertThat(result.getInt("total")).isEqualTo(6);
        assertThat(result.getList("hits.id")).containsExactly("ammatillinen-kuntoutus", "esteettomyys", "osasairauspaivaraha",
                "palkkatuki", "starttiraha", "tyokokeilu");
        assertThat(result.getString("query")).isEmpty();
        assertThat(result.getString("release")).hasSize(12);
    }

    @Test
    void swedishNamesSortInSwedishOrder() {
        // Arbetsprövning, Lönesubvention, Partiell..., Startpeng, Tillgänglighet, Yrkesinriktad...
        assertThat(search(Map.of("lang", "sv")).getList("hits.title")).containsExactly("Arbetsprövning", "Lönesubvention",
                "Partiell sjukdagpenning", "Startpeng", "Tillgänglighet", "Yrkesinriktad rehabilitering");
    }

    @Test
    void hitsCarryTheirTextsInTheRequestedLanguage() {
        JsonPath result = search(Map.of("lang", "sv", "q", "startpeng"));
        assertThat(result.getString("hits[0].title")).isEqualTo("Startpeng");
        assertThat(result.getString("hits[0].summary")).isEqualTo("Stöd när du startar ett företag.");
        assertThat(result.getString("hits[0].type")).isEqualTo("benefit");
        assertThat(result.getList("hits[0].categories")).containsExactly("tyovoimapalvelut");
        assertThat(result.getList("hits[0].providers")).containsExactly("tyollisyyspalvelut");
        assertThat(result.getList("hits[0].situations")).containsExactly("yrittaja");
        assertThat(result.getString("lang")).isEqualTo("sv");
    }

    @Test
    void matchesAreHighlightedWithEscapedText() {
        JsonPath result = search(Map.of("lang", "fi", "q", "palkkatuki"));
        assertThat(result.getString("hits[0].highlight.title")).isEqualTo("<mark>Palkkatuki</mark>");
        JsonPath summary = search(Map.of("lang", "en", "q", "employer"));
        assertThat(summary.getString("hits[0].highlight.summary")).isEqualTo("The <mark>employer</mark> gets support for pay costs.");
    }

    @Test
    void facetCountsCoverEveryDimension() {
        JsonPath result = search(Map.of("lang", "en"));
        assertThat(counts(result, "type")).isEqualTo(Map.of("benefit", 3, "service", 2, "measure", 1));
        assertThat(counts(result, "category")).isEqualTo(Map.of("tyovoimapalvelut", 3, "kuntoutus", 2,
                "tyopaikan-keinot", 1, "sosiaaliturva", 1));
        assertThat(counts(result, "situation")).isEqualTo(Map.of("tyonhakija", 3, "tyossa", 3, "yrittaja", 1));
        assertThat(counts(result, "provider")).isEqualTo(Map.of("tyollisyyspalvelut", 3, "kela", 3,
                "tyoelakelaitos", 1, "tyonantaja", 1));
        assertThat(result.getString("facets.type.find { it.value == 'benefit' }.label")).isEqualTo("Benefit");
        assertThat(result.getString("facets.situation.find { it.value == 'tyossa' }.label"))
                .isEqualTo("In work, work ability declining");
    }

    @Test
    void aFacetsOwnSelectionDoesNotHideItsOtherValues() {
        JsonPath result = search(Map.of("lang", "fi", "type", "benefit"));
        assertThat(result.getInt("total")).isEqualTo(3);
        assertThat(result.getList("hits.id")).containsExactlyInAnyOrder("palkkatuki", "starttiraha", "osasairauspaivaraha");
        // The type facet still offers the other types with what selecting them would give...
        assertThat(counts(result, "type")).isEqualTo(Map.of("benefit", 3, "service", 2, "measure", 1));
        assertThat(result.getBoolean("facets.type.find { it.value == 'benefit' }.selected")).isTrue();
        // ...while the other facets count only benefits.
        assertThat(counts(result, "situation")).isEqualTo(Map.of("tyonhakija", 1, "tyossa", 1, "yrittaja", 1));
    }

    @Test
    void valuesOfOneFacetAddUpAndFacetsNarrowDown() {
        JsonPath either = search(Map.of("lang", "fi", "situation", "tyossa,yrittaja"));
        assertThat(either.getList("hits.id")).containsExactlyInAnyOrder("ammatillinen-kuntoutus", "esteettomyys",
                "osasairauspaivaraha", "starttiraha");
        JsonPath both = given().queryParam("lang", "fi").queryParam("situation", "tyonhakija")
                .queryParam("category", "kuntoutus").get("/api/v1/search").then().statusCode(200).extract().jsonPath();
        assertThat(both.getList("hits.id")).containsExactlyInAnyOrder("tyokokeilu", "ammatillinen-kuntoutus");
        assertThat(counts(both, "category")).containsEntry("kuntoutus", 2).containsEntry("tyovoimapalvelut", 2);
    }

    @Test
    void facetsApplyToTextSearchToo() {
        JsonPath all = search(Map.of("lang", "fi", "q", "tukea"));
        assertThat(all.getList("hits.id")).hasSize(5).doesNotContain("tyokokeilu");
        JsonPath benefits = search(Map.of("lang", "fi", "q", "tukea", "type", "benefit"));
        assertThat(benefits.getList("hits.id")).containsExactlyInAnyOrder("palkkatuki", "starttiraha", "osasairauspaivaraha");
        // Counted among the hits of the text, ignoring only the type selection itself.
        assertThat(counts(benefits, "type")).isEqualTo(Map.of("benefit", 3, "service", 1, "measure", 1));
    }

    @Test
    void pagesThroughResults() {
        JsonPath first = search(Map.of("lang", "fi", "size", "4"));
        JsonPath second = search(Map.of("lang", "fi", "size", "4", "page", "2"));
        assertThat(first.getList("hits.id")).hasSize(4);
        assertThat(second.getList("hits.id")).containsExactly("starttiraha", "tyokokeilu");
        assertThat(second.getInt("total")).isEqualTo(6);
        assertThat(second.getInt("page")).isEqualTo(2);
        assertThat(second.getInt("size")).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "lang=de                 | lang     | Unknown language 'de'; use one of: fi, sv, en.",
            "size=101                | size     | The parameter 'size' must be between 1 and 100; it was 101.",
            "size=0                  | size     | must be between 1 and 100",
            "size=many               | size     | The parameter 'size' must be a whole number; it was 'many'.",
            "page=0                  | page     | The parameter 'page' must be between 1 and 10000",
            "page=200&size=100       | page     | Results can be paged up to the 10000th hit",
            "category=kuntotus       | category | Unknown category 'kuntotus'; the values are listed at /api/v1/taxonomies.",
            "type=pension            | type     | Unknown type 'pension'",
            "situation=retired       | situation| Unknown situation 'retired'",
            "provider=kelaa          | provider | Unknown provider 'kelaa'",
            "sort=date               | sort     | Unknown sort order 'date'; use relevance or name.",
            "categories=kuntoutus    | categories | Unknown parameter 'categories'; this address accepts:",
            "q=a&q=b                 | q        | The parameter 'q' was given 2 times; give it once.",
    })
    void badParametersAreRefusedWithAClearProblem(String query, String parameter, String detail) {
        given().get("/api/v1/search?" + query)
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("parameter", equalTo(parameter.strip()))
                .body("detail", containsString(detail.strip()))
                .body("instance", startsWith("/api/v1/search?"));
    }

    @Test
    void anAbsurdlyLongQueryIsRefused() {
        given().queryParam("q", "työ ".repeat(200)).get("/api/v1/search")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("The search text is too long: at most 200 characters, but it has 799."));
    }

    @Test
    void queriesWithSearchSyntaxOrOddCharactersNeverFail() {
        for (String odd : List.of("\"työ", "työ)", "+-*", "((", "\\", "tyo~", "/regex/", "<script>", "%", "' OR 1=1")) {
            given().queryParam("q", odd).get("/api/v1/search").then().statusCode(200);
        }
    }

    @Test
    void unknownApiAddressesAnswerWithAProblem() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("There is nothing at /api/v1/nothing-here."));
        given().post("/api/v1/search").then().statusCode(405).contentType(Problem.MEDIA_TYPE);
    }

    private static Map<String, Integer> counts(JsonPath result, String facet) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        List<Map<String, Object>> values = result.getList("facets." + facet);
        values.forEach(v -> counts.put((String) v.get("value"), (Integer) v.get("count")));
        return counts;
    }
}
