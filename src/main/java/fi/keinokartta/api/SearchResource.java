package fi.keinokartta.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.http.Problem;
import fi.keinokartta.http.SearchParameters;
import fi.keinokartta.http.ServedRelease;
import fi.keinokartta.i18n.Labels;
import fi.keinokartta.search.Facet;
import fi.keinokartta.search.QueryText;
import fi.keinokartta.search.SearchRequest;
import fi.keinokartta.search.SearchService;
import fi.keinokartta.search.SearchService.SearchPage;

/** Faceted full-text search over the live catalogue. */
@Path("/api/v1/search")
@Tag(name = "Search")
public class SearchResource {

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
        SearchRequest request = SearchParameters.parse(uri, release);
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
}
