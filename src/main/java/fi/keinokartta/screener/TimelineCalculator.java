package fi.keinokartta.screener;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import fi.keinokartta.core.Figure;
import fi.keinokartta.core.Timeline;
import fi.keinokartta.core.Timeline.Checkpoint;
import fi.keinokartta.core.Timeline.Counting;

/**
 * Places a timeline's checkpoints on the calendar from a first day. Every day limit comes from the
 * timeline's figures (the content), none from here. Allowance days are counted as working days (Monday to
 * Saturday) after the waiting period; public holidays are not known here, so those dates are estimates.
 */
public final class TimelineCalculator {

    /** Where a checkpoint is relative to today. */
    public enum State {
        PASSED, NEXT, LATER, LIMIT
    }

    /**
     * A checkpoint on the calendar.
     *
     * @param day the day of absence it falls on (the first day is day 1), or null for a limit without a date
     * @param due the date, or null for a limit
     * @param estimate true when the date was counted in working days (public holidays may move it)
     */
    public record Placed(Checkpoint checkpoint, Figure figure, Integer day, LocalDate due, boolean estimate, State state) {
    }

    /** The whole timeline for one first day, seen on one day. */
    public record Position(Timeline timeline, LocalDate since, LocalDate today, int day, List<Placed> checkpoints) {

        public List<Placed> dated() {
            return checkpoints.stream().filter(p -> p.due() != null).toList();
        }

        public List<Placed> limits() {
            return checkpoints.stream().filter(p -> p.due() == null).toList();
        }
    }

    private TimelineCalculator() {
    }

    public static Position place(Timeline timeline, LocalDate since, LocalDate today) {
        int waiting = timeline.figure(timeline.waitingPeriod()).map(f -> f.value().intValue()).orElse(0);
        List<Placed> placed = new ArrayList<>();
        for (Checkpoint checkpoint : timeline.checkpoints()) {
            Figure figure = timeline.figure(checkpoint.figure()).orElse(null);
            if (figure == null || checkpoint.counting() == Counting.LIMIT) {
                placed.add(new Placed(checkpoint, figure, null, null, false, State.LIMIT));
                continue;
            }
            int value = figure.value().intValue();
            LocalDate due = switch (checkpoint.counting()) {
                case ABSENCE_DAYS -> since.plusDays(value - 1L);
                case MONTHS -> since.plusMonths(value);
                case ALLOWANCE_DAYS -> allowanceDay(since, waiting, value);
                case LIMIT -> throw new IllegalStateException("handled above");
            };
            placed.add(new Placed(checkpoint, figure, dayOf(since, due), due, checkpoint.counting() == Counting.ALLOWANCE_DAYS,
                    State.LATER));
        }
        placed.sort((a, b) -> a.due() == null ? (b.due() == null ? 0 : 1) : b.due() == null ? -1 : a.due().compareTo(b.due()));
        boolean nextFound = false;
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            if (p.due() == null) {
                continue;
            }
            State state;
            if (p.due().isBefore(today)) {
                state = State.PASSED;
            } else if (!nextFound) {
                state = State.NEXT;
                nextFound = true;
            } else {
                state = State.LATER;
            }
            placed.set(i, new Placed(p.checkpoint(), p.figure(), p.day(), p.due(), p.estimate(), state));
        }
        return new Position(timeline, since, today, dayOf(since, today), List.copyOf(placed));
    }

    /** The day of absence a date falls on: the first day of sick leave is day 1. */
    public static int dayOf(LocalDate since, LocalDate date) {
        return (int) ChronoUnit.DAYS.between(since, date) + 1;
    }

    /**
     * The date of the n-th allowance day: the first day and {@code waiting} working days after it are the
     * waiting period; allowance days are the working days (Monday to Saturday) that follow.
     */
    static LocalDate allowanceDay(LocalDate since, int waiting, int n) {
        LocalDate date = since;
        int workingDays = 0;
        while (workingDays < waiting + n) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                workingDays++;
            }
        }
        return date;
    }
}
