package fi.keinokartta.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import fi.keinokartta.core.Language;

/** The address scheme both ways, without Quarkus. */
class RoutesTest {

    @Test
    void everyPageHasAWordInEveryLanguageAndWordsAreUnique() {
        List<String> words = java.util.Arrays.stream(Routes.Page.values())
                .flatMap(page -> java.util.Arrays.stream(Language.values()).map(page::word)).toList();
        assertThat(words).doesNotContainNull().doesNotHaveDuplicates();
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
