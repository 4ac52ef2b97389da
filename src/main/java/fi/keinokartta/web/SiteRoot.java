package fi.keinokartta.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.http.Routes;
import fi.keinokartta.http.ServedRelease;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The root address, sitemap.xml (every page in every language, with its alternates; templates/SiteRoot) and robots.txt. */
@Path("/")
public class SiteRoot {

    @Inject
    ServedRelease served;

    @Inject
    Pages pages;

    /** The bare address goes to the reader's language (from the browser), Finnish by default. */
    @GET
    @Operation(hidden = true)
    public Response root(@HeaderParam("Accept-Language") String acceptLanguage) {
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        // The one public answer that depends on a request header: never stored (RequestGuard), and says so.
        return Response.seeOther(URI.create(Routes.home(language))).header("Vary", "Accept-Language").build();
    }

    @GET
    @Path("sitemap.xml")
    @Produces("application/xml")
    @Operation(hidden = true)
    public String sitemap() {
        Release release = served.live();
        String base = pages.baseUrl();
        List<Function<Language, String>> addresses = new ArrayList<>();
        addresses.add(Routes::home);
        addresses.add(Routes::search);
        addresses.add(Routes::situations);
        addresses.add(Routes::checker);
        addresses.add(Routes::accessibility);
        addresses.add(Routes::whatsNew);
        addresses.add(Routes::screener);
        addresses.add(Routes::employers);
        addresses.add(Routes::plan);
        release.catalogue().situations().forEach(s -> addresses.add(l -> Routes.situation(l, s.id())));
        release.catalogue().items().forEach(i -> addresses.add(l -> Routes.item(l, i.id())));
        List<SitemapUrl> urls = new ArrayList<>();
        for (Function<Language, String> address : addresses) {
            List<Alternate> alternates = Arrays.stream(Language.values())
                    .map(alternate -> new Alternate(alternate.code(), base + address.apply(alternate))).toList();
            for (Language language : Language.values()) {
                urls.add(new SitemapUrl(base + address.apply(language), alternates));
            }
        }
        return Templates.sitemap(urls).render();
    }

    /** One address of the sitemap with the same page in every language. */
    public record SitemapUrl(String loc, List<Alternate> alternates) {
    }

    public record Alternate(String lang, String href) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sitemap(List<SitemapUrl> urls);
    }

    @GET
    @Path("robots.txt")
    @Produces("text/plain")
    @Operation(hidden = true)
    public String robots() {
        return "User-agent: *\nDisallow: /editor/\nDisallow: /preview/\nSitemap: " + pages.baseUrl() + "/sitemap.xml\n";
    }
}
