package fi.keinokartta.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The best short passage of a highlighted body: the engine marks the whole body (cheap), and the passage is
 * chosen here, because choosing it in the engine (sentence by sentence around every match) cost it more than
 * the rest of the search. A passage is one or more whole sentences of at most {@link #SIZE} characters, from a
 * sentence with a mark on, scored as the engine scores them (see
 * {@link #score}); a longer sentence is cut at spaces to a window around its first marks. The text stays as the engine escaped it; cuts never fall inside a mark,
 * a tag or an entity.
 */
final class BodyFragment {

    /** About as long as the passage may be, in visible characters. */
    static final int SIZE = 180;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double PIVOT = 87;
    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";
    private static final Pattern MARKED = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);

    private BodyFragment() {
    }

    /** The best passage of a body marked in full, or null when nothing in it is marked. */
    static String best(String marked) {
        if (marked == null || !marked.contains(OPEN)) {
            return null;
        }
        List<String> sentences = sentences(marked);
        Map<String, Integer> inBody = marks(marked);
        double documents = 1 + visibleLength(marked) / PIVOT;
        String best = null;
        double bestScore = -1;
        int offset = 0;
        // Each sentence's visible length once: a long body has many sentences, and each may start a passage.
        int[] lengths = sentences.stream().mapToInt(BodyFragment::visibleLength).toArray();
        for (int i = 0; i < sentences.size(); i++) {
            int start = offset;
            offset += lengths[i];
            if (!sentences.get(i).contains(OPEN)) {
                continue;
            }
            // From this sentence on, as many whole sentences as fit.
            int last = i;
            int length = lengths[i];
            for (int j = i + 1; j < sentences.size(); j++) {
                length += lengths[j];
                if (length > SIZE) {
                    break;
                }
                last = j;
            }
            String text = String.join("", sentences.subList(i, last + 1)).strip();
            double score = score(text, inBody, documents, start);
            if (score > bestScore) {
                best = text;
                bestScore = score;
            }
        }
        return best == null ? null : cut(best);
    }

    /**
     * Lucene's passage score, as the engine's highlighter uses it: BM25 of the marked words in the passage
     * (words rarer in the body weigh more, a shorter passage scores higher), a little more for passages near
     * the beginning.
     */
    private static double score(String passage, Map<String, Integer> inBody, double documents, int start) {
        int length = visibleLength(passage);
        double score = 0;
        for (Map.Entry<String, Integer> word : marks(passage).entrySet()) {
            double weight = (K1 + 1) * Math.log(1 + (documents + 0.5) / (inBody.get(word.getKey()) + 0.5));
            int frequency = word.getValue();
            score += weight * frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * length / PIVOT));
        }
        return score * (1 + 1 / Math.log(PIVOT + start));
    }

    /** Each marked word (lower case) and how often it is marked. */
    private static Map<String, Integer> marks(String text) {
        Map<String, Integer> marks = new HashMap<>();
        Matcher m = MARKED.matcher(text);
        while (m.find()) {
            marks.merge(m.group(1).toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return marks;
    }

    /** Sentences with their trailing spaces: a break after . ! ? and a space, and after every line break. */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1));
            if (end) {
                int next = i + 1;
                while (next < text.length() && text.charAt(next) != '\n' && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (c != '\n' && next < text.length() && text.charAt(next) == '\n') {
                    next++;
                }
                sentences.add(text.substring(start, next));
                start = next;
                i = next - 1;
            }
        }
        if (start < text.length()) {
            sentences.add(text.substring(start));
        }
        return sentences;
    }

    /**
     * A passage longer than {@link #SIZE}: a window of that size that ends with the last mark that fits beside the first one,
     * starting and ending at spaces.
     */
    private static String cut(String passage) {
        if (visibleLength(passage) <= SIZE) {
            return passage;
        }
        int firstOpen = passage.indexOf(OPEN);
        int firstClose = passage.indexOf(CLOSE, firstOpen) + CLOSE.length();
        // The window ends with the last mark that still fits beside the first one.
        int firstStart = visibleLength(passage.substring(0, firstOpen));
        int lastEnd = visibleLength(passage.substring(0, firstClose));
        for (int close = passage.indexOf(CLOSE, firstClose); close >= 0; close = passage.indexOf(CLOSE, close + 1)) {
            int end = visibleLength(passage.substring(0, close));
            if (end - firstStart > SIZE) {
                break;
            }
            lastEnd = end;
        }
        int windowStart = lastEnd - SIZE;
        int start = 0;
        if (windowStart > 0) {
            int space = cutPoint(passage, rawIndex(passage, windowStart), firstOpen);
            start = space < 0 ? firstOpen : space;
        }
        int visible = 0;
        int lastSpace = -1;
        int i = start;
        while (i < passage.length() && visible <= SIZE) {
            char c = passage.charAt(i);
            int tagEnd = c == '<' ? passage.indexOf('>', i) : -1;
            if (tagEnd >= 0) {
                i = tagEnd + 1;
                continue;
            }
            if (c == '&') {
                int semicolon = passage.indexOf(';', i);
                i = semicolon < 0 ? i + 1 : semicolon + 1;
                visible++;
                continue;
            }
            if (Character.isWhitespace(c) && outsideMark(passage, i)) {
                lastSpace = i;
            }
            visible++;
            i++;
        }
        int end = i >= passage.length() ? passage.length() : Math.max(lastSpace > start ? lastSpace : i, firstClose);
        return passage.substring(start, end).strip();
    }

    /** Where in the text the reader's {@code visible}th character is. */
    private static int rawIndex(String html, int visible) {
        int seen = 0;
        for (int i = 0; i < html.length(); i = pieceEnd(html, i) + 1) {
            if (seen >= visible) {
                return i;
            }
            if (html.charAt(i) != '<') {
                seen++;
            }
        }
        return html.length();
    }

    /** The first space outside marks from {@code from} up to {@code limit}, or -1. */
    private static int cutPoint(String passage, int from, int limit) {
        for (int i = Math.max(0, from); i < limit; i++) {
            if (Character.isWhitespace(passage.charAt(i)) && outsideMark(passage, i)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean outsideMark(String text, int index) {
        return text.lastIndexOf(OPEN, index) <= text.lastIndexOf(CLOSE, index);
    }

    /** Characters a reader sees: tags do not count, an entity counts as one. */
    static int visibleLength(String html) {
        int length = 0;
        for (int i = 0; i < html.length(); i = pieceEnd(html, i) + 1) {
            if (html.charAt(i) != '<') {
                length++;
            }
        }
        return length;
    }

    /** The last index of what starts at {@code i}: a whole tag, a whole entity, or the one character. */
    private static int pieceEnd(String html, int i) {
        char c = html.charAt(i);
        if (c == '<') {
            int close = html.indexOf('>', i);
            return close < 0 ? i : close;
        }
        if (c == '&') {
            int semicolon = html.indexOf(';', i);
            return semicolon < 0 || semicolon - i > 10 ? i : semicolon;
        }
        return i;
    }
}
