package fi.keinokartta.web;

import java.util.List;

/** Everything the search page shows, ready for the template. */
public record SearchPageView(String query, long total, String sort, List<FacetGroup> facets, List<Hit> hits, Paging paging,
        List<Link> didYouMean, boolean filtered, String clearUrl, String checkerUrl, boolean relaxed, boolean cut,
        int searchedWords, List<Link> situations, int selectedCount) {

    /** A facet as a group of checkboxes. */
    public record FacetGroup(String legend, List<Option> options) {
    }

    /**
     * A facet value and the request parameter it is sent as. (Each option carries the parameter: Qute looks
     * up a name from an outer loop through every value resolver first, on every option of every page.)
     */
    public record Option(String parameter, String value, String label, long count, boolean selected, String id) {
    }

    /** A result; {@code titleHtml} and {@code snippetHtml} are escaped text with {@code <mark>} around matches. */
    public record Hit(String id, String url, String titleHtml, String typeLabel, String snippetHtml, List<String> situations) {
    }

    public record Paging(int page, int pages, String previousUrl, String nextUrl) {
        public boolean needed() {
            return pages > 1;
        }
    }

    public record Link(String label, String url) {
    }

    public boolean hasQuery() {
        return !query.isEmpty();
    }
}
