package fi.keinokartta.screener;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.keinokartta.screener.Answers.AgeBand;
import fi.keinokartta.screener.Answers.Choice;
import fi.keinokartta.screener.Answers.Parameter;
import fi.keinokartta.screener.Answers.Status;

/** Reads the answers from address parameters, refusing unknown values and impossible dates with a sentence. */
public final class AnswerReader {

    private AnswerReader() {
    }

    /**
     * @param today the service's today (a first day of sick leave after it is refused)
     * @throws ScreenerException for a missing status or a value the screener does not know
     */
    public static Answers read(String status, String sickLeaveSince, String age, String occupationalHealth, String partTime,
            LocalDate today) {
        if (status == null || status.isBlank()) {
            throw new ScreenerException(Parameter.STATUS, "Answer the first question: status is one of "
                    + ids(Status.values(), Status::id) + ".");
        }
        Status s = Status.of(status).orElseThrow(() -> new ScreenerException(Parameter.STATUS, "Unknown status '" + status
                + "': use one of " + ids(Status.values(), Status::id) + "."));
        LocalDate since = null;
        if (sickLeaveSince != null && !sickLeaveSince.isBlank()) {
            try {
                since = LocalDate.parse(sickLeaveSince.strip());
            } catch (DateTimeParseException e) {
                throw new ScreenerException(Parameter.SICK_LEAVE_SINCE, "sickLeaveSince '" + sickLeaveSince
                        + "' is not a date: write it as YYYY-MM-DD, e.g. " + today.minusDays(40) + ".");
            }
            if (since.isAfter(today)) {
                throw new ScreenerException(Parameter.SICK_LEAVE_SINCE, "sickLeaveSince " + since
                        + " is in the future: give the first day of sick leave, today (" + today + ") at the latest.");
            }
            if (since.isBefore(today.minusYears(3))) {
                throw new ScreenerException(Parameter.SICK_LEAVE_SINCE, "sickLeaveSince " + since
                        + " is more than three years ago: the sick-leave timeline covers about one year; leave the date out.");
            }
        }
        AgeBand band = optional(age, AgeBand::of, Parameter.AGE, ids(AgeBand.values(), AgeBand::id));
        Choice health = optional(occupationalHealth, Choice::of, Parameter.OCCUPATIONAL_HEALTH, ids(Choice.values(), Choice::id));
        Choice part = optional(partTime, Choice::of, Parameter.PART_TIME, ids(Choice.values(), Choice::id));
        return new Answers(s, since, band, health, part);
    }

    private static <E> E optional(String value, Function<String, java.util.Optional<E>> parse, String parameter, String allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse.apply(value).orElseThrow(() -> new ScreenerException(parameter, "Unknown " + parameter + " '" + value
                + "': use one of " + allowed + ", or leave it out."));
    }

    private static <E> String ids(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(id).collect(Collectors.joining(", "));
    }
}
