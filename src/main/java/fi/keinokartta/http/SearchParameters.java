package fi.keinokartta.http;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.UriInfo;

import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.search.Facet;
import fi.keinokartta.search.SearchRequest;

/** The search parameters of the API and of the search page, read the same strict way for both. */
public final class SearchParameters {

    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;

    private SearchParameters() {
    }

    /** Reads and checks the parameters against the release's own vocabulary. */
    public static SearchRequest parse(UriInfo uri, Release release) {
        Set<String> allowed = new LinkedHashSet<>(List.of("q", "lang", "page", "size", "sort"));
        for (Facet facet : Facet.values()) {
            allowed.add(facet.parameter());
        }
        QueryParameters parameters = new QueryParameters(uri.getQueryParameters(), allowed);
        String query = parameters.single("q").orElse("");
        if (query.length() > MAX_QUERY_LENGTH) {
            throw ApiProblem.badParameter("q", "The search text is too long: at most " + MAX_QUERY_LENGTH
                    + " characters, but it has " + query.length() + ".");
        }
        Language language = parameters.language();
        int page = parameters.integer("page", 1, 1, MAX_WINDOW);
        int size = parameters.integer("size", 20, 1, MAX_SIZE);
        if ((long) page * size > MAX_WINDOW) {
            throw ApiProblem.badParameter("page", "Results can be paged up to the " + MAX_WINDOW
                    + "th hit; narrow the search instead of asking for page " + page + ".");
        }
        SearchRequest.Sort sort = parameters.single("sort").map(value -> switch (value) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "name" -> SearchRequest.Sort.NAME;
            default -> throw ApiProblem.badParameter("sort", "Unknown sort order '" + QueryParameters.shorten(value)
                    + "'; use relevance or name.");
        }).orElse(SearchRequest.Sort.RELEVANCE);
        Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Set<String> values = new LinkedHashSet<>(parameters.multiple(facet.parameter()));
            for (String value : values) {
                if (!facet.exists(value, release)) {
                    throw ApiProblem.badParameter(facet.parameter(), "Unknown " + facet.parameter() + " '"
                            + QueryParameters.shorten(value) + "'; the values are listed at /api/v1/taxonomies.");
                }
            }
            selected.put(facet, values);
        }
        return new SearchRequest(query, language, selected, page, size, sort);
    }
}
