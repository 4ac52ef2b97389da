package fi.keinokartta.api;

import java.util.Arrays;
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

import fi.keinokartta.core.ItemType;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.Verdict;
import fi.keinokartta.http.QueryParameters;
import fi.keinokartta.http.Routes;
import fi.keinokartta.http.ServedRelease;
import fi.keinokartta.i18n.Labels;

/** The vocabularies of the catalogue: the values the search facets and the combination check accept. */
@Path("/api/v1/taxonomies")
@Tag(name = "Taxonomies")
public class TaxonomyResource {

    @Inject
    ServedRelease served;

    @Inject
    Labels labels;

    /** Every vocabulary with labels in the requested language. */
    public record Taxonomies(String lang, String release, List<Term> types, List<Term> categories, List<Term> providers,
            List<Term> situations, List<Term> verdicts, List<Term> items) {
    }

    public record Term(String id, String label, String url) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Types, categories, providers, situations, verdicts and item ids with their labels")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "fi (default), sv or en")
    public Taxonomies taxonomies(@Context UriInfo uri) {
        Language language = new QueryParameters(uri.getQueryParameters(), Set.of("lang")).language();
        Release release = served.live();
        return new Taxonomies(language.code(), release.id(),
                Arrays.stream(ItemType.values()).map(t -> new Term(t.id(), labels.type(t, language), null)).toList(),
                release.categories().values().stream().map(c -> new Term(c.id(), c.name(language), null)).toList(),
                release.providers().values().stream().map(p -> new Term(p.id(), p.name(language), p.url())).toList(),
                release.situations().values().stream()
                        .map(s -> new Term(s.id(), s.text(language).title(), Routes.situation(language, s.id()))).toList(),
                Arrays.stream(Verdict.values()).map(v -> new Term(v.id(), labels.verdict(v, language), null)).toList(),
                release.items().values().stream()
                        .map(i -> new Term(i.id(), i.text(language).title(), Routes.item(language, i.id()))).toList());
    }
}
