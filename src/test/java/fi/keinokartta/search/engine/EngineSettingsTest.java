package fi.keinokartta.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Production needs a named cluster; development and tests may start the embedded node. */
class EngineSettingsTest {

    private static EngineSettings settings(Optional<String> hosts, boolean embeddedAllowed) {
        return new EngineSettings(hosts, Optional.empty(), Optional.empty(), "256m", false, embeddedAllowed, EngineTuning.THROUGHPUT);
    }

    @Test
    void productionWithoutHostsIsRefusedInOneSentenceThatSaysWhatToSet() {
        Optional<String> refusal = settings(Optional.empty(), false).refusal("prod");
        assertThat(refusal).isPresent();
        assertThat(refusal.get()).startsWith("No search cluster is configured: set KEINOKARTTA_SEARCH_HOSTS")
                .contains(EngineSettings.EMBEDDED + "=true").endsWith(").");
    }

    @Test
    void productionWithHostsStarts() {
        assertThat(settings(Optional.of("search:9200"), false).refusal("prod")).isEmpty();
    }

    @Test
    void productionMayBeToldToStartTheEmbeddedNode() {
        assertThat(settings(Optional.empty(), true).refusal("prod")).isEmpty();
    }

    @Test
    void developmentAndTestsStartTheEmbeddedNode() {
        assertThat(settings(Optional.empty(), false).refusal("dev")).isEmpty();
        assertThat(settings(Optional.empty(), false).refusal("test")).isEmpty();
    }

    @Test
    void testsStartQuicklyAndTheRunCommandIsTunedForQueries() {
        System.clearProperty(EngineSettings.TUNING);
        assertThat(EngineSettings.fromEnvironment(true).tuning()).isEqualTo(EngineTuning.QUICK_START);
        assertThat(EngineSettings.fromEnvironment(false).tuning()).isEqualTo(EngineTuning.THROUGHPUT);
        assertThat(EngineTuning.QUICK_START.jvmFlags()).contains("-XX:TieredStopAtLevel=1");
        assertThat(EngineTuning.THROUGHPUT.jvmFlags()).noneMatch(flag -> flag.startsWith("-XX:TieredStopAtLevel"));
    }

    @Test
    void theTuningCanBeChosenAndAWrongValueIsNamed() {
        try {
            System.setProperty(EngineSettings.TUNING, "throughput");
            assertThat(EngineSettings.fromEnvironment(true).tuning()).isEqualTo(EngineTuning.THROUGHPUT);
            System.setProperty(EngineSettings.TUNING, "fast");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EngineSettings.fromEnvironment(true))
                    .isInstanceOf(EngineStartException.class)
                    .hasMessage("KEINOKARTTA_SEARCH_ENGINE_TUNING must be quick-start or throughput, not \"fast\".");
        } finally {
            System.clearProperty(EngineSettings.TUNING);
        }
    }
}
