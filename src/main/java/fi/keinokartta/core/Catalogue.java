package fi.keinokartta.core;

import java.util.List;

/**
 * One complete, validated version of the content folder. It is what a release indexes and what is
 * stored with the release in the search cluster, so every instance can serve exactly the same data.
 */
public record Catalogue(List<Category> categories, List<Provider> providers, List<Item> items,
        List<Situation> situations, List<Rule> rules, List<List<String>> synonyms, SearchVocabulary vocabulary,
        List<Timeline> timelines) {

    public Catalogue(List<Category> categories, List<Provider> providers, List<Item> items, List<Situation> situations,
            List<Rule> rules, List<List<String>> synonyms) {
        this(categories, providers, items, situations, rules, synonyms, SearchVocabulary.EMPTY, List.of());
    }

    /** A catalogue without timelines. */
    public Catalogue(List<Category> categories, List<Provider> providers, List<Item> items, List<Situation> situations,
            List<Rule> rules, List<List<String>> synonyms, SearchVocabulary vocabulary) {
        this(categories, providers, items, situations, rules, synonyms, vocabulary, List.of());
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public Catalogue {
        categories = List.copyOf(categories);
        providers = List.copyOf(providers);
        items = List.copyOf(items);
        situations = List.copyOf(situations);
        rules = List.copyOf(rules);
        synonyms = List.copyOf(synonyms);
        // Releases recorded before the vocabulary or the timelines existed have none.
        vocabulary = vocabulary == null ? SearchVocabulary.EMPTY : vocabulary;
        timelines = timelines == null ? List.of() : List.copyOf(timelines);
    }
}
