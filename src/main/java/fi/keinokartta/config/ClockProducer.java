package fi.keinokartta.config;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import fi.keinokartta.core.ServiceClock;

/**
 * The one clock of the service, in Finland's zone: every "today" and every timestamp comes from it.
 * {@code keinokartta.clock.fixed} stops it at a moment (tests only; see docs/configuration.md).
 */
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @Produces
    @Singleton
    Clock clock(KeinokarttaConfig config) {
        return config.clock().fixed().map(moment -> {
            Clock fixed = ServiceClock.fixed(moment);
            LOG.warnf("The clock is fixed at %s (keinokartta.clock.fixed): for tests only.", fixed.instant());
            return fixed;
        }).orElseGet(ServiceClock::system);
    }
}
