package fi.keinokartta.content.load;

/**
 * One problem found in the content folder, pointing at a file (relative to the content folder) and,
 * where known, a line, with a plain sentence an editor can act on.
 */
public record ContentProblem(Severity severity, String file, Integer line, String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code items/tyokokeilu.yaml:12: error: ...}, the usual compiler style that editors can click. */
    public String format() {
        return file + (line == null ? "" : ":" + line) + ": " + severity.label() + ": " + message;
    }
}
