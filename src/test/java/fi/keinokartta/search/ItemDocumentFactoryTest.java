package fi.keinokartta.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The indexed texts (and so the snippets) are sentences, without the markers of Markdown lists. */
class ItemDocumentFactoryTest {

    @Test
    void listMarkersAreRemoved() {
        assertThat(ItemDocumentFactory.plain("Ehdot:\n- Jos olet työtön\n  * Jos olet sairas\n3. Hae tukea\n10) Odota"))
                .isEqualTo("Ehdot:\nJos olet työtön\nJos olet sairas\nHae tukea\nOdota");
        assertThat(ItemDocumentFactory.plain("Tuki on 3.5 % ja -5 astetta")).isEqualTo("Tuki on 3.5 % ja -5 astetta");
    }
}
