package fi.keinokartta.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import fi.keinokartta.i18n.Language;

/**
 * Addresses of the public pages: the language first, then a path word in that language, then the
 * stable id (the Finnish slug). The one place that knows the URL scheme.
 */
public final class Routes {

    private Routes() {
    }

    public static String home(Language language) {
        return "/" + language.code() + "/";
    }

    public static String item(Language language, String id) {
        return "/" + language.code() + "/" + switch (language) {
            case FI -> "keinot";
            case SV -> "atgarder";
            case EN -> "measures";
        } + "/" + id;
    }

    public static String search(Language language) {
        return "/" + language.code() + "/" + switch (language) {
            case FI -> "haku";
            case SV -> "sok";
            case EN -> "search";
        };
    }

    public static String situation(Language language, String id) {
        return situations(language) + "/" + id;
    }

    public static String situations(Language language) {
        return "/" + language.code() + "/" + switch (language) {
            case FI -> "tilanteet";
            case SV -> "situationer";
            case EN -> "situations";
        };
    }

    public static String checker(Language language) {
        return "/" + language.code() + "/" + switch (language) {
            case FI -> "yhdistelmat";
            case SV -> "kombinationer";
            case EN -> "combinations";
        };
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
