package fi.keinokartta.core;

/** A category of the catalogue with its name in each language. */
public record Category(String id, String fi, String sv, String en) {

    public String name(Language language) {
        return new Localized<>(fi, sv, en).get(language);
    }
}
