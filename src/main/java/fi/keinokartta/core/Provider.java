package fi.keinokartta.core;

/** Who organises, decides or pays, with its name in each language and an optional home page. */
public record Provider(String id, String url, String fi, String sv, String en) {

    public String name(Language language) {
        return new Localized<>(fi, sv, en).get(language);
    }
}
