package fi.keinokartta.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import fi.keinokartta.search.engine.EmbeddedSearchEngine;
import fi.keinokartta.search.engine.EngineSettings;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives every test a real OpenSearch node: the one named by KEINOKARTTA_SEARCH_HOSTS, or an embedded
 * node started once per test JVM (ephemeral data). The service reaches it through an
 * {@link OutageProxy}, so tests can simulate an engine outage.
 */
public class SearchEngineTestResource implements QuarkusTestResourceLifecycleManager {

    private static OutageProxy proxy;
    private static String engineHosts;

    @Override
    public synchronized Map<String, String> start() {
        if (proxy == null) {
            engineHosts = EmbeddedSearchEngine.ensureRunning(EngineSettings.fromEnvironment(true));
            try {
                proxy = new OutageProxy(engineHosts.split(",")[0]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of(EngineSettings.HOSTS, proxy.address());
    }

    @Override
    public void stop() {
        // The engine and the proxy serve every test class of this JVM; they stop with it.
    }

    /** The relay the service talks to the engine through. */
    public static OutageProxy proxy() {
        return proxy;
    }

    /** The engine's own address, for tests that look at the cluster directly. */
    public static String engineHosts() {
        return engineHosts;
    }
}
