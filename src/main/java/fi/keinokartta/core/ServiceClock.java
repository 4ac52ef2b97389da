package fi.keinokartta.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The time zone that decides "today" (validity of rules and figures, overdue reviews, release dates):
 * Finland's, whatever the machine's zone is. The service has one {@link Clock} in this zone, a CDI
 * bean (see config.ClockProducer); code outside CDI (the content command) uses {@link #system()}.
 */
public final class ServiceClock {

    /** Europe/Helsinki. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private ServiceClock() {
    }

    /** The running clock in Finland's zone. */
    public static Clock system() {
        return Clock.system(ZONE);
    }

    /**
     * A clock stopped at the given moment, in Finland's zone: an instant ({@code 2026-11-26T22:30:00Z}),
     * a local date and time in Finland ({@code 2026-11-27T00:30}) or a date (noon of that day in Finland).
     */
    public static Clock fixed(String moment) {
        String value = moment.strip();
        try {
            return Clock.fixed(Instant.parse(value), ZONE);
        } catch (DateTimeParseException notAnInstant) {
            // Local time in Finland, or a date.
        }
        try {
            return Clock.fixed(LocalDateTime.parse(value).atZone(ZONE).toInstant(), ZONE);
        } catch (DateTimeParseException notALocalTime) {
            // A date.
        }
        try {
            return Clock.fixed(LocalDate.parse(value).atTime(LocalTime.NOON).atZone(ZONE).toInstant(), ZONE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("A fixed clock needs an instant (2026-11-26T22:30:00Z), a local time in "
                    + "Finland (2026-11-27T00:30) or a date (2026-11-27); '" + value + "' is none of these.", e);
        }
    }
}
