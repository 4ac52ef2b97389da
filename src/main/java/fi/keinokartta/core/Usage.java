package fi.keinokartta.core;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How an item is used (content {@code usage:}): who applies, who decides or pays, the channel, timing as
 * data, prerequisites and typical duration, with the ids of the item's sources that confirm it. A part the
 * sources are silent about is absent or of kind {@code unknown}, and {@code note} says so: never a guess.
 */
public record Usage(List<Applicant> applicant, List<String> decider, Channel channel, List<Timing> timing,
        List<Prerequisite> prerequisites, Duration duration, Localized<String> note, List<String> sources) {

    public Usage {
        applicant = applicant == null ? List.of() : List.copyOf(applicant);
        decider = decider == null ? List.of() : List.copyOf(decider);
        timing = timing == null ? List.of() : List.copyOf(timing);
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** Who applies or starts the item. */
    public enum Applicant {
        PERSON("person"),
        EMPLOYER("employer"),
        OCCUPATIONAL_HEALTH_CARE("occupational-health-care"),
        EMPLOYMENT_SERVICES("employment-services"),
        WELLBEING_SERVICES_COUNTY("wellbeing-services-county"),
        PROFESSIONAL("professional");

        private final String id;

        Applicant(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }
    }

    /** The e-service, form or office where it is applied for; no url when there is no single address. */
    public record Channel(String url, Localized<String> label) {
    }

    /** A time limit or moment as data; {@code days}, {@code months} or a {@code figure} of the item give its size. */
    public record Timing(TimingKind kind, Integer days, Integer months, String figure, Localized<String> text) {
    }

    public enum TimingKind {
        BEFORE_START("before-start"),
        APPLY_WITHIN("apply-within"),
        WINDOW("window"),
        CHECKPOINT("checkpoint"),
        DURING("during"),
        UNKNOWN("unknown");

        private final String id;

        TimingKind(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }
    }

    /** Something that must be in place first: a medical statement B, an employment relationship... */
    public record Prerequisite(String id, Localized<String> text) {
    }

    /** Typical duration: a figure of the item, a text, or unknown. */
    public record Duration(DurationKind kind, String figure, Localized<String> text) {
    }

    public enum DurationKind {
        FIGURE("figure"),
        TEXT("text"),
        UNKNOWN("unknown");

        private final String id;

        DurationKind(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }
    }
}
