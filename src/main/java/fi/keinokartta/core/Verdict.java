package fi.keinokartta.core;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How two items combine. The one place that defines the vocabulary (GUIDE §4); how each verdict is
 * worded for readers lives in the message bundles ({@code verdict_<id>}).
 */
public enum Verdict {
    /** Can be used at the same time. */
    TOGETHER("together"),
    /** One is paid first; the other tops up at most the difference. */
    PRIMARY("primary"),
    /** Not at the same time. */
    EXCLUDES("excludes"),
    /** Typically follows the other. */
    SEQUENCE("sequence"),
    /** Possible under stated conditions. */
    CONDITIONAL("conditional"),
    /** No documented rule: never to be read as "no". */
    UNKNOWN("unknown");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<Verdict> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
