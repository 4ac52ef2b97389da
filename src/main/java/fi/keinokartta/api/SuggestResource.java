package fi.keinokartta.api;

import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.http.ApiProblem;
import fi.keinokartta.http.QueryParameters;
import fi.keinokartta.http.Routes;
import fi.keinokartta.http.SearchParameters;
import fi.keinokartta.http.ServedRelease;
import fi.keinokartta.search.ItemSearch;

/** Names to suggest while a reader types into a search box. */
@Path("/api/v1/suggest")
@Tag(name = "Search")
public class SuggestResource {

    static final int MAX_SUGGESTIONS = 8;

    @Inject
    ServedRelease served;

    @Inject
    ItemSearch engine;

    public record Suggestions(String query, String lang, List<Suggestion> suggestions) {
    }

    public record Suggestion(String id, String title, String url) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suggest item names for what has been typed so far (at least two characters)")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "The beginning of a word or name")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "fi (default), sv or en")
    public Suggestions suggest(@Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters(uri.getQueryParameters(), Set.of("q", "lang"));
        Language language = parameters.language();
        String query = parameters.single("q").orElse("");
        if (query.length() > SearchParameters.MAX_QUERY_LENGTH) {
            throw ApiProblem.badParameter("q", "The text is too long: at most " + SearchParameters.MAX_QUERY_LENGTH + " characters.");
        }
        if (query.length() < 2) {
            return new Suggestions(query, language.code(), List.of());
        }
        Release release = served.live();
        List<Suggestion> suggestions = engine.similarNames(release.indexName(), query, language, MAX_SUGGESTIONS).stream()
                .flatMap(id -> release.item(id).stream())
                .map(item -> new Suggestion(item.id(), item.text(language).title(), Routes.item(language, item.id())))
                .toList();
        return new Suggestions(query, language.code(), suggestions);
    }
}
