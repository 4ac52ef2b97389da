package fi.keinokartta.combination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fi.keinokartta.core.Release;
import fi.keinokartta.core.Verdict;
import fi.keinokartta.testing.CorpusRelease;

/** Pair verdicts from the test corpus's rules, without Quarkus or a search engine. */
class CombinationServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private final Release release = CorpusRelease.release(CorpusRelease.catalogue());
    private final CombinationService combinations = new CombinationService();

    @Test
    void aGeneralRuleAnswersInEverySituation() {
        PairVerdict pair = combinations.pair(release, "osasairauspaivaraha", "esteettomyys", Optional.empty(), DAY);
        assertThat(pair.verdict()).isEqualTo(Verdict.TOGETHER);
        assertThat(pair.documented()).isTrue();
        assertThat(combinations.pair(release, "esteettomyys", "osasairauspaivaraha", Optional.of("tyossa"), DAY).verdict())
                .isEqualTo(Verdict.TOGETHER);
    }

    @Test
    void theSituationsOwnRuleWins() {
        PairVerdict atWork = combinations.pair(release, "tyokokeilu", "ammatillinen-kuntoutus", Optional.of("tyossa"), DAY);
        assertThat(atWork.verdict()).isEqualTo(Verdict.CONDITIONAL);
        assertThat(atWork.askFrom()).containsExactly("kela");
        assertThat(atWork.otherSituations()).extracting(r -> r.id()).contains("tyokokeilu-ammatillinen-kuntoutus");
        assertThat(combinations.pair(release, "tyokokeilu", "ammatillinen-kuntoutus", Optional.of("tyonhakija"), DAY).verdict())
                .isEqualTo(Verdict.TOGETHER);
    }

    @Test
    void withoutASituationRulesForSomeSituationsOnlyAreUnknownAndNameWhomToAsk() {
        PairVerdict pair = combinations.pair(release, "tyokokeilu", "ammatillinen-kuntoutus", Optional.empty(), DAY);
        assertThat(pair.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(pair.documented()).isFalse();
        assertThat(pair.askFrom()).isNotEmpty();
    }

    @Test
    void aRuleCountsOnlyFromTheDayItIsValid() {
        assertThat(combinations.pair(release, "tyokokeilu", "palkkatuki", Optional.empty(), DAY).verdict())
                .isEqualTo(Verdict.SEQUENCE);
        assertThat(combinations.pair(release, "tyokokeilu", "palkkatuki", Optional.empty(), LocalDate.of(2024, 12, 31)).verdict())
                .isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void everyPairIsAnsweredOnce() {
        List<String> ids = List.of("tyokokeilu", "palkkatuki", "starttiraha", "esteettomyys");
        List<PairVerdict> pairs = combinations.check(release, ids, Optional.empty(), DAY);
        assertThat(pairs).hasSize(6);
        assertThat(pairs).filteredOn(p -> p.a().equals("starttiraha") && p.b().equals("esteettomyys")).hasSize(1);
        assertThat(pairs).filteredOn(p -> p.a().equals("palkkatuki") && p.b().equals("starttiraha"))
                .extracting(PairVerdict::verdict).containsExactly(Verdict.EXCLUDES);
    }
}
