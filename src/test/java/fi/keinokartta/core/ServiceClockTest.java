package fi.keinokartta.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ServiceClockTest {

    @Test
    void todayIsFinlandsDayNotTheMachines() {
        // 22:30 UTC on 26 November is already 27 November in Helsinki (UTC+2 in winter).
        Clock clock = ServiceClock.fixed("2026-11-26T22:30:00Z");
        assertThat(clock.getZone()).isEqualTo(ServiceClock.ZONE);
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-26T22:30:00Z"));
    }

    @Test
    void aLocalTimeIsReadInFinland() {
        assertThat(ServiceClock.fixed("2026-06-01T00:30").instant()).isEqualTo(Instant.parse("2026-05-31T21:30:00Z"));
    }

    @Test
    void aDateMeansNoonInFinland() {
        Clock clock = ServiceClock.fixed(" 2026-11-27 ");
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
    }

    @Test
    void anythingElseIsRefusedWithTheFormsThatWork() {
        assertThatThrownBy(() -> ServiceClock.fixed("tomorrow")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'tomorrow'").hasMessageContaining("2026-11-26T22:30:00Z");
    }

    @Test
    void theRunningClockIsInFinland() {
        assertThat(ServiceClock.system().getZone()).isEqualTo(ServiceClock.ZONE);
    }
}
