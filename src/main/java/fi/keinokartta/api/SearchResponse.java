package fi.keinokartta.api;

import java.util.List;
import java.util.Map;

/** The answer of GET /api/v1/search. */
public record SearchResponse(String query, String lang, long total, int page, int size, String release, List<Hit> hits,
        Map<String, List<FacetValue>> facets) {

    /** One found item, in the requested language; {@code highlight} holds HTML fragments with {@code <mark>}. */
    public record Hit(String id, String type, String title, String summary, List<String> categories,
            List<String> providers, List<String> situations, Map<String, String> highlight) {
    }

    /** One value of a facet: the id to filter with, its label in the language, and how many hits it would have. */
    public record FacetValue(String value, String label, long count, boolean selected) {
    }
}
