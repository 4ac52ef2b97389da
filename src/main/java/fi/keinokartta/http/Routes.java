package fi.keinokartta.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.keinokartta.core.Language;

/**
 * Addresses of the public pages: the language first, then a word for the page in that language, then
 * the stable id (the Finnish slug). The one place that knows the URL scheme, both ways.
 */
public final class Routes {

    /** The kinds of pages that have an address word. */
    public enum Page {
        SEARCH("haku", "sok", "search"),
        ITEM("keinot", "atgarder", "measures"),
        SITUATIONS("tilanteet", "situationer", "situations"),
        CHECKER("yhdistelmat", "kombinationer", "combinations"),
        ACCESSIBILITY("saavutettavuusseloste", "tillganglighetsutlatande", "accessibility-statement"),
        WHATS_NEW("uutta", "nytt", "whats-new"),
        SCREENER("kysely", "fragor", "questions"),
        EMPLOYERS("tyonantajalle", "for-arbetsgivare", "for-employers"),
        PLAN("suunnitelma", "plan", "plan");

        private final Map<Language, String> words = new EnumMap<>(Language.class);

        Page(String fi, String sv, String en) {
            words.put(Language.FI, fi);
            words.put(Language.SV, sv);
            words.put(Language.EN, en);
        }

        public String word(Language language) {
            return words.get(language);
        }

        public String path(Language language) {
            return "/" + language.code() + "/" + word(language);
        }
    }

    /** A page word read from an address, and the language it belongs to (which may differ from the address's). */
    public record Match(Page page, Language wordLanguage) {
    }

    private Routes() {
    }

    public static Optional<Match> match(String word) {
        return match(word, null);
    }

    /** As {@link #match(String)}, preferring the address's own language when two languages share a word ("plan"). */
    public static Optional<Match> match(String word, Language preferred) {
        if (preferred != null) {
            Optional<Match> own = Arrays.stream(Page.values()).filter(page -> page.word(preferred).equals(word))
                    .map(page -> new Match(page, preferred)).findFirst();
            if (own.isPresent()) {
                return own;
            }
        }
        return Arrays.stream(Page.values())
                .flatMap(page -> Arrays.stream(Language.values())
                        .filter(language -> page.word(language).equals(word))
                        .map(language -> new Match(page, language)))
                .findFirst();
    }

    public static String home(Language language) {
        return "/" + language.code() + "/";
    }

    public static String item(Language language, String id) {
        return Page.ITEM.path(language) + "/" + id;
    }

    public static String search(Language language) {
        return Page.SEARCH.path(language);
    }

    public static String situations(Language language) {
        return Page.SITUATIONS.path(language);
    }

    public static String situation(Language language, String id) {
        return situations(language) + "/" + id;
    }

    public static String checker(Language language) {
        return Page.CHECKER.path(language);
    }

    public static String accessibility(Language language) {
        return Page.ACCESSIBILITY.path(language);
    }

    public static String whatsNew(Language language) {
        return Page.WHATS_NEW.path(language);
    }

    public static String feed(Language language) {
        return whatsNew(language) + "/feed.xml";
    }

    public static String screener(Language language) {
        return Page.SCREENER.path(language);
    }

    /** The screener with answers (address parameters in order); the result page when a status is among them. */
    public static String screener(Language language, Map<String, String> answers) {
        StringBuilder url = new StringBuilder(screener(language));
        char separator = '?';
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            url.append(separator).append(encode(answer.getKey())).append('=').append(encode(answer.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    public static String employers(Language language) {
        return Page.EMPLOYERS.path(language);
    }

    /** The checker with items (and a situation) chosen. */
    public static String checker(Language language, Collection<String> ids, String situation) {
        StringBuilder url = new StringBuilder(checker(language));
        char separator = '?';
        for (String id : ids) {
            url.append(separator).append("ids=").append(encode(id));
            separator = '&';
        }
        if (situation != null) {
            url.append(separator).append("situation=").append(encode(situation));
        }
        return url.toString();
    }

    public static String plan(Language language) {
        return Page.PLAN.path(language);
    }

    /**
     * A plan in its address: the situation, each step as {@code step=item:phase} in order, and the release it
     * was checked with (so a later release can say what changed), plus optional extra parameters.
     */
    public static String plan(Language language, String situation, List<Map.Entry<String, String>> steps, String release,
            String... extra) {
        StringBuilder url = new StringBuilder(plan(language));
        List<String> parameters = new ArrayList<>();
        if (situation != null) {
            parameters.add("situation=" + encode(situation));
        }
        for (Map.Entry<String, String> step : steps) {
            parameters.add("step=" + encode(step.getKey() + ":" + step.getValue()));
        }
        if (release != null) {
            parameters.add("release=" + encode(release));
        }
        for (int i = 0; i + 1 < extra.length; i += 2) {
            parameters.add(extra[i] + "=" + encode(extra[i + 1]));
        }
        if (!parameters.isEmpty()) {
            url.append('?').append(String.join("&", parameters));
        }
        return url.toString();
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
