package fi.keinokartta.search.engine;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Settings of the search engine that must be known before the service starts (the service's own
 * configuration is not loaded yet then). Each is read from a system property or the matching
 * environment variable, e.g. {@code keinokartta.search.hosts} or {@code KEINOKARTTA_SEARCH_HOSTS}.
 */
public record EngineSettings(Optional<String> externalHosts, Optional<Path> javaHome, Optional<Path> dataDir,
        String heap, boolean ephemeral, boolean embeddedAllowedInProduction, EngineTuning tuning) {

    /** Comma-separated host:port list of an existing cluster; when set, nothing is started. */
    public static final String HOSTS = "keinokartta.search.hosts";
    /** The JDK (21+) that runs the embedded engine. */
    public static final String JAVA_HOME = "keinokartta.search.engine.java-home";
    /** Where the embedded engine keeps its data (default: target/search-engine under the project). */
    public static final String DATA_DIR = "keinokartta.search.engine.data-dir";
    /** Heap of the embedded engine's JVM. */
    public static final String HEAP = "keinokartta.search.engine.heap";
    /** {@code quick-start} or {@code throughput}; by default tests start quickly and the run command is fast. */
    public static final String TUNING = "keinokartta.search.engine.tuning";
    /** {@code true}: the packaged service (prod profile) may start an embedded node too, when run from a checkout. */
    public static final String EMBEDDED = "keinokartta.search.engine.embedded";
    /** Hibernate Search's own hosts property: setting it also means "use that cluster". */
    static final String HIBERNATE_SEARCH_HOSTS = "quarkus.hibernate-search-standalone.elasticsearch.hosts";

    /**
     * @param ephemeral a node for tests: its data is thrown away when it stops, and it is tuned to start
     *        quickly unless {@link #TUNING} says otherwise
     */
    public static EngineSettings fromEnvironment(boolean ephemeral) {
        EngineTuning tuning = value(TUNING).map(v -> EngineTuning.parse(v).orElseThrow(() -> new EngineStartException(
                environmentName(TUNING) + " must be quick-start or throughput, not \"" + v + "\".")))
                .orElse(ephemeral ? EngineTuning.QUICK_START : EngineTuning.THROUGHPUT);
        return new EngineSettings(
                value(HOSTS).or(() -> value(HIBERNATE_SEARCH_HOSTS)),
                value(JAVA_HOME).map(Path::of),
                value(DATA_DIR).map(Path::of),
                value(HEAP).orElse("256m"),
                ephemeral,
                value(EMBEDDED).map(Boolean::parseBoolean).orElse(false),
                tuning);
    }

    /** The same settings with another tuning (the benchmark measures the run command's). */
    public EngineSettings withTuning(EngineTuning other) {
        return new EngineSettings(externalHosts, javaHome, dataDir, heap, ephemeral, embeddedAllowedInProduction, other);
    }

    public boolean externalClusterConfigured() {
        return externalHosts.isPresent();
    }

    /**
     * Why the service must not start in this profile, or empty when it may: in production (the prod
     * profile, e.g. the container) the cluster must be named, since the embedded node is a development
     * tool that needs the project's checkout and Maven.
     */
    public Optional<String> refusal(String profile) {
        if (externalClusterConfigured() || embeddedAllowedInProduction || !"prod".equals(profile)) {
            return Optional.empty();
        }
        return Optional.of("No search cluster is configured: set KEINOKARTTA_SEARCH_HOSTS (host:port[,host:port]) "
                + "to the OpenSearch/Elasticsearch cluster (the prod profile never starts an embedded engine; "
                + "to try the packaged service from a checkout, add -D" + EMBEDDED + "=true).");
    }

    static Optional<String> value(String property) {
        String fromProperty = System.getProperty(property);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(fromProperty.strip());
        }
        String fromEnvironment = System.getenv(environmentName(property));
        return fromEnvironment == null || fromEnvironment.isBlank() ? Optional.empty() : Optional.of(fromEnvironment.strip());
    }

    /** The MicroProfile Config mapping of a property name to an environment variable name. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
