package fi.keinokartta.content.model;

import java.time.LocalDate;

/** An official page that confirms what an entry says, with the date it was read. */
public record Source(String id, String url, String title, String publisher, LocalDate accessed) {
}
