package fi.keinokartta.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

import fi.keinokartta.core.Language;
import io.quarkus.hibernate.search.standalone.elasticsearch.SearchExtension;

/**
 * Every analyzer of the index, in one place. Each language has an indexing analyzer (stemming, then
 * folding of diacritics so "tyokokeilu" finds "työkokeilu") and a search analyzer that adds the
 * release's synonyms, which therefore apply without re-indexing any text.
 */
@SearchExtension
public class Analysis implements ElasticsearchAnalysisConfigurer {

    /** Name of the synonym filter; its list is replaced by each release's synonyms when its index is created. */
    public static final String SYNONYM_FILTER = "kk_synonyms";
    /**
     * Splits Finnish compounds against the catalogue's own vocabulary (the words of titles, keywords and
     * people's words), so "työkykyneuvottelu" is also found by "neuvottelu". Index time only: at search
     * time the parts would make every compound match every other. The list comes with each release.
     */
    public static final String COMPOUND_FILTER = "kk_compounds_fi";
    /** Analyzer of the prefix field that serves autocompletion. */
    public static final String AUTOCOMPLETE_INDEX = "kk_autocomplete_index";
    public static final String AUTOCOMPLETE_SEARCH = "kk_autocomplete_search";
    /** The whole text as one lower-cased, folded token: an exact name or keyword query ranks its entry first. */
    public static final String EXACT = "kk_exact";
    /** No stemming, only lower case and folding: the field used for typo-tolerant (fuzzy) matching. */
    public static final String FOLDED = "kk_folded";

    public static String textAnalyzer(Language language) {
        return "kk_text_" + language.code();
    }

    public static String searchAnalyzer(Language language) {
        return "kk_search_" + language.code();
    }

    /**
     * Finnish inflection changes word stems ("ammatillinen" / "ammatillisessa", "kuntoutus" /
     * "kuntoutuksessa") beyond what the stemmer undoes, so Finnish also gets a looser form: the stem cut
     * to its first letters. It serves titles only, so that an inflected name finds its own entry first.
     */
    public static boolean hasLooseForm(Language language) {
        return language == Language.FI;
    }

    public static String looseAnalyzer(Language language) {
        return "kk_loose_" + language.code();
    }

    public static String looseSearchAnalyzer(Language language) {
        return "kk_loose_search_" + language.code();
    }

    private static String stemmer(Language language) {
        return switch (language) {
            case FI -> "finnish";
            case SV -> "swedish";
            case EN -> "english";
        };
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(SYNONYM_FILTER).type("synonym_graph")
                // An array, or the engine silently ignores the synonyms; the real list comes with each release.
                .param("synonyms", new String[] { "keinokartta, keinokartta" })
                .param("lenient", true);
        context.tokenFilter(COMPOUND_FILTER).type("dictionary_decompounder")
                // An array, like the synonyms; the real list comes with each release.
                .param("word_list", new String[] { "keinokartta" })
                .param("min_word_size", 6)
                .param("min_subword_size", 3)
                .param("max_subword_size", 25)
                .param("only_longest_match", false);
        context.tokenFilter("kk_edge_ngram").type("edge_ngram").param("min_gram", 2).param("max_gram", 20);
        context.tokenFilter("kk_loose_cut").type("truncate").param("length", 6);
        for (Language language : Language.values()) {
            String code = language.code();
            context.tokenFilter("kk_stop_" + code).type("stop").param("stopwords", "_" + stemmer(language) + "_");
            context.tokenFilter("kk_stem_" + code).type("stemmer").param("language", stemmer(language));
            if (language == Language.FI) {
                context.analyzer(textAnalyzer(language)).custom()
                        .tokenizer("standard")
                        .tokenFilters("lowercase", COMPOUND_FILTER, "kk_stop_" + code, "kk_stem_" + code, "asciifolding");
            } else {
                context.analyzer(textAnalyzer(language)).custom()
                        .tokenizer("standard")
                        .tokenFilters("lowercase", "kk_stop_" + code, "kk_stem_" + code, "asciifolding");
            }
            context.analyzer(searchAnalyzer(language)).custom()
                    .tokenizer("standard")
                    .tokenFilters("lowercase", SYNONYM_FILTER, "kk_stop_" + code, "kk_stem_" + code, "asciifolding");
            if (hasLooseForm(language)) {
                context.analyzer(looseAnalyzer(language)).custom()
                        .tokenizer("standard")
                        .tokenFilters("lowercase", "kk_stop_" + code, "kk_stem_" + code, "asciifolding", "kk_loose_cut");
                context.analyzer(looseSearchAnalyzer(language)).custom()
                        .tokenizer("standard")
                        .tokenFilters("lowercase", SYNONYM_FILTER, "kk_stop_" + code, "kk_stem_" + code, "asciifolding",
                                "kk_loose_cut");
            }
        }
        context.analyzer(AUTOCOMPLETE_INDEX).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "kk_edge_ngram");
        context.analyzer(AUTOCOMPLETE_SEARCH).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer(EXACT).custom()
                .tokenizer("keyword")
                .tokenFilters("lowercase", "asciifolding", "trim");
        context.analyzer(FOLDED).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
    }
}
