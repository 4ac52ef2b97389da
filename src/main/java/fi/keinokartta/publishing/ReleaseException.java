package fi.keinokartta.publishing;

/** A release could not be built, published or rolled back; the message says why, for an editor. */
public class ReleaseException extends RuntimeException {

    public ReleaseException(String message) {
        super(message);
    }

    public ReleaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
