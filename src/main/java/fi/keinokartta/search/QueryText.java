package fi.keinokartta.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a search as the engine will see them, bounded so that no query can grow into thousands of
 * engine clauses, with the readers' filler and question words ("miten", "kan jag", "how") taken out so
 * they never block a match.
 *
 * <p>Words are counted roughly as the engine's standard tokenizer does: runs of letters and digits, except
 * that every Chinese or Japanese character is a word of its own.
 */
public final class QueryText {

    /** At most this many distinct words are searched; the rest of a longer query is left out (and the reader told). */
    public static final int MAX_WORDS = 32;
    /**
     * The engine refuses a query of more than 1,024 clauses, and every word becomes a clause in about two
     * dozen fields, once for each word of its synonym set. A word costs one unit plus the words of its
     * synonym set; a query keeps its first words within this budget.
     */
    public static final int MAX_UNITS = 36;
    /** Words longer than this are never matched with typos: fuzzy matching of long words is costly and rarely right. */
    public static final int MAX_FUZZY_WORD_LENGTH = 20;
    /** Typo tolerance only for short queries: each fuzzy word adds expansions to the engine query. */
    public static final int MAX_FUZZY_WORDS = 6;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private final String original;
    private final String bounded;
    private final String content;
    private final List<String> contentWords;
    private final boolean cut;
    private final int searchedWords;

    private QueryText(String original, String bounded, String content, List<String> contentWords, boolean cut,
            int searchedWords) {
        this.original = original;
        this.bounded = bounded;
        this.content = content;
        this.contentWords = contentWords;
        this.cut = cut;
        this.searchedWords = searchedWords;
    }

    /**
     * @param fillers filler words or phrases (lower case) of all languages; a query that has nothing but
     *        fillers is searched as it is
     */
    public static QueryText of(String query, Collection<String> fillers) {
        return of(query, fillers, Map.of());
    }

    /**
     * @param synonymCost what the synonym sets add to the engine query (see {@link #synonymCosts}); a query
     *        keeps its first words within {@link #MAX_WORDS} distinct words and {@link #MAX_UNITS} units
     */
    public static QueryText of(String query, Collection<String> fillers, Map<String, List<SynonymMember>> synonymCost) {
        String original = query == null ? "" : query.strip();
        List<String> tokens = words(original).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        Set<String> distinct = new LinkedHashSet<>();
        int units = 0;
        int end = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            boolean isNew = !distinct.contains(tokens.get(i));
            int cost = isNew ? 1 : 0;
            for (SynonymMember member : synonymCost.getOrDefault(tokens.get(i), List.of())) {
                if (member.endsAt(tokens, i)) {
                    cost += member.setWords();
                }
            }
            if (isNew && distinct.size() == MAX_WORDS || units + cost > MAX_UNITS && !distinct.isEmpty()) {
                end = i;
                break;
            }
            distinct.add(tokens.get(i));
            units += cost;
        }
        boolean cut = end < tokens.size();
        String bounded = cut ? String.join(" ", tokens.subList(0, end)) : original;
        String content = withoutFillers(bounded, fillers);
        List<String> contentWords = words(content);
        if (contentWords.isEmpty()) {
            content = bounded;
            contentWords = words(bounded);
        }
        return new QueryText(original, bounded, content, contentWords, cut, distinct.size());
    }

    /** A word or phrase of a synonym set, and how many words its whole set brings into a query when it matches. */
    public record SynonymMember(List<String> words, int setWords) {
        boolean endsAt(List<String> tokens, int index) {
            int start = index - words.size() + 1;
            return start >= 0 && tokens.subList(start, index + 1).equals(words);
        }
    }

    /** The members of the synonym sets by their last word: a query pays for a set only where a member matches. */
    public static Map<String, List<SynonymMember>> synonymCosts(List<List<String>> synonymSets) {
        Map<String, List<SynonymMember>> members = new HashMap<>();
        for (List<String> set : synonymSets) {
            int size = set.stream().mapToInt(member -> words(member).size()).sum();
            for (String member : set) {
                List<String> words = words(member.toLowerCase(Locale.ROOT)).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
                if (!words.isEmpty()) {
                    members.computeIfAbsent(words.get(words.size() - 1), w -> new ArrayList<>()).add(new SynonymMember(words, size));
                }
            }
        }
        return members;
    }

    /** The words of a text: runs of letters and digits, each Han, Hiragana or Katakana character alone. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String run = matcher.group();
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < run.length();) {
                int codePoint = run.codePointAt(i);
                if (isIdeographic(codePoint)) {
                    if (!current.isEmpty()) {
                        words.add(current.toString());
                        current.setLength(0);
                    }
                    words.add(new String(Character.toChars(codePoint)));
                } else {
                    current.appendCodePoint(codePoint);
                }
                i += Character.charCount(codePoint);
            }
            if (!current.isEmpty()) {
                words.add(current.toString());
            }
        }
        return words;
    }

    private static boolean isIdeographic(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return Character.isIdeographic(codePoint) || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HAN;
    }

    private static String withoutFillers(String text, Collection<String> fillers) {
        Pattern pattern = fillerPattern(fillers);
        String result = pattern == null ? text : pattern.matcher(text).replaceAll(" ");
        return WHITESPACE.matcher(result).replaceAll(" ").strip();
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Compiled filler patterns by filler list: every search of a release has the same list, and compiling costs. */
    private static final Map<List<String>, Optional<Pattern>> FILLER_PATTERNS = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<String>, Optional<Pattern>> eldest) {
                    return size() > 8;
                }
            });

    /** One pattern for all the fillers, whole words only; longer phrases first, so "kan jag" goes before "kan". */
    private static Pattern fillerPattern(Collection<String> fillers) {
        return FILLER_PATTERNS.computeIfAbsent(List.copyOf(fillers), list -> {
            List<String> alternatives = list.stream().filter(f -> !f.isBlank()).distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(filler -> String.join("\\s+", words(filler).stream().map(Pattern::quote).toList()))
                    .filter(alternative -> !alternative.isEmpty())
                    .toList();
            return alternatives.isEmpty() ? Optional.empty()
                    : Optional.of(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }).orElse(null);
    }

    /** The query as the reader typed it. */
    public String original() {
        return original;
    }

    /** The query cut to {@link #MAX_WORDS} distinct words (the original when it is short enough). */
    public String bounded() {
        return bounded;
    }

    /** The bounded query without filler words: what must match. */
    public String content() {
        return content;
    }

    public List<String> contentWords() {
        return contentWords;
    }

    /** How many distinct words were searched: all, or the first ones when the query was {@link #cut()}. */
    public int searchedWords() {
        return searchedWords;
    }

    /** True when the query had too many words (or too many synonym-rich ones) and only the first were searched. */
    public boolean cut() {
        return cut;
    }

    /**
     * Typos allowed per word for a fuzzy clause: one, or none when a word is very short (one edit already
     * means another word), very long, or when the query has many words. Never two: two edits cost the
     * engine about a quarter of the whole search and find nothing the stemmed and loose fields, one edit
     * and the "did you mean" names ({@code ItemSearch#similarNames}, which allows two) do not.
     */
    public int allowedEdits() {
        if (contentWords.isEmpty() || contentWords.size() > MAX_FUZZY_WORDS) {
            return 0;
        }
        int shortest = Integer.MAX_VALUE;
        for (String word : contentWords) {
            if (word.length() > MAX_FUZZY_WORD_LENGTH) {
                return 0;
            }
            shortest = Math.min(shortest, word.length());
        }
        return shortest < 4 ? 0 : 1;
    }
}
