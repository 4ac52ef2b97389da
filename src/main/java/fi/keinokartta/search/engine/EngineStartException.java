package fi.keinokartta.search.engine;

/** The embedded engine could not be started; the message is one sentence that says what to do. */
public class EngineStartException extends RuntimeException {

    public EngineStartException(String message) {
        super(message);
    }

    public EngineStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
