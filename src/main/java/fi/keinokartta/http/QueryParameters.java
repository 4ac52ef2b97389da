package fi.keinokartta.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;

import fi.keinokartta.core.Language;

/**
 * Reads query parameters strictly, with a 400 problem naming the parameter for anything off: unknown
 * names (usually typos), repeated single values, numbers out of range, unknown languages.
 */
public final class QueryParameters {

    private final MultivaluedMap<String, String> values;

    public QueryParameters(MultivaluedMap<String, String> values, Set<String> allowed) {
        this.values = values;
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                throw ApiProblem.badParameter(name, "Unknown parameter '" + name + "'; this address accepts: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ".");
            }
        }
    }

    public Optional<String> single(String name) {
        List<String> list = values.get(name);
        if (list == null || list.isEmpty()) {
            return Optional.empty();
        }
        if (list.size() > 1) {
            throw ApiProblem.badParameter(name, "The parameter '" + name + "' was given " + list.size() + " times; give it once.");
        }
        String value = list.get(0).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Repeated and comma-separated values together: {@code category=a&category=b} or {@code category=a,b}. */
    public List<String> multiple(String name) {
        return split(values.get(name));
    }

    /** Repeated and comma-separated values as one list, stripped, without empty ones (null: none). */
    public static List<String> split(List<String> raw) {
        List<String> all = new ArrayList<>();
        for (String value : raw == null ? List.<String>of() : raw) {
            Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).forEach(all::add);
        }
        return all;
    }

    public Language language() {
        return single("lang").map(code -> Language.fromCode(code).orElseThrow(() -> ApiProblem.badParameter("lang",
                "Unknown language '" + code + "'; use one of: " + Language.codes() + "."))).orElse(Language.DEFAULT);
    }

    public int integer(String name, int defaultValue, int min, int max) {
        Optional<String> raw = single(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw ApiProblem.badParameter(name, "The parameter '" + name + "' must be between " + min + " and " + max
                        + "; it was " + value + ".");
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter(name, "The parameter '" + name + "' must be a whole number; it was '"
                    + shorten(raw.get()) + "'.");
        }
    }

    public static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
