package fi.keinokartta;

import fi.keinokartta.search.engine.EmbeddedSearchEngine;
import fi.keinokartta.search.engine.EngineSettings;
import fi.keinokartta.search.engine.EngineStartException;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the service. Before the service starts, it makes sure a search engine is there:
 * the cluster named by KEINOKARTTA_SEARCH_HOSTS, or else an embedded OpenSearch node started now.
 */
@QuarkusMain
public final class KeinokarttaMain {

    private KeinokarttaMain() {
    }

    public static void main(String... args) {
        try {
            String hosts = EmbeddedSearchEngine.ensureRunning(EngineSettings.fromEnvironment(false));
            System.setProperty(EngineSettings.HOSTS, hosts);
        } catch (EngineStartException e) {
            System.err.println("Keinokartta cannot start: " + e.getMessage());
            System.exit(1);
        }
        Quarkus.run(args);
    }
}
