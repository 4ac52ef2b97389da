package fi.keinokartta.screener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fi.keinokartta.content.load.ContentLoader;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.ReleaseRecord;
import fi.keinokartta.screener.Answers.AgeBand;
import fi.keinokartta.screener.Answers.Choice;
import fi.keinokartta.screener.Answers.Status;
import fi.keinokartta.screener.Screener.Reason;
import fi.keinokartta.screener.Screener.Result;
import fi.keinokartta.screener.Screener.Suggestion;
import fi.keinokartta.screener.TimelineCalculator.Placed;
import fi.keinokartta.screener.TimelineCalculator.State;

/** The screener on the real catalogue (content/), one answer combination per test, with a fixed today. */
class ScreenerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static Release release;

    @BeforeAll
    static void loadTheCatalogue() {
        var loaded = new ContentLoader(fi.keinokartta.core.ServiceClock.fixed("2026-11-26")).load(Path.of("content"));
        assertThat(loaded.ok()).as(loaded.report().toString()).isTrue();
        ReleaseRecord record = new ReleaseRecord(ReleaseRecord.KIND, "test", 1, "index", loaded.contentHash(), "schema",
                null, java.time.Instant.EPOCH, "test", null, null, null, null, null, null, null);
        release = new Release(record, loaded.catalogue(), Map.of());
    }

    static Result screen(Status status, LocalDate sickLeave, AgeBand age, Choice health, Choice partTime) {
        return Screener.screen(release, new Answers(status, sickLeave, age, health, partTime), TODAY);
    }

    static List<String> ids(Result result) {
        return result.maySuit().stream().map(Suggestion::item).toList();
    }

    @Test
    void employedWithoutSickLeaveIsAtWork() {
        Result result = screen(Status.EMPLOYED, null, null, null, null);
        assertThat(result.situation().id()).isEqualTo("tyossa-tyokyky-heikkenee");
        assertThat(result.timeline()).isEmpty();
        assertThat(result.maySuit()).hasSizeBetween(3, Screener.MAX_SUGGESTIONS).allMatch(s -> s.reason() == Reason.PHASE);
    }

    @Test
    void employedOnSickLeaveGetsTheSickLeaveSituationAndTimeline() {
        Result result = screen(Status.EMPLOYED, LocalDate.of(2026, 10, 1), AgeBand.FROM_30_TO_54, Choice.YES, Choice.UNKNOWN);
        assertThat(result.situation().id()).isEqualTo("sairauslomalta-paluu");
        var timeline = result.timeline().orElseThrow();
        assertThat(timeline.day()).isEqualTo(57);
        Placed notice = checkpoint(timeline, "ilmoitus-tyoterveyshuoltoon");
        assertThat(notice.day()).isEqualTo(30);
        assertThat(notice.due()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(notice.state()).isEqualTo(State.PASSED);
        Placed apply = checkpoint(timeline, "hakuaika");
        assertThat(apply.due()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(apply.state()).isEqualTo(State.NEXT);
        assertThat(apply.estimate()).isFalse();
        assertThat(checkpoint(timeline, "tyoterveyshuollon-lausunto").estimate()).isTrue();
        assertThat(checkpoint(timeline, "osasairauspaivaraha").state()).isEqualTo(State.LIMIT);
        // The next checkpoint's measure comes first.
        assertThat(result.maySuit().get(0)).satisfies(first -> {
            assertThat(first.item()).isEqualTo("sairauspaivaraha");
            assertThat(first.reason()).isEqualTo(Reason.NEXT_CHECKPOINT);
        });
    }

    @Test
    void lateInSickLeaveTheStatementAndRehabilitationComeFirst() {
        Result result = screen(Status.EMPLOYED, LocalDate.of(2026, 9, 1), null, null, null);
        assertThat(result.timeline().orElseThrow().day()).isEqualTo(87);
        assertThat(checkpoint(result.timeline().get(), "hakuaika").state()).isEqualTo(State.PASSED);
        assertThat(checkpoint(result.timeline().get(), "kuntoutustarve").state()).isEqualTo(State.PASSED);
        assertThat(checkpoint(result.timeline().get(), "tyoterveyshuollon-lausunto").state()).isEqualTo(State.NEXT);
        assertThat(result.maySuit().get(0).reason()).isEqualTo(Reason.NEXT_CHECKPOINT);
        assertThat(result.maySuit().get(0).item()).isEqualTo("tyokykyneuvottelu");
    }

    @Test
    void unemployedOverThirtyIsAJobseeker() {
        assertThat(screen(Status.UNEMPLOYED, null, AgeBand.FROM_30_TO_54, null, null).situation().id()).isEqualTo("tyonhakija");
        assertThat(screen(Status.UNEMPLOYED, null, null, null, null).situation().id()).isEqualTo("tyonhakija");
    }

    @Test
    void unemployedUnderThirtyAndStudentsAreYoung() {
        assertThat(screen(Status.UNEMPLOYED, null, AgeBand.UNDER_30, null, null).situation().id()).isEqualTo("nuori");
        assertThat(screen(Status.STUDENT, null, null, null, null).situation().id()).isEqualTo("nuori");
        assertThat(screen(Status.STUDENT, null, AgeBand.FROM_30_TO_54, null, null).situation().id()).isEqualTo("nuori");
    }

    @Test
    void onAPensionWantingPartTimeWork() {
        Result result = screen(Status.PENSION, null, AgeBand.FROM_55, Choice.UNKNOWN, Choice.YES);
        assertThat(result.situation().id()).isEqualTo("elakkeelta-tyohon");
        assertThat(result.maySuit().get(0).item()).isEqualTo("elakkeen-lepaamaan-jattaminen");
        assertThat(result.maySuit().get(0).reason()).isEqualTo(Reason.PART_TIME);
    }

    @Test
    void entrepreneur() {
        assertThat(screen(Status.ENTREPRENEUR, null, null, null, null).situation().id()).isEqualTo("yrittaja");
    }

    @Test
    void withOccupationalHealthCareItComesFirst() {
        Result result = screen(Status.EMPLOYED, null, null, Choice.YES, null);
        assertThat(result.maySuit().get(0).item()).isEqualTo("tyoterveyshuolto");
        assertThat(result.maySuit().get(0).reason()).isEqualTo(Reason.OCCUPATIONAL_HEALTH);
    }

    @Test
    void withoutOccupationalHealthCarePrimaryCareTakesItsPlace() {
        Result result = screen(Status.EMPLOYED, null, null, Choice.NO, null);
        assertThat(result.maySuit().get(0).item()).isEqualTo("perusterveydenhuolto");
        assertThat(result.maySuit().get(0).reason()).isEqualTo(Reason.NO_OCCUPATIONAL_HEALTH);
        assertThat(ids(result)).doesNotContain("tyoterveyshuolto");
        assertThat(result.notChecked()).contains("tyoterveyshuolto");
    }

    @Test
    void partTimeWorkAtWorkBringsPartialSicknessAllowanceForward() {
        Result without = screen(Status.EMPLOYED, null, null, null, Choice.NO);
        Result with = screen(Status.EMPLOYED, null, null, null, Choice.YES);
        assertThat(with.maySuit().get(0).item()).isEqualTo("osasairauspaivaraha");
        assertThat(ids(without)).isNotEqualTo(ids(with));
    }

    @Test
    void everyCombinationGivesAShortListAndNeverDropsAMeasureSilently() {
        for (Status status : Status.values()) {
            for (Choice health : Choice.values()) {
                for (Choice part : Choice.values()) {
                    for (LocalDate since : new LocalDate[] { null, TODAY, TODAY.minusDays(200) }) {
                        Result result = screen(status, since, AgeBand.FROM_30_TO_54, health, part);
                        List<String> shown = ids(result);
                        assertThat(shown).as("%s %s %s %s", status, health, part, since)
                                .hasSizeBetween(1, Screener.MAX_SUGGESTIONS).doesNotHaveDuplicates();
                        assertThat(result.notChecked()).doesNotContainAnyElementsOf(shown).doesNotHaveDuplicates();
                        assertThat(result.timeline().isPresent()).isEqualTo(since != null);
                    }
                }
            }
        }
    }

    @Test
    void allowanceDaysAreWorkingDaysAfterTheWaitingPeriod() {
        // Monday 2.11.2026: the first day and nine working days (Sundays skipped) end on Thursday 12.11.
        assertThat(TimelineCalculator.allowanceDay(LocalDate.of(2026, 11, 2), 9, 1)).isEqualTo(LocalDate.of(2026, 11, 13));
        assertThat(TimelineCalculator.allowanceDay(LocalDate.of(2026, 11, 2), 9, 2)).isEqualTo(LocalDate.of(2026, 11, 14));
        assertThat(TimelineCalculator.allowanceDay(LocalDate.of(2026, 11, 2), 9, 3)).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(TimelineCalculator.dayOf(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2))).isEqualTo(1);
    }

    @Test
    void answersAreReadStrictly() {
        Answers answers = AnswerReader.read("employed", "2026-10-01", "55-plus", "yes", "no", TODAY);
        assertThat(answers).isEqualTo(new Answers(Status.EMPLOYED, LocalDate.of(2026, 10, 1), AgeBand.FROM_55, Choice.YES, Choice.NO));
        assertThat(answers.parameters()).containsExactly(Map.entry("status", "employed"), Map.entry("sickLeaveSince", "2026-10-01"),
                Map.entry("age", "55-plus"), Map.entry("occupationalHealth", "yes"), Map.entry("partTime", "no"));
        assertThatThrownBy(() -> AnswerReader.read(null, null, null, null, null, TODAY)).hasMessageContaining("status is one of");
        assertThatThrownBy(() -> AnswerReader.read("retired", null, null, null, null, TODAY)).hasMessageContaining("Unknown status 'retired'");
        assertThatThrownBy(() -> AnswerReader.read("employed", "2026-11-27", null, null, null, TODAY)).hasMessageContaining("in the future");
        assertThatThrownBy(() -> AnswerReader.read("employed", "1.10.2026", null, null, null, TODAY)).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> AnswerReader.read("employed", null, "old", null, null, TODAY)).hasMessageContaining("Unknown age 'old'");
        assertThatThrownBy(() -> AnswerReader.read("employed", null, null, "maybe", null, TODAY)).isInstanceOf(ScreenerException.class);
    }

    static Placed checkpoint(TimelineCalculator.Position position, String id) {
        return position.checkpoints().stream().filter(p -> p.checkpoint().id().equals(id)).findFirst().orElseThrow();
    }
}
