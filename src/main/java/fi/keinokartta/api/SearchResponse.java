package fi.keinokartta.api;

import java.util.List;
import java.util.Map;

/**
 * The answer of GET /api/v1/search. {@code relaxed}: nothing matched every word, so the hits include items
 * that match some of them (after any that match all); {@code notes}: what the reader should know about how
 * the query was searched (for example that a very long one was cut).
 */
public record SearchResponse(String query, String lang, long total, int page, int size, String release, List<Hit> hits,
        Map<String, List<FacetValue>> facets, boolean relaxed, List<String> notes) {

    /** One found item, in the requested language; {@code highlight} holds HTML fragments with {@code <mark>}. */
    public record Hit(String id, String type, String title, String summary, List<String> categories,
            List<String> providers, List<String> situations, Map<String, String> highlight) {
    }

    /** One value of a facet: the id to filter with, its label in the language, and how many hits it would have. */
    public record FacetValue(String value, String label, long count, boolean selected) {
    }
}
