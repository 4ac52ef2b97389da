package fi.keinokartta.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Production needs a named cluster; development and tests may start the embedded node. */
class EngineSettingsTest {

    private static EngineSettings settings(Optional<String> hosts, boolean embeddedAllowed) {
        return new EngineSettings(hosts, Optional.empty(), Optional.empty(), "256m", false, embeddedAllowed);
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
}
