package fi.keinokartta.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The best short passage of a highlighted body: the engine marks the whole body (cheap), and the passage is
 * chosen here, because choosing it in the engine (sentence by sentence around every match) cost it more than
 * the rest of the search. A passage is one or more whole sentences of at most {@link #SIZE} characters, from a
 * sentence with a mark on, scored as the engine scores them (see {@link #score}); a longer sentence is cut at
 * spaces to a window around its first marks. The text stays as the engine escaped it; cuts never fall inside a
 * mark, a tag or an entity.
 */
final class BodyFragment {

    /** About as long as the passage may be, in visible characters. */
    static final int SIZE = 180;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double PIVOT = 87;
    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    private BodyFragment() {
    }

    /** The best passage of a body marked in full, or null when nothing in it is marked. */
    static String best(String marked) {
        if (marked == null || !marked.contains(OPEN)) {
            return null;
        }
        // The body is read once (a search reads the bodies of all its hits: this was most of the service's own
        // work per search); each passage is then scored from its sentences' figures, not by reading it again.
        char[] text = marked.toCharArray();
        Sentences split = Sentences.of(text);
        int[] bounds = split.bounds();
        int[] visibleAt = split.visibleAt();
        int sentences = bounds.length - 1;
        // Each marked word (lower case) gets an id; per sentence, the ids of its marks; per id, its marks in the body.
        Map<String, Integer> words = new HashMap<>();
        int[][] sentenceMarks = new int[sentences][];
        int[] inBody = new int[4];
        int sentence = 0;
        int[] ids = new int[8];
        int count = 0;
        for (int open = marked.indexOf(OPEN); open >= 0; open = marked.indexOf(OPEN, open + 1)) {
            int close = marked.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                break;
            }
            while (open >= bounds[sentence + 1]) {
                sentenceMarks[sentence++] = Arrays.copyOf(ids, count);
                count = 0;
            }
            if (close + CLOSE.length() > bounds[sentence + 1]) {
                open = close;
                continue; // a mark across sentences: only in broken text
            }
            Integer id = words.putIfAbsent(marked.substring(open + OPEN.length(), close).toLowerCase(Locale.ROOT), words.size());
            int word = id == null ? words.size() - 1 : id;
            if (word == inBody.length) {
                inBody = Arrays.copyOf(inBody, word * 2);
            }
            inBody[word]++;
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
            }
            ids[count++] = word;
            open = close;
        }
        while (sentence < sentences) {
            sentenceMarks[sentence++] = Arrays.copyOf(ids, count);
            count = 0;
        }
        double documents = 1 + visibleAt[sentences] / PIVOT;
        int[] frequencies = new int[words.size()];
        String best = null;
        double bestScore = -1;
        for (int i = 0; i < sentences; i++) {
            if (sentenceMarks[i].length == 0) {
                continue;
            }
            // From this sentence on, as many whole sentences as fit.
            int last = i;
            while (last + 1 < sentences && visibleAt[last + 2] - visibleAt[i] <= SIZE) {
                last++;
            }
            Arrays.fill(frequencies, 0);
            for (int s = i; s <= last; s++) {
                for (int id : sentenceMarks[s]) {
                    frequencies[id]++;
                }
            }
            int from = bounds[i];
            int to = bounds[last + 1];
            while (from < to && isSpace(text[from])) {
                from++;
            }
            while (to > from && isSpace(text[to - 1])) {
                to--;
            }
            // The spaces stripped at both ends were one visible character each.
            int length = visibleAt[last + 1] - visibleAt[i] - (from - bounds[i]) - (bounds[last + 1] - to);
            double score = score(length, frequencies, inBody, documents, visibleAt[i]);
            if (score > bestScore) {
                best = marked.substring(from, to);
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
    private static double score(int length, int[] frequencies, int[] inBody, double documents, int start) {
        double score = 0;
        for (int id = 0; id < frequencies.length; id++) {
            int frequency = frequencies[id];
            if (frequency > 0) {
                double weight = (K1 + 1) * Math.log(1 + (documents + 0.5) / (inBody[id] + 0.5));
                score += weight * frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * length / PIVOT));
            }
        }
        return score * (1 + 1 / Math.log(PIVOT + start));
    }

    /**
     * The sentences of a text, found in one reading: where each starts (and the text's end), and how many
     * characters a reader sees before each of those places (tags do not count, an entity counts as one).
     */
    private record Sentences(int[] bounds, int[] visibleAt) {

        /** A break after . ! ? and a space, and after every line break; the spaces after a break stay with it. */
        static Sentences of(char[] text) {
            int[] bounds = new int[16];
            int[] visibleAt = new int[16];
            int count = 1; // bounds[0] = 0, visibleAt[0] = 0
            int length = text.length;
            int visible = 0;
            int pieceEnd = -1;
            for (int i = 0; i < length; i++) {
                char c = text[i];
                if (i > pieceEnd) {
                    if (c == '<' || c == '&') {
                        pieceEnd = pieceEnd(text, i, length);
                    }
                    if (c != '<') {
                        visible++;
                    }
                }
                boolean end = c == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < length && isSpace(text[i + 1]);
                if (end) {
                    int next = i + 1;
                    while (next < length && text[next] != '\n' && isSpace(text[next])) {
                        next++;
                    }
                    if (c != '\n' && next < length && text[next] == '\n') {
                        next++;
                    }
                    for (int space = Math.max(i + 1, pieceEnd + 1); space < next; space++) {
                        visible++; // spaces and line breaks are one character each
                    }
                    pieceEnd = Math.max(pieceEnd, next - 1);
                    if (count == bounds.length) {
                        bounds = Arrays.copyOf(bounds, count * 2);
                        visibleAt = Arrays.copyOf(visibleAt, count * 2);
                    }
                    bounds[count] = next;
                    visibleAt[count++] = visible;
                    i = next - 1;
                }
            }
            if (bounds[count - 1] < length) {
                if (count == bounds.length) {
                    bounds = Arrays.copyOf(bounds, count + 1);
                    visibleAt = Arrays.copyOf(visibleAt, count + 1);
                }
                bounds[count] = length;
                visibleAt[count++] = visible;
            }
            return new Sentences(Arrays.copyOf(bounds, count), Arrays.copyOf(visibleAt, count));
        }
    }

    /** Sentences with their trailing spaces: a break after . ! ? and a space, and after every line break. */
    static List<String> sentences(String text) {
        int[] bounds = Sentences.of(text.toCharArray()).bounds();
        List<String> sentences = new ArrayList<>(bounds.length);
        for (int s = 0; s + 1 < bounds.length; s++) {
            sentences.add(text.substring(bounds[s], bounds[s + 1]));
        }
        return sentences;
    }

    /**
     * A passage longer than {@link #SIZE}: a window of that size that ends with the last mark that fits beside the
     * first one, starting and ending at spaces.
     */
    private static String cut(String passage) {
        char[] text = passage.toCharArray();
        if (visibleLength(text, 0, text.length) <= SIZE) {
            return passage;
        }
        int firstOpen = passage.indexOf(OPEN);
        int firstClose = passage.indexOf(CLOSE, firstOpen) + CLOSE.length();
        // The window ends with the last mark that still fits beside the first one.
        int firstStart = visibleLength(text, 0, firstOpen);
        int lastEnd = visibleLength(text, 0, firstClose);
        for (int close = passage.indexOf(CLOSE, firstClose); close >= 0; close = passage.indexOf(CLOSE, close + 1)) {
            int end = visibleLength(text, 0, close);
            if (end - firstStart > SIZE) {
                break;
            }
            lastEnd = end;
        }
        int windowStart = lastEnd - SIZE;
        int start = 0;
        if (windowStart > 0) {
            int space = cutPoint(passage, text, rawIndex(text, windowStart), firstOpen);
            start = space < 0 ? firstOpen : space;
        }
        int visible = 0;
        int lastSpace = -1;
        int i = start;
        while (i < text.length && visible <= SIZE) {
            int end = pieceEnd(text, i, text.length);
            if (text[i] != '<') {
                if (end == i && isSpace(text[i]) && outsideMark(passage, i)) {
                    lastSpace = i;
                }
                visible++;
            }
            i = end + 1;
        }
        int end = i >= text.length ? text.length : Math.max(lastSpace > start ? lastSpace : i, firstClose);
        return passage.substring(start, end).strip();
    }

    /** Where in the text the reader's {@code visible}th character is. */
    private static int rawIndex(char[] html, int visible) {
        int seen = 0;
        for (int i = 0; i < html.length; i = pieceEnd(html, i, html.length) + 1) {
            if (seen >= visible) {
                return i;
            }
            if (html[i] != '<') {
                seen++;
            }
        }
        return html.length;
    }

    /** The first space outside marks from {@code from} up to {@code limit}, or -1. */
    private static int cutPoint(String passage, char[] text, int from, int limit) {
        for (int i = Math.max(0, from); i < limit; i++) {
            if (isSpace(text[i]) && outsideMark(passage, i)) {
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
        return visibleLength(html.toCharArray(), 0, html.length());
    }

    private static int visibleLength(char[] html, int from, int to) {
        int length = 0;
        for (int i = from; i < to; i = pieceEnd(html, i, to) + 1) {
            if (html[i] != '<') {
                length++;
            }
        }
        return length;
    }

    /** The last index of what starts at {@code i}, up to {@code to}: a whole tag, a whole entity, or the one character. */
    private static int pieceEnd(char[] html, int i, int to) {
        char c = html[i];
        if (c == '<') {
            int close = indexOf(html, '>', i, to);
            return close < 0 ? i : close;
        }
        if (c == '&') {
            int semicolon = indexOf(html, ';', i, Math.min(to, i + 11));
            return semicolon < 0 ? i : semicolon;
        }
        return i;
    }

    /** {@link Character#isWhitespace}, quicker for the common case of a letter. */
    private static boolean isSpace(char c) {
        return (c <= ' ' || c >= 0x80) && Character.isWhitespace(c);
    }

    private static int indexOf(char[] text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
