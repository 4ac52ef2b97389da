package fi.keinokartta.core;

import java.util.ArrayList;
import java.util.List;


/**
 * People's own words for search (content/search/vocabulary.yaml): filler and question words that never
 * block a match, and topics (conditions, life events, audiences) that point to the measures that help.
 */
public record SearchVocabulary(Words fillers, List<Topic> topics, List<String> compoundParts) {

    public static final SearchVocabulary EMPTY = new SearchVocabulary(Words.NONE, List.of(), List.of());

    public SearchVocabulary {
        fillers = fillers == null ? Words.NONE : fillers;
        topics = topics == null ? List.of() : List.copyOf(topics);
        compoundParts = compoundParts == null ? List.of() : List.copyOf(compoundParts);
    }

    /** Words per language. */
    public record Words(List<String> fi, List<String> sv, List<String> en) {
        public static final Words NONE = new Words(List.of(), List.of(), List.of());

        public Words {
            fi = fi == null ? List.of() : List.copyOf(fi);
            sv = sv == null ? List.of() : List.copyOf(sv);
            en = en == null ? List.of() : List.copyOf(en);
        }

        public List<String> in(Language language) {
            return switch (language) {
                case FI -> fi;
                case SV -> sv;
                case EN -> en;
            };
        }
    }

    /** Words people use for one topic, in each language, and the items that help with it. */
    public record Topic(String topic, Words words, List<String> items) {
        public Topic {
            words = words == null ? Words.NONE : words;
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** How many of a topic's first items are its main answers, ranked before the others. */
    public static final int MAIN_ITEMS = 3;

    /** The words of every topic that points to the item, in one language. */
    public List<String> wordsFor(String itemId, Language language) {
        return wordsFor(itemId, language, Integer.MAX_VALUE);
    }

    /** The words of the topics that name the item among their first {@link #MAIN_ITEMS} items. */
    public List<String> mainWordsFor(String itemId, Language language) {
        return wordsFor(itemId, language, MAIN_ITEMS);
    }

    private List<String> wordsFor(String itemId, Language language, int within) {
        List<String> words = new ArrayList<>();
        for (Topic topic : topics) {
            int index = topic.items().indexOf(itemId);
            if (index >= 0 && index < within) {
                words.addAll(topic.words().in(language));
            }
        }
        return words;
    }
}
