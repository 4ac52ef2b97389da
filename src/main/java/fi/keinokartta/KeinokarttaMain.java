package fi.keinokartta;

import java.util.Arrays;

import fi.keinokartta.search.engine.EmbeddedSearchEngine;
import fi.keinokartta.search.engine.EngineSettings;
import fi.keinokartta.search.engine.EngineStartException;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the service. Before the service starts, it makes sure a search engine is there:
 * the cluster named by KEINOKARTTA_SEARCH_HOSTS, or else (in dev mode, or when asked for) an embedded
 * OpenSearch node started now. In the prod profile a missing cluster setting stops the start at once.
 */
@QuarkusMain
public final class KeinokarttaMain {

    private KeinokarttaMain() {
    }

    public static void main(String... args) {
        EngineSettings settings;
        try {
            settings = EngineSettings.fromEnvironment(false);
        } catch (EngineStartException e) {
            System.err.println("Keinokartta cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        String refusal = settings.refusal(profile()).orElse(null);
        if (refusal != null) {
            System.err.println("Keinokartta cannot start: " + refusal);
            System.exit(1);
        }
        try {
            String hosts = EmbeddedSearchEngine.ensureRunning(settings);
            System.setProperty(EngineSettings.HOSTS, hosts);
        } catch (EngineStartException e) {
            System.err.println("Keinokartta cannot start: " + e.getMessage());
            System.exit(1);
        }
        Quarkus.run(args);
    }

    /**
     * The active profile: quarkus.profile (or QUARKUS_PROFILE) when set; otherwise prod for the packaged
     * service (quarkus-run.jar, loaded by Quarkus's runner class loader) and dev for everything else
     * (quarkus:dev). Quarkus's own launch mode cannot tell: before Quarkus.run it reads NORMAL in dev mode too.
     */
    static String profile() {
        String profile = System.getProperty("quarkus.profile", System.getenv("QUARKUS_PROFILE"));
        if (profile != null && !profile.isBlank()) {
            // Several profiles may be active (a,b); the service is in production when prod is one of them.
            return Arrays.stream(profile.split(",")).map(String::strip).anyMatch("prod"::equals) ? "prod" : profile.strip();
        }
        return KeinokarttaMain.class.getClassLoader().getClass().getName().startsWith("io.quarkus.bootstrap.runner.")
                ? "prod" : "dev";
    }
}
