package fi.keinokartta.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A sequence of checkpoints counted from a first day, e.g. the sick-leave timeline: what is due on which
 * day of the absence. Every day limit is a dated, sourced {@link Figure}; one file
 * {@code content/timelines/<id>.yaml}. Shown on the situation page named by {@code situation}.
 */
public record Timeline(String id, String situation, LocalDate reviewed, LocalDate reviewBy, List<Source> sources,
        List<Figure> figures, String waitingPeriod, TimelineText fi, TimelineText sv, TimelineText en,
        List<Checkpoint> checkpoints) {

    public Timeline {
        figures = figures == null ? List.of() : List.copyOf(figures);
        checkpoints = checkpoints == null ? List.of() : List.copyOf(checkpoints);
    }

    public TimelineText text(Language language) {
        return new Localized<>(fi, sv, en).get(language);
    }

    public Optional<Figure> figure(String figureId) {
        return figures.stream().filter(f -> f.id().equals(figureId)).findFirst();
    }

    /** The timeline's title and a short introduction (Markdown, may name figures). */
    public record TimelineText(String title, String intro) {
    }

    /** A point of the timeline: its day limit (a figure of the timeline), how that is counted, and what is due. */
    public record Checkpoint(String id, String figure, Counting counting, String item, CheckpointText fi,
            CheckpointText sv, CheckpointText en) {

        public CheckpointText text(Language language) {
            return new Localized<>(fi, sv, en).get(language);
        }
    }

    /** A checkpoint in one language: a short title and what is due then (may name figures). */
    public record CheckpointText(String title, String due) {
    }

    /** How a checkpoint's figure is counted from the first day of absence. */
    public enum Counting {
        /** Calendar days of absence, the first day being day 1 (figure unit: days). */
        ABSENCE_DAYS("absence-days", FigureUnit.DAYS),
        /** Calendar months from the first day (figure unit: months). */
        MONTHS("months", FigureUnit.MONTHS),
        /**
         * Days of sickness allowance: working days (Monday to Saturday) after the waiting period (figure unit:
         * working days). Public holidays are not known here, so the date is an estimate.
         */
        ALLOWANCE_DAYS("allowance-days", FigureUnit.WORKING_DAYS),
        /** A limit that is not a point in time (e.g. the maximum of partial sickness allowance): shown without a date. */
        LIMIT("limit", null);

        private final String id;
        private final FigureUnit unit;

        Counting(String id, FigureUnit unit) {
            this.id = id;
            this.unit = unit;
        }

        @JsonValue
        public String id() {
            return id;
        }

        /** The unit its figure must have, or null for any. */
        public FigureUnit unit() {
            return unit;
        }
    }
}
