package fi.keinokartta.core;

import java.util.List;

/** Everything a reader sees of an item in one language. */
public record ItemText(String title, String summary, List<String> keywords, Sections sections) {

    public ItemText {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
