package fi.keinokartta.core;

import java.time.LocalDate;
import java.util.List;

/** A life situation and the measures that typically help in it, phase by phase. */
public record Situation(String id, int order, List<String> responsible, LocalDate reviewed, LocalDate reviewBy,
        List<Source> sources, List<Figure> figures, SituationText fi, SituationText sv, SituationText en, List<Phase> phases,
        List<Action> actions, Screening screener) {

    public Situation(String id, int order, List<String> responsible, LocalDate reviewed, LocalDate reviewBy,
            List<Source> sources, SituationText fi, SituationText sv, SituationText en, List<Phase> phases) {
        this(id, order, responsible, reviewed, reviewBy, sources, List.of(), fi, sv, en, phases, List.of(), null);
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public Situation {
        figures = figures == null ? List.of() : List.copyOf(figures);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public SituationText text(Language language) {
        return new Localized<>(fi, sv, en).get(language);
    }

    /** The texts of a situation in one language (description and responsibility are Markdown). */
    public record SituationText(String title, String entry, String summary, String description, String responsibility) {
    }

    /** A step of the situation with the items that typically help in it. */
    public record Phase(String id, List<String> items, PhaseText fi, PhaseText sv, PhaseText en) {

        public PhaseText text(Language language) {
            return new Localized<>(fi, sv, en).get(language);
        }
    }

    public record PhaseText(String title, String description) {
    }

    /**
     * Which screener answers lead to this situation, and which of its measures are ways to work part time.
     *
     * @param status the statuses (employed, unemployed, pension, entrepreneur, student)
     * @param sickLeave "yes" (only with a first day of sick leave), "no" (only without), null for either
     * @param age the age bands (under-30, 30-54, 55-plus) it is limited to; empty for any
     * @param partTime measures of the situation that are a way to work part time
     */
    public record Screening(List<String> status, String sickLeave, List<String> age, List<String> partTime) {

        public Screening {
            status = status == null ? List.of() : List.copyOf(status);
            age = age == null ? List.of() : List.copyOf(age);
            partTime = partTime == null ? List.of() : List.copyOf(partTime);
        }

        /** How many conditions it sets beyond the status: the most specific matching situation wins. */
        public int specificity() {
            return (sickLeave == null ? 0 : 1) + (age.isEmpty() ? 0 : 1);
        }
    }

    /**
     * "What to do now": one concrete step with a direct link (OmaKela, Työmarkkinatori...). The text may
     * name the situation's figures as {@code {{figure-id}}}, so day limits are written out with their dates.
     */
    public record Action(String id, String url, ActionText fi, ActionText sv, ActionText en) {

        public ActionText text(Language language) {
            return new Localized<>(fi, sv, en).get(language);
        }
    }

    /** An action in one language: a short imperative title, one or two sentences, and the link's words. */
    public record ActionText(String title, String text, String link) {
    }
}
