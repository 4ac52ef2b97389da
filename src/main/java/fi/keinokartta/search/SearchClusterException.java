package fi.keinokartta.search;

/** The search cluster answered, but refused a request: a bug or a misconfigured cluster, never user input. */
public class SearchClusterException extends RuntimeException {

    public SearchClusterException(String message, Throwable cause) {
        super(message, cause);
    }
}
