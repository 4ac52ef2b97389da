package fi.keinokartta.search;

/**
 * The engine is up but refused this query as written (too many clauses, a query it cannot parse): the
 * caller's search must change, so it answers 400, never 503, and retrying the same search cannot help.
 */
public class SearchRejectedException extends RuntimeException {

    public SearchRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
