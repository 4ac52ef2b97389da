package fi.keinokartta.search;

/**
 * The engine could not read our request's JSON: the body was damaged on the way (seen when a node died
 * while a request was being sent to it and the client sent the rest of the body to another node). Our
 * JSON is always well formed, so this is never the reader's query: the search is sent once more, and if
 * that fails too it is an outage (503), not a refusal.
 */
public class DamagedRequestException extends SearchUnavailableException {

    public DamagedRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
