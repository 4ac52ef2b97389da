package fi.keinokartta.core;

import com.fasterxml.jackson.annotation.JsonValue;

/** Units of figures; how each is written in a language is in the message bundles ({@code unit_<id>}). */
public enum FigureUnit {
    EUR("eur"),
    EUR_PER_DAY("eur-per-day"),
    EUR_PER_MONTH("eur-per-month"),
    EUR_PER_YEAR("eur-per-year"),
    PERCENT("percent"),
    DAYS("days"),
    WORKING_DAYS("working-days"),
    WEEKS("weeks"),
    MONTHS("months"),
    YEARS("years"),
    HOURS_PER_DAY("hours-per-day"),
    HOURS_PER_WEEK("hours-per-week"),
    HOURS_PER_MONTH("hours-per-month"),
    COUNT("count");

    private final String id;

    FigureUnit(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
