package fi.keinokartta.web;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import fi.keinokartta.content.render.MarkdownRenderer;
import fi.keinokartta.core.Figure;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.ItemType;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.http.Routes;
import fi.keinokartta.http.ServedRelease;
import fi.keinokartta.i18n.ScreenerMessages;
import fi.keinokartta.i18n.Texts;
import fi.keinokartta.view.ScreenerViews;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * For employers and supervisors: the sick-leave checkpoints as duties and time limits, then every item with
 * an employer-facing text ({@code forEmployer}) grouped from the content (workplace means; benefits as money
 * and support; the rest as duties and help), and a printable checklist.
 */
@ApplicationScoped
public class EmployerPage {

    static final String WORKPLACE_CATEGORY = "tyopaikan-keinot";

    @Inject
    ServedRelease served;

    @Inject
    Pages pages;

    @Inject
    Texts texts;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    ScreenerViews views;

    public record EmployerItem(String id, String title, String textHtml, String url) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageContext page, ScreenerViews.TimelineView timeline, List<EmployerItem> duties,
                List<EmployerItem> workplace, List<EmployerItem> money);
    }

    public Response render(Language language) {
        Release release = served.live();
        ScreenerMessages m = texts.screener(language);
        List<Item> employerItems = release.catalogue().items().stream().filter(i -> i.text(language).forEmployer() != null)
                .toList();
        Predicate<Item> money = i -> i.type() == ItemType.BENEFIT;
        Predicate<Item> workplace = i -> !money.test(i) && i.categories().contains(WORKPLACE_CATEGORY);
        ScreenerViews.TimelineView timeline = release.catalogue().timelines().stream().findFirst()
                .map(t -> views.timeline(t, language)).orElse(null);
        PageContext page = pages.context(language, m.employers_title(), m.employers_intro(), Routes::employers, release,
                "employers");
        return Response.ok(Pages.in(language, Templates.page(page, timeline,
                views(employerItems, money.negate().and(workplace.negate()), language),
                views(employerItems, workplace, language), views(employerItems, money, language)))).build();
    }

    private List<EmployerItem> views(List<Item> items, Predicate<Item> which, Language language) {
        return items.stream().filter(which).map(item -> {
            Map<String, Figure> figures = item.figures().stream().collect(Collectors.toMap(Figure::id, f -> f));
            return new EmployerItem(item.id(), item.text(language).title(),
                    markdown.toHtml(item.text(language).forEmployer(), language, figures, (target, l) -> Routes.item(l, target)),
                    Routes.item(language, item.id()));
        }).toList();
    }
}
