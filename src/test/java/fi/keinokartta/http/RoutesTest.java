package fi.keinokartta.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import fi.keinokartta.core.Language;

/** The address scheme both ways, without Quarkus. */
class RoutesTest {

    @Test
    void everyPageHasAWordInEveryLanguageAndWordsAreUnique() {
        for (Language language : Language.values()) {
            List<String> words = java.util.Arrays.stream(Routes.Page.values()).map(page -> page.word(language)).toList();
            assertThat(words).as(language.code()).doesNotContainNull().doesNotHaveDuplicates();
        }
        // A word may be shared by two languages ("plan" in Swedish and English) only for the same page.
        for (Routes.Page page : Routes.Page.values()) {
            for (Routes.Page other : Routes.Page.values()) {
                if (page != other) {
                    for (Language a : Language.values()) {
                        for (Language b : Language.values()) {
                            assertThat(page.word(a)).as(page + "/" + other).isNotEqualTo(other.word(b));
                        }
                    }
                }
            }
        }
    }

    @Test
    void aWordSharedByTwoLanguagesIsMatchedInTheAddressLanguage() {
        assertThat(Routes.match("plan", Language.EN)).contains(new Routes.Match(Routes.Page.PLAN, Language.EN));
        assertThat(Routes.match("plan", Language.SV)).contains(new Routes.Match(Routes.Page.PLAN, Language.SV));
        assertThat(Routes.match("plan", Language.FI)).contains(new Routes.Match(Routes.Page.PLAN, Language.SV));
        assertThat(Routes.plan(Language.FI, "tyossa", List.of(java.util.Map.entry("tyokokeilu", "alku")), "r1", "view", "person"))
                .isEqualTo("/fi/suunnitelma?situation=tyossa&step=tyokokeilu%3Aalku&release=r1&view=person");
    }

    @Test
    void aWordIsMatchedToItsPageAndLanguage() {
        assertThat(Routes.match("keinot")).contains(new Routes.Match(Routes.Page.ITEM, Language.FI));
        assertThat(Routes.match("kombinationer")).contains(new Routes.Match(Routes.Page.CHECKER, Language.SV));
        assertThat(Routes.match("whats-new")).contains(new Routes.Match(Routes.Page.WHATS_NEW, Language.EN));
        assertThat(Routes.match("nothing-here")).isEmpty();
    }

    @Test
    void addressesStartWithTheLanguage() {
        assertThat(Routes.home(Language.SV)).isEqualTo("/sv/");
        assertThat(Routes.item(Language.EN, "palkkatuki")).isEqualTo("/en/measures/palkkatuki");
        assertThat(Routes.situation(Language.FI, "tyossa")).isEqualTo("/fi/tilanteet/tyossa");
        assertThat(Routes.feed(Language.FI)).isEqualTo("/fi/uutta/feed.xml");
    }

    @Test
    void theCheckerAddressCarriesItsChoicesEncoded() {
        assertThat(Routes.checker(Language.FI, List.of("a", "b c"), "tyossa"))
                .isEqualTo("/fi/yhdistelmat?ids=a&ids=b+c&situation=tyossa");
        assertThat(Routes.checker(Language.EN, List.of(), null)).isEqualTo("/en/combinations");
    }
}
