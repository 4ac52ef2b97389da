package fi.keinokartta.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;

/** How many requests were answered whole from the kept answers (HttpCaching's response cache) so far. */
public final class KeptAnswers {

    private KeptAnswers() {
    }

    public static double hits(MeterRegistry registry) {
        var counter = registry.find("cache.gets").tag("cache", "responses-live").tag("result", "hit").functionCounter();
        assertThat(counter).as("the response cache reports its hits").isNotNull();
        return counter.count();
    }
}
