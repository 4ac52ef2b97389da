package fi.keinokartta.core;

import java.time.LocalDate;
import java.util.List;

/** A life situation and the measures that typically help in it, phase by phase. */
public record Situation(String id, int order, List<String> responsible, LocalDate reviewed, LocalDate reviewBy,
        List<Source> sources, List<Figure> figures, SituationText fi, SituationText sv, SituationText en, List<Phase> phases,
        List<Action> actions) {

    public Situation(String id, int order, List<String> responsible, LocalDate reviewed, LocalDate reviewBy,
            List<Source> sources, SituationText fi, SituationText sv, SituationText en, List<Phase> phases) {
        this(id, order, responsible, reviewed, reviewBy, sources, List.of(), fi, sv, en, phases, List.of());
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
