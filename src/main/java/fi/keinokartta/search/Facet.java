package fi.keinokartta.search;

import java.util.Arrays;
import java.util.Optional;

import fi.keinokartta.core.ItemType;
import fi.keinokartta.core.Release;

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

    /** Whether a value exists for this facet in the release. */
    public boolean exists(String value, Release release) {
        return switch (this) {
            case TYPE -> ItemType.fromId(value).isPresent();
            case CATEGORY -> release.categories().containsKey(value);
            case PROVIDER -> release.providers().containsKey(value);
            case SITUATION -> release.situations().containsKey(value);
        };
    }

    public static Optional<Facet> fromParameter(String name) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(name)).findFirst();
    }
}
