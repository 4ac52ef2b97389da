package fi.keinokartta.search;

import java.util.List;
import java.util.Map;

/**
 * What the engine found: the page of hits with their highlighted fragments, and facet counts.
 * {@code relaxed}: the hits include items that match only some of the words (the strict match found
 * little); {@code cut}: the query had too many words and only the first {@link QueryText#MAX_WORDS} were searched.
 */
public record IndexHits(long total, List<Hit> hits, Map<Facet, Map<String, Long>> facetCounts, boolean relaxed,
        boolean cut) {

    public IndexHits(long total, List<Hit> hits, Map<Facet, Map<String, Long>> facetCounts) {
        this(total, hits, facetCounts, false, false);
    }

    public IndexHits asRelaxed() {
        return new IndexHits(total, hits, facetCounts, true, cut);
    }

    /** One hit: the item id and, per field name (title, summary, keywords, body), a highlighted fragment. */
    public record Hit(String id, Map<String, String> highlights) {
    }
}
