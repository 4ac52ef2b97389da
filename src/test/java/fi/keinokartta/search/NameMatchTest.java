package fi.keinokartta.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When is a query a name (inflected or misspelt) rather than a description? */
class NameMatchTest {

    @Test
    void inflectedOrMisspeltWordsOfANameAreClose() {
        assertThat(NameMatch.close("ammatillisessa", "ammatillinen")).isTrue();
        assertThat(NameMatch.close("wrok", "work")).isTrue();
        assertThat(NameMatch.close("tyokokeilu", NameMatch.fold("Työkokeilu"))).isTrue();
        assertThat(NameMatch.close("pain", "paid")).as("one letter apart in a short word").isTrue();
        assertThat(NameMatch.close("back", "work")).isFalse();
        assertThat(NameMatch.close("to", "tax")).isFalse();
    }
}
