package fi.keinokartta.search.engine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the embedded engine's JVM is tuned, chosen by what it is for. Tests start many short-lived
 * nodes and care about start time; the run command (and the benchmark) keeps one node for a long time
 * and cares about query time. The figures behind the choice are in docs/performance.md.
 */
public enum EngineTuning {

    /** Tests: compile with C1 only (the node is up sooner; queries are slower, which tests do not mind). */
    QUICK_START(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")),

    /** The run command: the full JIT (C2) makes queries several times faster once warm, for a slower start. */
    THROUGHPUT(List.of("-XX:+UseSerialGC"));

    private final List<String> jvmFlags;

    EngineTuning(List<String> jvmFlags) {
        this.jvmFlags = jvmFlags;
    }

    public List<String> jvmFlags() {
        return jvmFlags;
    }

    /** The setting's value: {@code quick-start} or {@code throughput}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<EngineTuning> parse(String value) {
        for (EngineTuning tuning : values()) {
            if (tuning.value().equalsIgnoreCase(value.strip())) {
                return Optional.of(tuning);
            }
        }
        return Optional.empty();
    }
}
