package fi.keinokartta.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import fi.keinokartta.core.Language;

/**
 * A validated search: free text, language, selected facet values (OR within a facet, AND between
 * facets), page (from 1), page size and order.
 */
public record SearchRequest(String query, Language language, Map<Facet, Set<String>> selected, int page, int size,
        Sort sort) {

    public enum Sort {
        RELEVANCE, NAME
    }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        selected.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        selected = copy;
    }

    public Set<String> selected(Facet facet) {
        return selected.getOrDefault(facet, Set.of());
    }

    public boolean hasText() {
        return !query.isEmpty();
    }

    public Sort effectiveSort() {
        return hasText() ? sort : Sort.NAME;
    }
}
