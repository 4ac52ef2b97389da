package fi.keinokartta.core;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An amount, limit or duration, always with the date from which it applies and its source.
 * {@code replacedBy} names the figure of the same item that holds the value that followed this one,
 * when there is one.
 */
public record Figure(String id, BigDecimal value, FigureUnit unit, LocalDate validFrom, LocalDate validTo,
        String source, Localized<String> label, String replacedBy) {

    /** The period of the figure has ended before {@code day}. */
    public boolean hasEndedBefore(LocalDate day) {
        return validTo != null && validTo.isBefore(day);
    }

    /**
     * Stale: its period has ended and no newer value is declared, so a reader cannot be given the
     * amount that applies on {@code day}.
     */
    public boolean isStaleOn(LocalDate day) {
        return hasEndedBefore(day) && replacedBy == null;
    }
}
