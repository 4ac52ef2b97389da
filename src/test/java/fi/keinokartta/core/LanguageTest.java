package fi.keinokartta.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void thePathPatternListsEveryLanguage() {
        assertThat(Language.PATH_PATTERN)
                .isEqualTo(Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining("|")));
    }

    @Test
    void codesAreReadLeniently() {
        assertThat(Language.fromCode(" SV ")).contains(Language.SV);
        assertThat(Language.fromCode("de")).isEmpty();
        assertThat(Language.fromCode(null)).isEmpty();
    }

    @Test
    void theBrowsersBestLanguageOrTheDefault() {
        assertThat(Language.fromAcceptLanguage("de-DE,sv;q=0.8,en;q=0.5")).isEqualTo(Language.SV);
        assertThat(Language.fromAcceptLanguage("en-GB")).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage("de")).isEqualTo(Language.DEFAULT);
        assertThat(Language.fromAcceptLanguage("not a header;;")).isEqualTo(Language.DEFAULT);
        assertThat(Language.fromAcceptLanguage(null)).isEqualTo(Language.DEFAULT);
    }
}
