package fi.keinokartta.core;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of thing a catalogue item is; labels live in the message bundles ({@code type_<id>}). */
public enum ItemType {
    /** Money paid to the person or the employer. */
    BENEFIT("benefit"),
    /** Something a public body or provider arranges. */
    SERVICE("service"),
    /** Something done at the workplace or in care. */
    MEASURE("measure");

    private final String id;

    ItemType(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<ItemType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
