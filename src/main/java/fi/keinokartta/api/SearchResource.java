package fi.keinokartta.api;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.keinokartta.i18n.Labels;
import fi.keinokartta.i18n.Language;
import fi.keinokartta.publishing.Release;
import fi.keinokartta.search.Facet;
import fi.keinokartta.search.QueryText;
import fi.keinokartta.search.SearchRequest;
import fi.keinokartta.search.SearchService;
import fi.keinokartta.search.SearchService.SearchPage;

/** Faceted full-text search over the live catalogue. */
@Path("/api/v1/search")
@Tag(name = "Search")
public class SearchResource {

    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_SIZE = 100;
    static final int MAX_WINDOW = 10_000;

    @Inject
    ServedRelease served;

    @Inject
    SearchService search;

    @Inject
    Labels labels;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search measures, benefits and services",
            description = "Full-text search in Finnish, Swedish or English (inflected forms, small typos and synonyms are "
                    + "understood) with facets. Values of one facet are combined with OR, facets with AND. Facet counts "
                    + "ignore the facet's own selection. An empty q lists everything, sorted by name.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words to search for (at most 200 characters)")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "fi (default), sv or en")
    @Parameter(name = "type", in = ParameterIn.QUERY, description = "benefit, service or measure; repeat or separate with commas")
    @Parameter(name = "category", in = ParameterIn.QUERY, description = "Category id (see /api/v1/taxonomies)")
    @Parameter(name = "provider", in = ParameterIn.QUERY, description = "Provider id (see /api/v1/taxonomies)")
    @Parameter(name = "situation", in = ParameterIn.QUERY, description = "Situation id (see /api/v1/taxonomies)")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number from 1 (default 1)")
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Hits per page, 1 to 100 (default 20)")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "relevance (default when q is given) or name")
    @APIResponse(responseCode = "200", description = "Hits and facets",
            content = @Content(schema = @Schema(implementation = SearchResponse.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid; detail says which and why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The search engine is unreachable or no release is live yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SearchResponse search(@Context UriInfo uri) {
        Release release = served.live();
        SearchRequest request = parse(uri, release);
        SearchPage page = search.search(release, request);
        Language language = request.language();
        List<SearchResponse.Hit> hits = page.hits().stream().map(hit -> {
            var item = hit.item();
            var text = item.text(language);
            return new SearchResponse.Hit(item.id(), item.type().id(), text.title(), text.summary(), item.categories(),
                    item.providers(), item.situations(), hit.highlights());
        }).toList();
        Map<String, List<SearchResponse.FacetValue>> facets = new LinkedHashMap<>();
        page.facets().forEach((facet, options) -> facets.put(facet.parameter(), options.stream()
                .map(o -> new SearchResponse.FacetValue(o.value(), o.label(), o.count(), o.selected())).toList()));
        List<String> notes = page.cut()
                ? List.of("The search text has too many words for one search (at most " + QueryText.MAX_WORDS
                        + ", fewer when they have many synonyms): only its first " + page.searchedWords()
                        + " different words were searched.")
                : List.of();
        return new SearchResponse(request.query(), language.code(), page.total(), request.page(), request.size(),
                release.id(), hits, facets, page.relaxed(), notes);
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
                if (!Labels.exists(facet, value, release)) {
                    throw ApiProblem.badParameter(facet.parameter(), "Unknown " + facet.parameter() + " '"
                            + QueryParameters.shorten(value) + "'; the values are listed at /api/v1/taxonomies.");
                }
            }
            selected.put(facet, values);
        }
        return new SearchRequest(query, language, selected, page, size, sort);
    }
}
