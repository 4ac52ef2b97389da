package fi.keinokartta.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The engine JSON for faceted search (the one place besides {@link SearchCluster} that writes it):
 * selections filter the hits through a post filter, and each facet is counted with the selections
 * of the other facets only, so choosing a value never hides the other values of the same facet.
 */
final class FacetRequest {

    static final int MAX_VALUES = 200;
    private static final String BUCKETS = "values";

    private FacetRequest() {
    }

    /** The filter of all selections, or null when nothing is selected. */
    static JsonObject postFilter(Map<Facet, Set<String>> selected) {
        return selected.isEmpty() ? null : filters(selected, null);
    }

    /** The counting aggregation of one facet. */
    static JsonObject aggregation(Facet facet, Map<Facet, Set<String>> selected) {
        JsonObject aggregation = new JsonObject();
        JsonObject others = filters(selected, facet);
        if (others == null) {
            others = new JsonObject();
            others.add("match_all", new JsonObject());
        }
        aggregation.add("filter", others);
        JsonObject terms = new JsonObject();
        terms.addProperty("field", facet.field());
        terms.addProperty("size", MAX_VALUES);
        JsonObject values = new JsonObject();
        values.add("terms", terms);
        JsonObject aggs = new JsonObject();
        aggs.add(BUCKETS, values);
        aggregation.add("aggs", aggs);
        return aggregation;
    }

    /** Value to count, from an aggregation result. */
    static Map<String, Long> counts(JsonObject result) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        JsonElement buckets = result.getAsJsonObject(BUCKETS).get("buckets");
        for (JsonElement bucket : buckets.getAsJsonArray()) {
            JsonObject b = bucket.getAsJsonObject();
            counts.put(b.get("key").getAsString(), b.get("doc_count").getAsLong());
        }
        return counts;
    }

    private static JsonObject filters(Map<Facet, Set<String>> selected, Facet except) {
        JsonArray filters = new JsonArray();
        Map<Facet, Set<String>> sorted = new EnumMap<>(selected);
        sorted.forEach((facet, values) -> {
            if (facet != except) {
                JsonArray terms = new JsonArray();
                values.stream().sorted().forEach(terms::add);
                JsonObject field = new JsonObject();
                field.add(facet.field(), terms);
                JsonObject filter = new JsonObject();
                filter.add("terms", field);
                filters.add(filter);
            }
        });
        if (filters.isEmpty()) {
            return null;
        }
        JsonObject bool = new JsonObject();
        bool.add("filter", filters);
        JsonObject query = new JsonObject();
        query.add("bool", bool);
        return query;
    }
}
