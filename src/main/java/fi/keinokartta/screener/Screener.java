package fi.keinokartta.screener;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fi.keinokartta.core.Item;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.Situation;
import fi.keinokartta.screener.Answers.Choice;
import fi.keinokartta.screener.Answers.Status;
import fi.keinokartta.screener.TimelineCalculator.Placed;
import fi.keinokartta.screener.TimelineCalculator.Position;
import fi.keinokartta.screener.TimelineCalculator.State;

/**
 * From a few answers to a short, personal answer: the situation, up to {@link #MAX_SUGGESTIONS} measures
 * that <em>may suit</em> (each with the reason it is shown), the situation's other measures as "not
 * checked here" (never "not eligible"), and the sick-leave timeline when a first day is given.
 * Pure: the release and today come in, nothing is looked up elsewhere.
 *
 * <p>What the answers change, and nothing else: the situation (status, sick leave, age band); the order of
 * the situation's measures (the next checkpoint's measure first on sick leave; occupational health care
 * first when the person has it, and primary health care in its place when not; the situation's ways to work
 * part time forward when that could be possible). Which answers lead to which situation, and its ways to work
 * part time, are in the content (a situation's {@code screener} block); the order comes from its phases.
 */
public final class Screener {

    public static final int MAX_SUGGESTIONS = 5;

    /** Occupational health care and the care that stands in for it without one (content ids). */
    static final String OCCUPATIONAL_HEALTH = "tyoterveyshuolto";
    static final String PRIMARY_CARE = "perusterveydenhuolto";
    /** Measures that need occupational health care at the workplace. */
    static final Set<String> NEEDS_OCCUPATIONAL_HEALTH = Set.of(OCCUPATIONAL_HEALTH);
    /** Why a measure is on the list. */
    public enum Reason {
        /** The next checkpoint of the sick-leave timeline is about it. */
        NEXT_CHECKPOINT,
        /** The person has occupational health care: the first place to turn. */
        OCCUPATIONAL_HEALTH,
        /** No occupational health care: primary health care assesses work ability instead. */
        NO_OCCUPATIONAL_HEALTH,
        /** Part-time work could be possible, and this is a way to it. */
        PART_TIME,
        /** It typically helps in a phase of the situation (the phase is named). */
        PHASE
    }

    /** A measure that may suit, with its reason; {@code phase} names the phase for {@link Reason#PHASE}. */
    public record Suggestion(String item, Reason reason, Situation.Phase phase, Placed checkpoint) {
    }

    public record Result(Answers answers, Situation situation, List<Suggestion> maySuit, List<String> notChecked,
            Optional<Position> timeline) {
    }

    private Screener() {
    }

    /**
     * The situation the answers lead to: of the situations whose {@code screener} block lists the status and
     * whose conditions (sick leave, age band) hold, the most specific; the first by order among equals. When none
     * fits with the age band, the age band is left aside.
     *
     * @throws ScreenerException when no situation of the release fits the answers
     */
    public static Situation situationFor(Release release, Answers answers) {
        return best(release, answers, true).or(() -> best(release, answers, false))
                .orElseThrow(() -> new ScreenerException(Answers.Parameter.STATUS, "No situation of the catalogue fits "
                        + "status '" + answers.status().id() + "' with these answers; try another status."));
    }

    /** With {@code byAge} false the age bands are left aside: a student of any age still finds the young person's situation. */
    private static Optional<Situation> best(Release release, Answers answers, boolean byAge) {
        return release.catalogue().situations().stream()
                .filter(s -> s.screener() != null && fits(s.screener(), answers, byAge))
                .sorted((a, b) -> Integer.compare(b.screener().specificity(), a.screener().specificity()))
                .findFirst();
    }

