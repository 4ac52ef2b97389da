package fi.keinokartta.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The best short passage of a highlighted body: the engine marks the whole body (cheap), and the passage is
 * chosen here, because choosing it in the engine (sentence by sentence around every match) cost it more than
 * the rest of the search. A passage is one or more whole sentences of at most {@link #SIZE} characters, the
 * one with the most different marked words (then the most marks, then the earliest); a longer sentence is cut
 * at spaces around its first mark. The text stays as the engine escaped it; cuts never fall inside a mark,
 * a tag or an entity.
 */
final class BodyFragment {

    /** About as long as the passage may be, in visible characters. */
    static final int SIZE = 180;
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
        String best = null;
        int[] bestScore = null;
        for (int i = 0; i < sentences.size(); i++) {
            if (!sentences.get(i).contains(OPEN)) {
                continue;
            }
            StringBuilder passage = new StringBuilder(sentences.get(i));
            for (int j = i + 1; j < sentences.size() && visibleLength(passage + sentences.get(j)) <= SIZE; j++) {
                passage.append(sentences.get(j));
            }
            String text = passage.toString().strip();
            int[] score = score(text);
            if (bestScore == null || score[0] > bestScore[0] || score[0] == bestScore[0] && score[1] > bestScore[1]) {
                best = text;
                bestScore = score;
            }
        }
        return best == null ? null : cut(best);
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

    /** Different marked words, then marks. */
    private static int[] score(String passage) {
        Set<String> words = new HashSet<>();
        int marks = 0;
        Matcher m = MARKED.matcher(passage);
        while (m.find()) {
            words.add(m.group(1).toLowerCase(Locale.ROOT));
            marks++;
        }
        return new int[] { words.size(), marks };
    }

    /** A passage longer than {@link #SIZE}: from a space shortly before its first mark to a space before the size. */
    private static String cut(String passage) {
        if (visibleLength(passage) <= SIZE) {
            return passage;
        }
        int firstMark = passage.indexOf(OPEN);
        int start = 0;
        if (visibleLength(passage.substring(0, firstMark)) > SIZE / 3) {
            // Begin a few words before the first mark, at a space outside marks.
            int from = firstMark;
            int visible = 0;
            while (from > 0 && visible < SIZE / 6) {
                from--;
                if (passage.charAt(from) != '>' && passage.charAt(from) != ';') {
                    visible++;
                }
            }
            int space = cutPoint(passage, from, firstMark);
            start = space < 0 ? firstMark : space;
        }
        int end = start;
        int visible = 0;
        int lastSpace = -1;
        int i = start;
        while (i < passage.length() && visible <= SIZE) {
            char c = passage.charAt(i);
            if (c == '<') {
                i = passage.indexOf('>', i) + 1;
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
        end = i >= passage.length() ? passage.length() : lastSpace > start ? lastSpace : i;
        return passage.substring(start, end).strip();
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
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i);
                i = close < 0 ? i : close;
            } else if (c == '&') {
                int semicolon = html.indexOf(';', i);
                i = semicolon < 0 || semicolon - i > 10 ? i : semicolon;
                length++;
            } else {
                length++;
            }
        }
        return length;
    }
}
