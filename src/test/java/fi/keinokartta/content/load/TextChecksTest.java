package fi.keinokartta.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.keinokartta.content.load.TextChecks.TextProblem;

/** Checks of free texts, without files or Quarkus. */
class TextChecksTest {

    private static List<TextProblem> check(String text, boolean figuresAllowed) {
        return TextChecks.problems(text, Set.of("amount"), Set.of("palkkatuki"), figuresAllowed);
    }

    @Test
    void aCleanTextHasNoProblems() {
        assertThat(check("Saat {{amount}}. Katso [palkkatuki](item:palkkatuki).", true)).isEmpty();
    }

    @Test
    void unknownPlaceholdersAndLinksAreErrors() {
        assertThat(check("{{other}} ja [x](item:missing)", true)).extracting(TextProblem::severity)
                .containsExactly(Severity.ERROR, Severity.ERROR);
        assertThat(check("{{amount}}", false)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("can only be used in item texts"));
    }

    @Test
    void aBareFigureIsAWarning() {
        assertThat(check("Tuki on 700 euroa kuukaudessa, 30 päivää.", true)).extracting(TextProblem::severity)
                .contains(Severity.WARNING).doesNotContain(Severity.ERROR);
        assertThat(check("Hakija on 30-vuotias.", true)).isEmpty();
    }
}
