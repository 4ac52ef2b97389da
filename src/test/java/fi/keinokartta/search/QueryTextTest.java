package fi.keinokartta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** How a query is bounded, cleaned of filler words and allowed typos, before it reaches the engine. */
class QueryTextTest {

    private static final List<String> FILLERS = List.of("miten", "haluan", "kan jag", "jag", "how", "to", "for", "can i");

    @Test
    void chineseAndJapaneseCharactersAreWordsOfTheirOwn() {
        assertThat(QueryText.words("työ 仕事を探す kokeilu")).containsExactly("työ", "仕", "事", "を", "探", "す", "kokeilu");
    }

    @Test
    void aQueryOfManyDistinctWordsIsCutToTheLimit() {
        String cjk = IntStream.range(0, 150).mapToObj(i -> new String(Character.toChars(0x4E00 + i * 7)))
                .collect(Collectors.joining());
        QueryText text = QueryText.of(cjk, FILLERS);
        assertThat(text.cut()).isTrue();
        assertThat(QueryText.words(text.bounded())).hasSize(QueryText.MAX_WORDS);
        assertThat(text.allowedEdits()).as("no typo tolerance on long queries").isZero();

        String words = IntStream.range(0, 40).mapToObj(i -> "sana" + i).collect(Collectors.joining(" "));
        assertThat(QueryText.of(words, FILLERS).bounded()).isEqualTo(IntStream.range(0, 32).mapToObj(i -> "sana" + i)
                .collect(Collectors.joining(" ")));
    }

    @Test
    void wordsWithManySynonymsCostMore() {
        var costs = QueryText.synonymCosts(List.of(List.of("sairausloma", "sjukskriven", "sick leave"),
                List.of("palkkatuki", "pay subsidy")));
        // A set costs its four words only where one of its members matches: "leave" alone is one word.
        assertThat(QueryText.of("leave pay", FILLERS, costs).searchedWords()).isEqualTo(2);
        String query = "sairausloma sick leave palkkatuki " + IntStream.range(0, 40).mapToObj(i -> "w" + i)
                .collect(Collectors.joining(" "));
        QueryText text = QueryText.of(query, FILLERS, costs);
        assertThat(text.cut()).isTrue();
        // sairausloma 1 + 4, sick 1, leave 1 + 4, palkkatuki 1 + 3 = 15 units, then one per word up to the budget.
        assertThat(text.searchedWords()).isEqualTo(4 + QueryText.MAX_UNITS - 15);
        assertThat(text.bounded()).startsWith("sairausloma sick leave palkkatuki w0 ").endsWith(" w" + (QueryText.MAX_UNITS - 16));
    }

    @Test
    void repeatedWordsCountOnce() {
        QueryText text = QueryText.of("palkkatuki ".repeat(60), FILLERS);
        assertThat(text.cut()).isFalse();
        assertThat(text.contentWords()).hasSize(60);
    }

    @Test
    void fillerWordsAndPhrasesAreLeftOut() {
        assertThat(QueryText.of("Miten haluan kuntoutusrahaa", FILLERS).content()).isEqualTo("kuntoutusrahaa");
        assertThat(QueryText.of("kan jag jobba deltid", FILLERS).content()).isEqualTo("jobba deltid");
        assertThat(QueryText.of("how to apply for rehabilitation allowance", FILLERS).content())
                .isEqualTo("apply rehabilitation allowance");
        // Only whole words: "tomorrow" keeps its "to", "kanjag" is not "kan jag".
        assertThat(QueryText.of("tomorrow kanjag", FILLERS).content()).isEqualTo("tomorrow kanjag");
        // Nothing but fillers: searched as typed.
        assertThat(QueryText.of("how to", FILLERS).content()).isEqualTo("how to");
    }

    @Test
    void typosAreAllowedOnlyInWordsOfModerateLength() {
        assertThat(QueryText.of("tyo", FILLERS).allowedEdits()).isZero();
        assertThat(QueryText.of("palkatuki", FILLERS).allowedEdits()).as("one edit, never two").isEqualTo(1);
        assertThat(QueryText.of("palkka", FILLERS).allowedEdits()).isEqualTo(1);
        assertThat(QueryText.of("osatyökyvyttömyyseläkkeellä", FILLERS).allowedEdits()).as("longer than 20").isZero();
        assertThat(QueryText.of("a b c d e f g h", FILLERS).allowedEdits()).isZero();
    }
}
