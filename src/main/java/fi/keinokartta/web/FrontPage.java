package fi.keinokartta.web;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.http.Routes;
import fi.keinokartta.http.ServedRelease;
import fi.keinokartta.i18n.Texts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The front page: what the service is for, search, and entry by situation and by topic. */
@ApplicationScoped
public class FrontPage {

    @Inject
    ServedRelease served;

    @Inject
    Pages pages;

    @Inject
    Texts texts;

    /** A situation as a first-person entry line. */
    public record SituationEntry(String entry, String summary, String url) {
    }

    /** A category with the number of items in it. */
    public record CategoryEntry(String name, long count, String url) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageContext page, List<SituationEntry> situations, List<CategoryEntry> categories);
    }

    public TemplateInstance render(Language language) {
        Release release = served.live();
        List<SituationEntry> situations = release.catalogue().situations().stream()
                .map(s -> new SituationEntry(s.text(language).entry(), s.text(language).summary(),
                        Routes.situation(language, s.id())))
                .toList();
        List<CategoryEntry> categories = release.catalogue().categories().stream()
                .map(c -> new CategoryEntry(c.name(language),
                        release.catalogue().items().stream().filter(i -> i.categories().contains(c.id())).count(),
                        Routes.search(language) + "?category=" + Routes.encode(c.id())))
                .filter(c -> c.count() > 0)
                .sorted(Comparator.comparing(CategoryEntry::name))
                .toList();
        PageContext page = pages.context(language, "Keinokartta", texts.in(language).site_tagline(), Routes::home, release,
                "home");
        return Pages.in(language, Templates.page(page, situations, categories));
    }
}
