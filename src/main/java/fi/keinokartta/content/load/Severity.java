package fi.keinokartta.content.load;

/** How serious a content problem is: errors stop a release, warnings are shown to editors. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
