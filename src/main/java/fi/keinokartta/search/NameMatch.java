package fi.keinokartta.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import fi.keinokartta.core.Item;
import fi.keinokartta.core.Language;

/**
 * Whether a query names an item: every word of it is (allowing inflection and a small typo) a word of one
 * of the item's names, its title or a keyword, in any language. Such an answer is exact and is never
 * padded with partial matches.
 */
final class NameMatch {

    private NameMatch() {
    }

    static boolean namesAny(List<String> queryWords, List<Item> items) {
        if (queryWords.isEmpty()) {
            return false;
        }
        List<String> query = queryWords.stream().map(NameMatch::fold).toList();
        for (Item item : items) {
            for (Language language : Language.values()) {
                var text = item.text(language);
                if (names(query, text.title()) || text.keywords().stream().anyMatch(keyword -> names(query, keyword))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean names(List<String> query, String name) {
        List<String> words = QueryText.words(name).stream().map(NameMatch::fold).toList();
        return query.stream().allMatch(q -> words.stream().anyMatch(w -> close(q, w)));
    }

    static boolean close(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter >= 4) {
            int prefix = Math.min(5, shorter);
            if (a.regionMatches(0, b, 0, prefix)) {
                return true;
            }
            return distance(a, b) <= (shorter >= 7 ? 2 : 1);
        }
        return false;
    }

    static String fold(String word) {
        return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** Optimal string alignment distance: a swap of neighbours ("wrok") counts as one edit. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return 3;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
