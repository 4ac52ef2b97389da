package fi.keinokartta.core;

import java.time.LocalDate;

/**
 * An official page that confirms what an entry says, with the date it was read. {@code archived}
 * marks a page kept on purpose as a historical record (for example the only page that says when a rule
 * started) although its site has since been closed.
 */
public record Source(String id, String url, String title, String publisher, LocalDate accessed, Boolean archived) {

    /** Absent means not archived, so a source reads the same from YAML and from a stored release. */
    public Source {
        archived = Boolean.TRUE.equals(archived);
    }

    public boolean isArchived() {
        return archived;
    }
}
