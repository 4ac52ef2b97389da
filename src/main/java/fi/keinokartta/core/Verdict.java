package fi.keinokartta.core;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How two items combine. The one place that defines the vocabulary (GUIDE §4): its id in content and
 * API, its sign and CSS class on the pages; how each verdict is worded for readers lives in the message
 * bundles ({@code verdict_<id>}, {@code verdict_<id>_long}) and is chosen in i18n.Labels.
 */
public enum Verdict {
    /** Can be used at the same time. */
    TOGETHER("together", "✓"),
    /** One is paid first; the other tops up at most the difference. */
    PRIMARY("primary", "1+"),
    /** Not at the same time. */
    EXCLUDES("excludes", "✕"),
    /** Typically follows the other. */
    SEQUENCE("sequence", "→"),
    /** Possible under stated conditions. */
    CONDITIONAL("conditional", "≈"),
    /** No documented rule: never to be read as "no". */
    UNKNOWN("unknown", "?");

    private final String id;
    private final String sign;

    Verdict(String id, String sign) {
        this.id = id;
        this.sign = sign;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** A text sign shown next to the verdict's words (never alone), so the matrix reads in black and white too. */
    public String sign() {
        return sign;
    }

    /** The CSS class of the verdict on the pages (its colour and border, next to the sign and the words). */
    public String cssClass() {
        return "verdict-" + id;
    }

    public static Optional<Verdict> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
