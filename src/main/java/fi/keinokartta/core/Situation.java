package fi.keinokartta.core;

import java.time.LocalDate;
import java.util.List;

/** A life situation and the measures that typically help in it, phase by phase. */
public record Situation(String id, int order, List<String> responsible, LocalDate reviewed, LocalDate reviewBy,
        List<Source> sources, SituationText fi, SituationText sv, SituationText en, List<Phase> phases) {

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
}
