package fi.keinokartta.content.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.keinokartta.content.load.ContentLoader.Loaded;
import fi.keinokartta.content.load.ContentLoader.Problems;
import fi.keinokartta.core.SearchVocabulary;
import fi.keinokartta.core.Language;

/** What the schema cannot say about content/search/vocabulary.yaml: items exist, no word is both filler and topic. */
final class VocabularyCheck {

    private final Problems problems;
    private final Loaded<SearchVocabulary> vocabulary;
    private final Set<String> itemIds;

    VocabularyCheck(Problems problems, Loaded<SearchVocabulary> vocabulary, Set<String> itemIds) {
        this.problems = problems;
        this.vocabulary = vocabulary;
        this.itemIds = itemIds;
    }

    void run() {
        SearchVocabulary value = vocabulary.value();
        Map<Language, Set<String>> fillers = new HashMap<>();
        for (Language language : Language.values()) {
            fillers.put(language, new HashSet<>(value.fillers().in(language)));
        }
        Map<String, Integer> firstTopic = new HashMap<>();
        List<SearchVocabulary.Topic> topics = value.topics();
        for (int t = 0; t < topics.size(); t++) {
            SearchVocabulary.Topic topic = topics.get(t);
            String pointer = "/topics/" + t;
            for (int i = 0; i < topic.items().size(); i++) {
                String id = topic.items().get(i);
                if (!itemIds.contains(id)) {
                    problems.error(vocabulary.file(), vocabulary.line(pointer + "/items/" + i), "The item '" + id
                            + "' does not exist (see content/items/)" + CrossReferenceCheck.suggestion(id, itemIds));
                }
            }
            for (Language language : Language.values()) {
                List<String> words = topic.words().in(language);
                for (int i = 0; i < words.size(); i++) {
                    String word = words.get(i);
                    String wordPointer = pointer + "/words/" + language.code() + "/" + i;
                    if (fillers.get(language).contains(word)) {
                        problems.error(vocabulary.file(), vocabulary.line(wordPointer), "'" + word
                                + "' is a filler word of this language, so a search never uses it: remove it here or there.");
                    }
                    Integer earlier = firstTopic.putIfAbsent(language.code() + ":" + word, t);
                    if (earlier != null) {
                        problems.warning(vocabulary.file(), vocabulary.line(wordPointer), "'" + word + "' is in two topics ("
                                + topics.get(earlier).topic() + " and " + topic.topic() + "): merge their items into one.");
                    }
                }
            }
        }
    }
}
