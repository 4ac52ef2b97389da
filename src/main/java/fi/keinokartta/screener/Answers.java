package fi.keinokartta.screener;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The screener's answers, exactly as they travel in the address ({@code ?status=…&sickLeaveSince=…}).
 * Only {@code status} is required; an unanswered question is {@code null} (or {@link Choice#UNKNOWN}).
 */
public record Answers(Status status, LocalDate sickLeaveSince, AgeBand age, Choice occupationalHealth, Choice partTime) {

    public Answers {
        occupationalHealth = occupationalHealth == null ? Choice.UNKNOWN : occupationalHealth;
        partTime = partTime == null ? Choice.UNKNOWN : partTime;
    }

    public Optional<LocalDate> sickLeave() {
        return Optional.ofNullable(sickLeaveSince);
    }

    /** The answers as address parameters, in question order, leaving out what was not answered. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(Parameter.STATUS, status.id());
        if (sickLeaveSince != null) {
            parameters.put(Parameter.SICK_LEAVE_SINCE, sickLeaveSince.toString());
        }
        if (age != null) {
            parameters.put(Parameter.AGE, age.id());
        }
        if (occupationalHealth != Choice.UNKNOWN) {
            parameters.put(Parameter.OCCUPATIONAL_HEALTH, occupationalHealth.id());
        }
        if (partTime != Choice.UNKNOWN) {
            parameters.put(Parameter.PART_TIME, partTime.id());
        }
        return parameters;
    }

    /** The names of the address parameters (the API and the page use the same). */
    public static final class Parameter {
        public static final String STATUS = "status";
        public static final String SICK_LEAVE_SINCE = "sickLeaveSince";
        public static final String AGE = "age";
        public static final String OCCUPATIONAL_HEALTH = "occupationalHealth";
        public static final String PART_TIME = "partTime";

        private Parameter() {
        }
    }

    /** What the person does now. */
    public enum Status {
        EMPLOYED("employed"),
        UNEMPLOYED("unemployed"),
        PENSION("pension"),
        ENTREPRENEUR("entrepreneur"),
        STUDENT("student");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Status> of(String id) {
            return find(values(), id, Status::id);
        }
    }

    /** Age in three bands: the young person's services, most of working life, the last working years. */
    public enum AgeBand {
        UNDER_30("under-30"),
        FROM_30_TO_54("30-54"),
        FROM_55("55-plus");

        private final String id;

        AgeBand(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<AgeBand> of(String id) {
            return find(values(), id, AgeBand::id);
        }
    }

    /** A yes / no / don't know answer. */
    public enum Choice {
        YES("yes"),
        NO("no"),
        UNKNOWN("unknown");

        private final String id;

        Choice(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Choice> of(String id) {
            return find(values(), id, Choice::id);
        }
    }

    private static <E> Optional<E> find(E[] values, String id, java.util.function.Function<E, String> idOf) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values).filter(v -> idOf.apply(v).equals(wanted)).findFirst();
    }
}
