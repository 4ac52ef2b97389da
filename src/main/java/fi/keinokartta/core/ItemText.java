package fi.keinokartta.core;

import java.util.List;

/**
 * Everything a reader sees of an item in one language. {@code forEmployer} (Markdown, optional) speaks to an
 * employer or supervisor, in their voice, on items that concern the workplace.
 */
public record ItemText(String title, String summary, List<String> keywords, Sections sections, String forEmployer) {

    public ItemText(String title, String summary, List<String> keywords, Sections sections) {
        this(title, summary, keywords, sections, null);
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public ItemText {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
