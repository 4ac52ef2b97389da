package fi.keinokartta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fi.keinokartta.content.load.CombinationCoverage;
import fi.keinokartta.content.load.CombinationCoverage.PhasePair;
import fi.keinokartta.content.load.CombinationCoverage.Report;
import fi.keinokartta.core.Catalogue;
import fi.keinokartta.core.Localized;
import fi.keinokartta.core.Rule;
import fi.keinokartta.core.Situation;
import fi.keinokartta.core.Situation.Phase;
import fi.keinokartta.core.Situation.PhaseText;
import fi.keinokartta.core.Verdict;

/** The coverage calculation: which pairs of items placed in the same phase have a rule, and which a known verdict. */
class CombinationCoverageTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @Test
    void everyUnorderedPairOfAPhaseIsCountedOnceAndPhasesAreSeparate() {
        Catalogue catalogue = catalogue(List.of(situation("s", phase("p1", "a", "b", "c"), phase("p2", "a", "d"),
                phase("p3", "e"))), List.of());

        Report report = CombinationCoverage.of(catalogue, DAY);

        assertThat(report.total()).isEqualTo(4);
        assertThat(report.pairs()).extracting(p -> p.phase() + ":" + p.a() + "+" + p.b())
                .containsExactly("p1:a+b", "p1:a+c", "p1:b+c", "p2:a+d");
        assertThat(report.documented()).isZero();
        assertThat(report.missing()).hasSize(4);
        assertThat(report.knownPercent()).isZero();
    }

    @Test
    void aRuleCountsInEverySituationUnlessItIsLimitedToOthers() {
        Rule general = rule("a-b", Verdict.TOGETHER, List.of(), "a", "b");
        Rule onlyInT = rule("a-c", Verdict.EXCLUDES, List.of("t"), "c", "a");
        Catalogue catalogue = catalogue(List.of(situation("s", phase("p", "a", "b", "c")), situation("t", phase("q", "a", "c"))),
                List.of(general, onlyInT));

        Report report = CombinationCoverage.of(catalogue, DAY);

        assertThat(report.total()).isEqualTo(4);
        assertThat(report.documented()).isEqualTo(2);
        assertThat(report.missing()).extracting(p -> p.situation() + ":" + p.a() + "+" + p.b())
                .containsExactly("s:a+c", "s:b+c");
        assertThat(report.phases().get(1).pairs().get(0).rule()).isSameAs(onlyInT);
        assertThat(report.documentedPercent()).isEqualTo(50);
    }

    @Test
    void unknownVerdictsAreDocumentedButNotKnown() {
        Catalogue catalogue = catalogue(List.of(situation("s", phase("p", "a", "b", "c"))),
                List.of(rule("a-b", Verdict.UNKNOWN, List.of(), "a", "b"), rule("a-c", Verdict.SEQUENCE, List.of(), "a", "c")));

        Report report = CombinationCoverage.of(catalogue, DAY);

        assertThat(report.documented()).isEqualTo(2);
        assertThat(report.known()).isEqualTo(1);
        assertThat(report.knownPercent()).isEqualTo(33);
        assertThat(report.phases().get(0).unknown()).extracting(PhasePair::b).containsExactly("b");
        assertThat(report.summary()).contains("3 within-phase pair(s)", "2 with a rule (66 %)",
                "1 with a verdict other than unknown (33 %)", "1 without a rule");
    }

    @Test
    void aRuleCountsOnlyOnDaysItIsValid() {
        Rule ended = new Rule("a-b-old", List.of("a", "b"), Verdict.EXCLUDES, null, null, List.of(), LocalDate.of(2020, 1, 1),
                LocalDate.of(2025, 12, 31), DAY, List.of(), List.of(), null);
        Rule later = new Rule("a-b-new", List.of("a", "b"), Verdict.TOGETHER, null, null, List.of(), LocalDate.of(2027, 1, 1),
                null, DAY, List.of(), List.of(), null);
        Catalogue catalogue = catalogue(List.of(situation("s", phase("p", "a", "b"))), List.of(ended, later));

        assertThat(CombinationCoverage.of(catalogue, DAY).documented()).isZero();
        assertThat(CombinationCoverage.of(catalogue, LocalDate.of(2025, 6, 1)).pairs().get(0).rule()).isSameAs(ended);
        assertThat(CombinationCoverage.of(catalogue, LocalDate.of(2027, 6, 1)).pairs().get(0).rule()).isSameAs(later);
    }

    @Test
    void aRuleOfTheSituationWinsOverAGeneralOneAsInTheCombinationCheck() {
        Rule general = rule("general", Verdict.UNKNOWN, List.of(), "a", "b");
        Rule specific = rule("specific", Verdict.CONDITIONAL, List.of("s"), "b", "a");
        List<Rule> rules = List.of(general, specific);

        assertThat(CombinationCoverage.applicable(rules, "a", "b", Optional.of("s"), DAY)).containsSame(specific);
        assertThat(CombinationCoverage.applicable(rules, "a", "b", Optional.of("t"), DAY)).containsSame(general);
        assertThat(CombinationCoverage.applicable(rules, "a", "b", Optional.empty(), DAY)).containsSame(general);
        assertThat(CombinationCoverage.applicable(List.of(specific), "a", "b", Optional.empty(), DAY)).containsSame(specific);
        assertThat(CombinationCoverage.applicable(rules, "a", "c", Optional.of("s"), DAY)).isEmpty();
    }

    @Test
    void anItemListedTwiceInAPhaseIsNotPairedWithItself() {
        Report report = CombinationCoverage.of(catalogue(List.of(situation("s", phase("p", "a", "a", "b"))), List.of()), DAY);

        assertThat(report.pairs()).extracting(p -> p.a() + "+" + p.b()).containsExactly("a+b");
    }

    @Test
    void noPairsMeansNothingIsMissing() {
        Report report = CombinationCoverage.of(catalogue(List.of(situation("s", phase("p", "a"))), List.of()), DAY);

        assertThat(report.total()).isZero();
        assertThat(report.knownPercent()).isEqualTo(100);
        assertThat(report.missing()).isEmpty();
    }

    private static Catalogue catalogue(List<Situation> situations, List<Rule> rules) {
        return new Catalogue(List.of(), List.of(), List.of(), situations, rules, List.of());
    }

    private static Situation situation(String id, Phase... phases) {
        return new Situation(id, 1, List.of(), DAY, DAY.plusYears(1), List.of(), null, null, null, List.of(phases));
    }

    private static Phase phase(String id, String... items) {
        PhaseText text = new PhaseText(id, id);
        return new Phase(id, List.of(items), text, text, text);
    }

    private static Rule rule(String id, Verdict verdict, List<String> situations, String a, String b) {
        return new Rule(id, List.of(a, b), verdict, null, null, situations, LocalDate.of(2020, 1, 1), null, DAY, List.of(),
                List.of(), new Localized<>("fi", "sv", "en"));
    }

    @Test
    void acrossPhasesPairsEveryItemOfASituationOnce() {
        Catalogue catalogue = catalogue(List.of(situation("s", phase("p1", "a", "b"), phase("p2", "b", "c")),
                situation("t", phase("q", "a", "c"))), List.of(rule("a-c", Verdict.TOGETHER, List.of(), "a", "c")));

        Report report = CombinationCoverage.acrossPhases(catalogue, DAY);

        assertThat(report.pairs()).extracting(p -> p.situation() + ":" + p.a() + "+" + p.b())
                .containsExactly("s:a+b", "s:a+c", "s:b+c", "t:a+c");
        assertThat(report.pairs()).allSatisfy(p -> assertThat(p.phase()).isEqualTo(CombinationCoverage.ALL_PHASES));
        assertThat(report.documented()).isEqualTo(2);
        assertThat(report.summary()).startsWith("Combination coverage across phases: 4 pair(s) of items in the same situation");
        assertThat(CombinationCoverage.of(catalogue, DAY).total()).isEqualTo(3);
    }
}
