package fi.keinokartta.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import fi.keinokartta.core.Item;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.http.Routes;
import fi.keinokartta.http.SearchParameters;
import fi.keinokartta.http.ServedRelease;
import fi.keinokartta.i18n.Labels;
import fi.keinokartta.i18n.Messages;
import fi.keinokartta.i18n.Texts;
import fi.keinokartta.search.Facet;
import fi.keinokartta.search.SearchRequest;
import fi.keinokartta.search.SearchService;
import fi.keinokartta.search.SearchService.SearchPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Search results with facets, highlights, paging and help when nothing is found. One engine query per page. */
@ApplicationScoped
public class SearchResultsPage {

    @Inject
    ServedRelease served;

    @Inject
    SearchService search;

    @Inject
    Labels labels;

    @Inject
    Texts texts;

    @Inject
    Pages pages;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageContext page, SearchPageView search);
    }

    public Response render(Language language, UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        Release release = served.live();
        SearchRequest parsed = SearchParameters.parse(uri, release);
        // The page's own language decides the analysis, the labels and the texts (the API reads it from lang).
        SearchRequest request = new SearchRequest(parsed.query(), language, parsed.selected(), parsed.page(), parsed.size(),
                parsed.sort());
        SearchPage result = search.search(release, request);
        Messages m = texts.in(language);

        List<SearchPageView.Link> didYouMean = new ArrayList<>();
        if (result.total() == 0 && request.hasText()) {
            for (String id : search.similarNames(release, request.query(), language, 3)) {
                release.item(id).ifPresent(item -> didYouMean.add(new SearchPageView.Link(item.text(language).title(),
                        Routes.item(language, id))));
            }
        }
        // No dead end: the situations are always offered when nothing is found.
        List<SearchPageView.Link> situations = new ArrayList<>();
        if (result.total() == 0) {
            release.situations().values().forEach(s -> situations.add(new SearchPageView.Link(s.text(language).title(),
                    Routes.situation(language, s.id()))));
        }
        int selectedCount = request.selected().values().stream().mapToInt(java.util.Set::size).sum();
        String title = request.hasText() ? m.search_results_title(request.query()) : m.search_all_title();
        Function<Language, String> pathIn = l -> Routes.search(l) + (query == null ? "" : "?" + query);
        PageContext page = pages.context(language, title, m.site_tagline(), pathIn, release, "search");
        SearchPageView view = new SearchPageView(request.query(), result.total(),
                request.sort() == SearchRequest.Sort.NAME ? "name" : "relevance",
                facets(result, m), hits(result, language), paging(result, uri, language),
                didYouMean, !request.selected().isEmpty(),
                Routes.search(language) + (request.hasText() ? "?q=" + Routes.encode(request.query()) : ""),
                Routes.checker(language, result.hits().stream().limit(4).map(h -> h.item().id()).toList(), null),
                result.relaxed(), result.cut(), result.searchedWords(), situations, selectedCount);
        return Response.ok(Pages.in(language, Templates.page(page, view))).build();
    }

    private static List<SearchPageView.FacetGroup> facets(SearchPage result, Messages m) {
        List<SearchPageView.FacetGroup> groups = new ArrayList<>();
        for (Map.Entry<Facet, List<SearchService.FacetOption>> facet : result.facets().entrySet()) {
            String legend = switch (facet.getKey()) {
                case TYPE -> m.facet_type();
                case CATEGORY -> m.facet_category();
                case PROVIDER -> m.facet_provider();
                case SITUATION -> m.facet_situation();
            };
            String parameter = facet.getKey().parameter();
            List<SearchPageView.Option> options = facet.getValue().stream()
                    .map(o -> new SearchPageView.Option(parameter, o.value(), o.label(), o.count(), o.selected(),
                            "facet-" + parameter + "-" + o.value()))
                    .toList();
            if (!options.isEmpty()) {
                groups.add(new SearchPageView.FacetGroup(legend, options));
            }
        }
        return groups;
    }

    private List<SearchPageView.Hit> hits(SearchPage result, Language language) {
        return result.hits().stream().map(hit -> {
            Item item = hit.item();
            var text = item.text(language);
            String title = hit.highlights().getOrDefault("title", Html.escape(text.title()));
            String snippet = hit.highlights().containsKey("summary") ? hit.highlights().get("summary")
                    : hit.highlights().containsKey("body") ? "…" + hit.highlights().get("body") + "…"
                    : Html.escape(text.summary());
            return new SearchPageView.Hit(item.id(), Routes.item(language, item.id()), title,
                    labels.type(item.type(), language), snippet,
                    item.situations().stream().map(s -> labels.situation(result.release(), s, language)).toList());
        }).toList();
    }

    private static SearchPageView.Paging paging(SearchPage result, UriInfo uri, Language language) {
        int page = result.request().page();
        int pages = result.pageCount();
        return new SearchPageView.Paging(page, pages,
                page > 1 ? pageUrl(uri, language, page - 1) : null,
                page < pages ? pageUrl(uri, language, page + 1) : null);
    }

    private static String pageUrl(UriInfo uri, Language language, int page) {
        StringBuilder url = new StringBuilder(Routes.search(language));
        char separator = '?';
        for (var parameter : uri.getQueryParameters().entrySet()) {
            if (parameter.getKey().equals("page")) {
                continue;
            }
            for (String value : parameter.getValue()) {
                url.append(separator).append(Routes.encode(parameter.getKey())).append('=').append(Routes.encode(value));
                separator = '&';
            }
        }
        if (page > 1) {
            url.append(separator).append("page=").append(page);
        }
        return url.toString();
    }
}
