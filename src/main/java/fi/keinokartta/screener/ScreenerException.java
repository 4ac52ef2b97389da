package fi.keinokartta.screener;

/** An answer the screener cannot use, with the parameter and a sentence that says what to change. */
public class ScreenerException extends RuntimeException {

    private final String parameter;

    public ScreenerException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
