package fi.keinokartta.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The passage of a highlighted body that a search result shows. */
class BodyFragmentTest {

    @Test
    void nothingMarkedMeansNoPassage() {
        assertThat(BodyFragment.best(null)).isNull();
        assertThat(BodyFragment.best("Plain text. Nothing found here.")).isNull();
    }

    @Test
    void theSentencesWithMoreAndRarerMarkedWordsWin() {
        String filler = " This sentence is only here to fill the passage up to its length and a little beyond it.";
        String body = "Intro about <mark>work</mark>." + filler + filler + "\n"
                + "You can <mark>return</mark> to <mark>work</mark> <mark>part</mark>-time. Working part-time is voluntary.\n"
                + filler.strip() + filler + "\nMore <mark>work</mark> and <mark>work</mark> again.";
        // The best sentence, and the next while the passage stays within its size.
        assertThat(BodyFragment.best(body)).isEqualTo(
                "You can <mark>return</mark> to <mark>work</mark> <mark>part</mark>-time. Working part-time is voluntary.\n"
                        + filler.strip());
    }

    @Test
    void followingSentencesJoinWhileThePassageStaysShort() {
        String body = "First <mark>match</mark> here. Second short one. " + "x".repeat(200) + ".";
        assertThat(BodyFragment.best(body)).isEqualTo("First <mark>match</mark> here. Second short one.");
    }

    @Test
    void aLongSentenceIsCutAtSpacesAroundItsFirstMarkNeverInsideAMarkOrEntity() {
        String words = "word &amp; other ".repeat(30);
        String body = words + "<mark>needle in hay</mark> " + words + ".";
        String passage = BodyFragment.best(body);
        assertThat(passage).contains("<mark>needle in hay</mark>");
        assertThat(BodyFragment.visibleLength(passage)).isLessThanOrEqualTo(BodyFragment.SIZE);
        assertThat(body).contains(" " + passage + " ");
        assertThat(passage).doesNotStartWith("amp;").doesNotEndWith("&amp").doesNotEndWith("&");
        assertThat(passage.split("<mark>", -1).length).isEqualTo(passage.split("</mark>", -1).length);
    }

    @Test
    void aLongSentenceKeepsTheMarksThatFollowItsFirstOne() {
        String body = "word ".repeat(60) + "or a <mark>work</mark> <mark>trial</mark> and " + "more ".repeat(20) + "end.";
        String passage = BodyFragment.best(body);
        assertThat(passage).endsWith("<mark>work</mark> <mark>trial</mark> and").startsWith("word");
        assertThat(BodyFragment.visibleLength(passage)).isLessThanOrEqualTo(BodyFragment.SIZE);
    }

    @Test
    void textThatIsNotEscapedAsExpectedStillGivesAPassage() {
        String body = "a < b & c ".repeat(40) + "<mark>x</mark> " + "d > e ".repeat(40);
        assertThat(BodyFragment.best(body)).contains("<mark>x</mark>");
    }

    @Test
    void entitiesAndTagsDoNotCountAsVisibleCharacters() {
        assertThat(BodyFragment.visibleLength("a &amp; <mark>b</mark>")).isEqualTo(5);
    }

    @Test
    void sentencesEndAtStopsFollowedBySpaceAndAtLineBreaks() {
        assertThat(BodyFragment.sentences("One. Two 2.5 x!\nThree\nFour? Five"))
                .containsExactly("One. ", "Two 2.5 x!\n", "Three\n", "Four? ", "Five");
    }

    @Test
    void aMarkThatIsNeverClosedGivesNoPassageRatherThanABrokenOne() {
        assertThat(BodyFragment.best("First. A <mark>broken one. Last.")).isNull();
    }

    @Test
    void marksFarApartInALongBodyAreEachFoundInTheirOwnSentence() {
        String filler = "Nothing to see in this sentence at all. ".repeat(200);
        String body = "Early <mark>word</mark> here. " + filler + "Late <mark>word</mark> and <mark>rare</mark> there. " + filler;
        assertThat(BodyFragment.best(body)).startsWith("Late <mark>word</mark> and <mark>rare</mark> there.");
    }
}
