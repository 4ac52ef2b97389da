package fi.keinokartta.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The languages Keinokartta is written and served in. The one place that lists them: content
 * validation, search fields, the API and the pages all iterate over this enum.
 */
public enum Language {
    FI("fi", "suomi", "Finnish"),
    SV("sv", "svenska", "Swedish"),
    EN("en", "English", "English");

    public static final Language DEFAULT = FI;

    /**
     * The language segment of page addresses as a JAX-RS path pattern. Annotations need a constant, so it
     * is written out here, next to the constants it lists; LanguageTest checks that they agree.
     */
    public static final String PATH_PATTERN = "fi|sv|en";

    private final String code;
    private final String nativeName;
    private final String englishName;

    Language(String code, String nativeName, String englishName) {
        this.code = code;
        this.nativeName = nativeName;
        this.englishName = englishName;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public String englishName() {
        return englishName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(normalized)).findFirst();
    }

    /** The best of our languages for a browser's Accept-Language header; the default when none fits. */
    public static Language fromAcceptLanguage(String header) {
        if (header != null && !header.isBlank()) {
            try {
                String best = Locale.lookupTag(Locale.LanguageRange.parse(header),
                        Arrays.stream(values()).map(Language::code).toList());
                return fromCode(best).orElse(DEFAULT);
            } catch (IllegalArgumentException e) {
                // An unreadable header: the default language.
            }
        }
        return DEFAULT;
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Language::code).toList());
    }
}
