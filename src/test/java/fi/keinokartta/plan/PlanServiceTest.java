package fi.keinokartta.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fi.keinokartta.combination.CombinationService;
import fi.keinokartta.content.load.ContentLoader;
import fi.keinokartta.core.Catalogue;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.ReleaseRecord;
import fi.keinokartta.core.Verdict;
import fi.keinokartta.plan.PlanService.Request;
import fi.keinokartta.testing.CorpusFolder;

/** The plan's logic on the test corpus, without Quarkus: order, lanes, conflicts, unknown pairs, changes. */
class PlanServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private static Release release;
    private final PlanService plans = new PlanService(new CombinationService());

    @BeforeAll
    static void loadCorpus() {
        release = release("corpus", new ContentLoader().load(CorpusFolder.CORPUS).catalogue());
    }

    private static Release release(String id, Catalogue catalogue) {
        ReleaseRecord record = new ReleaseRecord(ReleaseRecord.KIND, id, 1, "index", "hash", "schema", null, null, null, null,
                null, null, null, null, null, null);
        return new Release(record, catalogue, Map.of());
    }

    @Test
    void stepsAreOrderedByPhaseWhateverOrderTheyAreGivenIn() {
        Plan plan = plans.check(release, "tyonhakija", List.of(new Request("palkkatuki", "tyohon"),
                new Request("tyokokeilu", "alku")), DAY);

        assertThat(plan.steps()).extracting(Plan.Step::id).containsExactly("tyokokeilu", "palkkatuki");
        assertThat(plan.steps()).extracting(s -> s.phase().id()).containsExactly("alku", "tyohon");
        assertThat(plan.steps()).extracting(Plan.Step::position).containsExactly(0, 1);
        assertThat(plan.conflicts()).isEmpty();
        assertThat(plan.pairs()).singleElement().satisfies(pair -> {
            assertThat(pair.verdict().verdict()).isEqualTo(Verdict.SEQUENCE);
            assertThat(pair.samePhase()).isFalse();
        });
    }

    @Test
    void aPaySubsidyPlacedBeforeTheWorkTrialIsAnOrderConflictWithItsRule() {
        Plan plan = plans.check(release, "tyonhakija", List.of(new Request("tyokokeilu", "tyohon"),
                new Request("palkkatuki", "alku")), DAY);

        assertThat(plan.steps()).extracting(Plan.Step::id).containsExactly("palkkatuki", "tyokokeilu");
        assertThat(plan.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(Plan.ConflictKind.ORDER);
            assertThat(conflict.a()).isEqualTo("tyokokeilu");
            assertThat(conflict.b()).isEqualTo("palkkatuki");
            assertThat(conflict.rule().id()).isEqualTo("tyokokeilu-palkkatuki");
            assertThat(conflict.rule().sources()).isNotEmpty();
        });
    }

    @Test
    void excludesIsAConflictOnlyInsideOnePhase() {
        Plan together = plans.check(release, "tyonhakija", List.of(new Request("starttiraha", "tyohon"),
                new Request("palkkatuki", "tyohon")), DAY);
        Plan apart = plans.check(release, "tyonhakija", List.of(new Request("starttiraha", "alku"),
                new Request("palkkatuki", "tyohon")), DAY);

        assertThat(together.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Plan.ConflictKind.EXCLUDES);
            assertThat(c.rule().id()).isEqualTo("starttiraha-palkkatuki");
        });
        assertThat(together.pairs().get(0).samePhase()).isTrue();
        assertThat(apart.conflicts()).isEmpty();
    }

    @Test
    void pairsWithoutARuleAreListedWithWhomToAsk() {
        Plan plan = plans.check(release, "tyonhakija", List.of(new Request("tyokokeilu", "alku"),
                new Request("starttiraha", "tyohon")), DAY);

        assertThat(plan.unknowns()).singleElement().satisfies(pair -> {
            assertThat(pair.verdict().documented()).isFalse();
            assertThat(pair.verdict().askFrom()).containsExactlyInAnyOrder("tyollisyyspalvelut", "kela");
        });
    }

    @Test
    void lanesFollowApplicantsAndDecidersAndFallBackToProviders() {
        Plan plan = plans.check(release, null, List.of(new Request("osasairauspaivaraha", "now"),
                new Request("palkkatuki", "next"), new Request("ammatillinen-kuntoutus", "later")), DAY);

        assertThat(plan.phases()).extracting(Plan.Phase::id).containsExactly("now", "next", "later");
        assertThat(plan.lanes()).extracting(l -> l.actor().id() + "=" + String.join("+", l.items())).containsExactly(
                "person=osasairauspaivaraha",
                "employer=palkkatuki",
                "kela=osasairauspaivaraha+ammatillinen-kuntoutus",
                "pension-provider=ammatillinen-kuntoutus",
                "employment-services=palkkatuki");
    }

    @Test
    void aStepWithoutPhaseGoesToTheFirstPhaseThatSuggestsIt() {
        Plan plan = plans.check(release, "tyonhakija", List.of(new Request("starttiraha", null),
                new Request("tyokokeilu", "")), DAY);

        assertThat(plan.steps()).extracting(s -> s.id() + "@" + s.phase().id())
                .containsExactly("tyokokeilu@alku", "starttiraha@tyohon");
    }

    @Test
    void unknownSituationItemPhaseDuplicatesAndTooManyStepsAreRefusedWithTheFieldToFix() {
        assertThatThrownBy(() -> plans.check(release, "kuu", List.of(), DAY))
                .isInstanceOf(PlanException.class).hasMessageContaining("Unknown situation 'kuu'")
                .extracting(e -> ((PlanException) e).field()).isEqualTo("situation");
        assertThatThrownBy(() -> plans.check(release, null, List.of(new Request("kuu", "now")), DAY))
                .hasMessageContaining("Unknown item 'kuu'");
        assertThatThrownBy(() -> plans.check(release, "tyonhakija", List.of(new Request("tyokokeilu", "now")), DAY))
                .hasMessageContaining("Unknown phase 'now'").hasMessageContaining("alku, tyohon");
        assertThatThrownBy(() -> plans.check(release, null, List.of(new Request("tyokokeilu", "now"),
                new Request("tyokokeilu", "later")), DAY)).hasMessageContaining("twice");
        List<Request> many = new ArrayList<>();
        for (int i = 0; i <= PlanService.MAX_STEPS; i++) {
            many.add(new Request("tyokokeilu", "now"));
        }
        assertThatThrownBy(() -> plans.check(release, null, many, DAY)).hasMessageContaining("at most 20 steps");
    }

    @Test
    void aNewReleaseThatChangesARuleAndAnItemIsReportedForThePlan() {
        Catalogue old = release.catalogue();
        List<fi.keinokartta.core.Rule> rules = old.rules().stream().filter(r -> !r.id().equals("tyokokeilu-palkkatuki")).toList();
        List<Item> items = old.items().stream().map(i -> !i.id().equals("palkkatuki") ? i
                : new Item(i.id(), i.type(), i.categories(), i.providers(), i.situations(), i.related(), i.reviewed(),
                        i.reviewBy(), i.sources(), i.figures(), i.fi(), i.sv(), i.en(), null)).toList();
        Release newer = release("newer", new Catalogue(old.categories(), old.providers(), items, old.situations(), rules,
                old.synonyms()));
        List<Request> steps = List.of(new Request("tyokokeilu", "alku"), new Request("palkkatuki", "tyohon"));

        List<PlanChanges.Change> changes = PlanChanges.between(plans.check(release, "tyonhakija", steps, DAY),
                plans.check(newer, "tyonhakija", steps, DAY));

        assertThat(changes).containsExactly(
                new PlanChanges.Change(PlanChanges.Kind.ITEM_CHANGED, "palkkatuki", null, null, null),
                new PlanChanges.Change(PlanChanges.Kind.PAIR_CHANGED, "tyokokeilu", "palkkatuki", Verdict.SEQUENCE,
                        Verdict.UNKNOWN));
        assertThat(PlanChanges.between(plans.check(release, "tyonhakija", steps, DAY),
                plans.check(release, "tyonhakija", steps, DAY))).isEmpty();
    }
}
