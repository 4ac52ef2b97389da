package fi.keinokartta.search;

import java.util.Arrays;
import java.util.Optional;

/** The facets of search: the request parameter name and the index field of each. */
public enum Facet {
    TYPE("type", SearchFields.TYPE),
    CATEGORY("category", SearchFields.CATEGORIES),
    PROVIDER("provider", SearchFields.PROVIDERS),
    SITUATION("situation", SearchFields.SITUATIONS);

    private final String parameter;
    private final String field;

    Facet(String parameter, String field) {
        this.parameter = parameter;
        this.field = field;
    }

    public String parameter() {
        return parameter;
    }

    public String field() {
        return field;
    }

    public static Optional<Facet> fromParameter(String name) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(name)).findFirst();
    }
}
