package fi.keinokartta.search;

import fi.keinokartta.core.Language;

/** Names of the index fields: the language-specific ones carry the language code as a suffix. */
public final class SearchFields {

    public static final String TYPE = "type";
    public static final String CATEGORIES = "categories";
    public static final String PROVIDERS = "providers";
    public static final String SITUATIONS = "situations";
    public static final String RELEASE = "release";

    private SearchFields() {
    }

    public static String title(Language language) {
        return "title_" + language.code();
    }

    public static String summary(Language language) {
        return "summary_" + language.code();
    }

    public static String keywords(Language language) {
        return "keywords_" + language.code();
    }

    public static String body(Language language) {
        return "body_" + language.code();
    }

    /** The fields whose matches are highlighted (title, summary, keywords, body): their offsets are indexed. */
    public static java.util.List<String> highlighted(Language language) {
        return java.util.List.of(title(language), summary(language), keywords(language), body(language));
    }

    /** People's words for the item (content/search/vocabulary.yaml): conditions, life events, audiences. */
    public static String people(Language language) {
        return "people_" + language.code();
    }

    /** People's words of the topics where the item is one of the first, main answers. */
    public static String peopleMain(Language language) {
        return "people_main_" + language.code();
    }

    /** Edge n-grams of title and keywords: what a half-typed word finds. */
    public static String autocomplete(Language language) {
        return "autocomplete_" + language.code();
    }

    /** The title as a whole, for exact name matches. */
    public static String exactTitle(Language language) {
        return "exact_title_" + language.code();
    }

    /** Each keyword as a whole, for exact keyword matches. */
    public static String exactKeyword(Language language) {
        return "exact_keyword_" + language.code();
    }

    /** Title and keywords without stemming, for fuzzy (typo-tolerant) matching. */
    public static String typo(Language language) {
        return "typo_" + language.code();
    }

    /** The title in the looser Finnish form (see Analysis#hasLooseForm). */
    public static String loose(Language language) {
        return "loose_" + language.code();
    }

    /** A collation key of the title, so sorting by name follows the language's alphabet (å, ä, ö last). */
    public static String sort(Language language) {
        return "sort_" + language.code();
    }
}