    static boolean fits(Situation.Screening screening, Answers answers, boolean byAge) {
        if (!screening.status().contains(answers.status().id())) {
            return false;
        }
        if ("yes".equals(screening.sickLeave()) && answers.sickLeave().isEmpty()
                || "no".equals(screening.sickLeave()) && answers.sickLeave().isPresent()) {
            return false;
        }
        return !byAge || screening.age().isEmpty() || answers.age() != null && screening.age().contains(answers.age().id());
    }

    /**
     * @throws ScreenerException when no situation of the release fits the answers
     */
    public static Result screen(Release release, Answers answers, LocalDate today) {
        Situation situation = situationFor(release, answers);
        String situationId = situation.id();
        Optional<Position> timeline = answers.sickLeave().flatMap(since -> release.timelineOf(situationId)
                .or(() -> release.catalogue().timelines().stream().findFirst())
                .map(t -> TimelineCalculator.place(t, since, today)));

        // Every measure of the situation once, in phase order, with the first phase it appears in.
        Map<String, Suggestion> byPhase = new LinkedHashMap<>();
        for (Situation.Phase phase : situation.phases()) {
            for (String item : phase.items()) {
                if (release.item(item).isPresent()) {
                    byPhase.putIfAbsent(item, new Suggestion(item, Reason.PHASE, phase, null));
                }
            }
        }
        List<Suggestion> ordered = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        // 1. On sick leave: the measure of the next checkpoint (and the one after) that has one.
        timeline.ifPresent(position -> position.dated().stream()
                .filter(p -> p.state() != State.PASSED && p.checkpoint().item() != null)
                .filter(p -> release.item(p.checkpoint().item()).isPresent())
                .limit(2)
                .forEach(p -> add(ordered, taken, new Suggestion(p.checkpoint().item(), Reason.NEXT_CHECKPOINT, null, p))));
        // 2. Occupational health care first when there is one; primary care in its place when there is none.
        if (answers.occupationalHealth() == Choice.YES && release.item(OCCUPATIONAL_HEALTH).isPresent()
                && answers.status() != Status.UNEMPLOYED && answers.status() != Status.PENSION) {
            add(ordered, taken, new Suggestion(OCCUPATIONAL_HEALTH, Reason.OCCUPATIONAL_HEALTH, null, null));
        }
        if (answers.occupationalHealth() == Choice.NO && release.item(PRIMARY_CARE).isPresent()) {
            add(ordered, taken, new Suggestion(PRIMARY_CARE, Reason.NO_OCCUPATIONAL_HEALTH, null, null));
        }
        // 3. Ways to work part time, when that could be possible.
        if (answers.partTime() == Choice.YES) {
            situation.screener().partTime().stream().filter(id -> release.item(id).isPresent())
                    .forEach(id -> add(ordered, taken, new Suggestion(id, Reason.PART_TIME,
                            byPhase.containsKey(id) ? byPhase.get(id).phase() : null, null)));
        }
        // 4. The rest of the situation in phase order.
        byPhase.values().forEach(s -> add(ordered, taken, s));

        List<Suggestion> maySuit = ordered.stream()
                .filter(s -> answers.occupationalHealth() != Choice.NO || !NEEDS_OCCUPATIONAL_HEALTH.contains(s.item()))
                .limit(MAX_SUGGESTIONS).toList();
        Set<String> shown = new LinkedHashSet<>();
        maySuit.forEach(s -> shown.add(s.item()));
        List<String> notChecked = new ArrayList<>();
        Set<String> situationItems = new LinkedHashSet<>(byPhase.keySet());
        release.catalogue().items().stream().filter(i -> i.situations().contains(situationId)).map(Item::id)
                .forEach(situationItems::add);
        situationItems.stream().filter(id -> !shown.contains(id)).forEach(notChecked::add);
        return new Result(answers, situation, maySuit, List.copyOf(notChecked), timeline);
    }

    private static void add(List<Suggestion> ordered, Set<String> taken, Suggestion suggestion) {
        if (taken.add(suggestion.item())) {
            ordered.add(suggestion);
        }
    }
}
