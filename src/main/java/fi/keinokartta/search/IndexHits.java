package fi.keinokartta.search;

import java.util.List;
import java.util.Map;

/** What the engine found: the page of hits with their highlighted fragments, and facet counts. */
public record IndexHits(long total, List<Hit> hits, Map<Facet, Map<String, Long>> facetCounts) {

    /** One hit: the item id and, per field name (title, summary, keywords, body), a highlighted fragment. */
    public record Hit(String id, Map<String, String> highlights) {
    }
}
