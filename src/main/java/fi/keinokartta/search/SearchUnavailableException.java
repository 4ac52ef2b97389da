package fi.keinokartta.search;

/** The search cluster cannot be reached or cannot answer right now; callers answer 503 and retry later. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public SearchUnavailableException(String message) {
        super(message);
    }
}
