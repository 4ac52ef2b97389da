package fi.keinokartta.web;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fi.keinokartta.core.Language;
import fi.keinokartta.http.ApiProblem;
import fi.keinokartta.http.Routes;
import fi.keinokartta.http.RouteMetrics;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import fi.keinokartta.http.Routes.Match;

/**
 * The public pages, routed by the address word of each language (see {@link Routes}). A word of
 * another language than the address's leads to the right address; an unknown word is a friendly 404.
 */
@Path("/{lang: " + Language.PATH_PATTERN + "}")
@Produces(MediaType.TEXT_HTML)
public class PublicSite {

    /** Ids of items and situations, and file names such as feed.xml: nothing else is ever redirected. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}");


    @Inject
    FrontPage front;

    @Inject
    CurrentVertxRequest request;

    @Inject
    SearchResultsPage search;

    @Inject
    ItemPage items;

    @Inject
    SituationPages situations;

    @Inject
    CheckerPage checker;

    @Inject
    InfoPages info;

    @Inject
    WhatsNewPages whatsNew;

    @Inject
    ScreenerPage screener;

    @Inject
    EmployerPage employers;

    @Inject
    PlanPage plan;

    @GET
    @Operation(hidden = true)
    public Response home(@PathParam("lang") String lang) {
        return Response.ok(front.render(language(lang))).build();
    }

    @GET
    @Path("{word}")
    @Operation(hidden = true)
    public Response page(@PathParam("lang") String lang, @PathParam("word") String word, @Context UriInfo uri) {
        Language language = language(lang);
        Match match = match(word, language);
        if (match.wordLanguage() != language) {
            return moved(match.page().path(language), uri);
        }
        RouteMetrics.name(request.getCurrent(), "/{lang}/" + routeName(match));
        return switch (match.page()) {
            case SEARCH -> search.render(language, uri);
            case SITUATIONS -> situations.list(language);
            case CHECKER -> checker.render(language, uri);
            case ACCESSIBILITY -> info.accessibility(language);
            case WHATS_NEW -> whatsNew.page(language);
            case SCREENER -> screener.render(language, uri);
            case EMPLOYERS -> employers.render(language);
            case PLAN -> plan.render(language, uri);
            case ITEM -> moved(Routes.search(language), uri);
        };
    }

    @GET
    @Path("{word}/{id}")
    @Produces({ MediaType.TEXT_HTML, "application/atom+xml" })
    @Operation(hidden = true)
    public Response detail(@PathParam("lang") String lang, @PathParam("word") String word, @PathParam("id") String id,
            @Context UriInfo uri) {
        Language language = language(lang);
        Match match = match(word, language);
        if (match.wordLanguage() != language) {
            // Only a well-formed id is carried into the other language's address; anything else cannot exist.
            if (!ID.matcher(id).matches()) {
                throw notFound(uri);
            }
            return moved(match.page().path(language) + "/" + id, uri);
        }
        RouteMetrics.name(request.getCurrent(), "/{lang}/" + routeName(match) + "/{id}");
        return switch (match.page()) {
            case ITEM -> html(items.render(language, id));
            case SITUATIONS -> html(situations.page(language, id));
            case WHATS_NEW -> {
                if (!id.equals("feed.xml")) {
                    throw notFound(uri);
                }
                yield whatsNew.feed(language);
            }
            default -> throw notFound(uri);
        };
    }

    /** The page's name in the request metrics: from the fixed set of pages, never from the address. */
    private static String routeName(Match match) {
        return match.page().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * A page of this route is HTML whatever the client's Accept says (only feed.xml is Atom): the type follows
     * the address alone, so a shared cache may keep one copy per address (no Vary: Accept).
     */
    private static Response html(Response page) {
        return Response.fromResponse(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** The path template's pattern is not enforced by every router, so the language is checked here too. */
    private static Language language(String lang) {
        return Language.fromCode(lang).filter(l -> l.code().equals(lang))
                .orElseThrow(() -> ApiProblem.notFound("There is no language '" + lang + "' on this site."));
    }

    private static Match match(String word, Language language) {
        return Routes.match(word, language).orElseThrow(() -> ApiProblem.notFound("There is no page '" + word + "'."));
    }

    private static ApiProblem notFound(UriInfo uri) {
        return ApiProblem.notFound("There is nothing at " + uri.getPath() + ".");
    }

    private static Response moved(String path, UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        URI target;
        try {
            target = new URI(path + (query == null ? "" : "?" + query));
        } catch (URISyntaxException e) {
            target = URI.create(path); // a query the browser sent but URI rules refuse: drop it rather than fail
        }
        // Set as a header: location() would resolve it against the request and escape its %-escapes again.
        return Response.status(Response.Status.MOVED_PERMANENTLY).header("Location", target.toASCIIString()).build();
    }
}
