package fi.keinokartta.content.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An amount, limit or duration, always with the date from which it applies and its source. */
public record Figure(String id, BigDecimal value, FigureUnit unit, LocalDate validFrom, LocalDate validTo,
        String source, Localized<String> label) {
}
