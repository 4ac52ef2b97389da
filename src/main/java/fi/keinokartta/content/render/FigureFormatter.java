package fi.keinokartta.content.render;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fi.keinokartta.core.Figure;
import fi.keinokartta.core.Language;
import fi.keinokartta.i18n.Messages;
import fi.keinokartta.i18n.Texts;

/**
 * Writes a figure the way a reader of each language expects it, always with the date from which it
 * applies: "1 770 €/kk (1.1.2025 alkaen)", "€1,770 a month (from 1 January 2025)".
 */
@ApplicationScoped
public class FigureFormatter {

    private static final DateTimeFormatter NORDIC_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Language.EN.locale());

    @Inject
    Texts texts;

    @Inject
    Clock clock;

    /**
     * Value and unit with the validity in brackets; a stale figure (its period has ended and no newer
     * value is known) says so right there: "108,89 €/kk (1.1.2024–31.12.2024, vanhentunut)".
     */
    public String format(Figure figure, Language language) {
        String stale = isStale(figure) ? ", " + texts.in(language).figure_stale() : "";
        return value(figure, language) + " (" + validity(figure, language) + stale + ")";
    }

    /** The figure's period has ended and no newer value is declared. */
    public boolean isStale(Figure figure) {
        return figure.isStaleOn(LocalDate.now(clock));
    }

    public String value(Figure figure, Language language) {
        Messages m = texts.in(language);
        String number = number(figure.value(), language);
        boolean one = figure.value().compareTo(BigDecimal.ONE) == 0;
        return switch (figure.unit()) {
            case EUR -> m.unit_eur(number);
            case EUR_PER_DAY -> m.unit_eur_per_day(number);
            case EUR_PER_MONTH -> m.unit_eur_per_month(number);
            case EUR_PER_YEAR -> m.unit_eur_per_year(number);
            case PERCENT -> m.unit_percent(number);
            case DAYS -> m.unit_days(number, one);
            case WORKING_DAYS -> m.unit_working_days(number, one);
            case WEEKS -> m.unit_weeks(number, one);
            case MONTHS -> m.unit_months(number, one);
            case YEARS -> m.unit_years(number, one);
            case HOURS_PER_DAY -> m.unit_hours_per_day(number, one);
            case HOURS_PER_WEEK -> m.unit_hours_per_week(number, one);
            case HOURS_PER_MONTH -> m.unit_hours_per_month(number, one);
            case COUNT -> m.unit_count(number);
        };
    }

    public String validity(Figure figure, Language language) {
        Messages m = texts.in(language);
        String from = date(figure.validFrom(), language);
        return figure.validTo() == null ? m.figure_validFrom(from) : m.figure_validBetween(from, date(figure.validTo(), language));
    }

    public static String date(LocalDate date, Language language) {
        return (language == Language.EN ? ENGLISH_DATE : NORDIC_DATE).format(date);
    }

    private static String number(BigDecimal value, Language language) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(value.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(value);
    }
}
