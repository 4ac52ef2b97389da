package fi.keinokartta.publishing;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import fi.keinokartta.core.LiveReleaseChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * The live release in the metrics: {@code keinokartta_release_live_info{release="…"} 1} (one series, for the
 * release this instance serves now, so instances serving different releases show up side by side), its
 * sequence number as a plain gauge, and a count of switches (publish, rollback).
 */
@ApplicationScoped
public class ReleaseMetrics {

    @Inject
    MeterRegistry registry;

    private final AtomicLong sequence = new AtomicLong(-1);
    private Counter switches;
    private Gauge info;

    void start(@Observes StartupEvent event) {
        Gauge.builder("keinokartta.release.live.sequence", sequence, AtomicLong::get)
                .description("Sequence number of the release served to the public (-1: none)").register(registry);
        switches = Counter.builder("keinokartta.release.switches")
                .description("Times this instance began serving another release").register(registry);
    }

    synchronized void liveChanged(@Observes LiveReleaseChanged event) {
        if (info != null) {
            registry.remove(info);
            info = null;
        }
        event.live().ifPresent(release -> info = Gauge.builder("keinokartta.release.live.info", () -> 1)
                .description("The release served to the public (its id in the tag release)")
                .tag("release", release.id()).register(registry));
        sequence.set(event.live().map(release -> release.record().sequence()).orElse(-1L));
        if (switches != null) {
            switches.increment();
        }
    }
}
