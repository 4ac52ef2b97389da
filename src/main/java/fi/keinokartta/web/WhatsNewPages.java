package fi.keinokartta.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import fi.keinokartta.content.render.FigureFormatter;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.ReleaseChanges;
import fi.keinokartta.core.ReleaseRecord;
import fi.keinokartta.http.Routes;
import fi.keinokartta.i18n.Messages;
import fi.keinokartta.i18n.Texts;
import fi.keinokartta.publishing.ReleaseRegistry;
import fi.keinokartta.publishing.ReleaseTracker;
import fi.keinokartta.view.ItemView;
import fi.keinokartta.view.ItemViews;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The public "what's new" page and its Atom feed: what each published release added, changed and removed. */
@ApplicationScoped
public class WhatsNewPages {

    static final int RELEASES_SHOWN = 20;

    @Inject
    Clock clock;

    @Inject
    ReleaseRegistry registry;

    @Inject
    ReleaseTracker tracker;

    @Inject
    Pages pages;

    @Inject
    Texts texts;

    @Inject
    ItemViews views;

    /** One published release as readers see it. */
    public record Entry(String releaseId, String heading, Instant publishedAt, String anchor, List<ItemView.Ref> added,
            List<ChangedItem> changed, List<String> removed, String rules, String first, boolean nothing) {
    }

    public record ChangedItem(ItemView.Ref item, String parts) {
    }

    /** The Atom feed of a language: its addresses, title, last update and entries. */
    public record Feed(String lang, String base, String feedUrl, String pageUrl, String title, Instant updated,
            List<FeedEntry> entries) {
    }

    /** One release in the feed; the summary is HTML, escaped by the template as Atom's type="html" wants. */
    public record FeedEntry(String releaseId, String heading, Instant publishedAt, String anchor, String summaryHtml) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageContext page, List<Entry> entries);

        static native TemplateInstance feed(Feed feed);
    }

    public Response page(Language language) {
        Messages m = texts.in(language);
        Release live = tracker.live().orElse(null);
        PageContext page = pages.context(language, m.whats_new_title(), m.whats_new_intro(), Routes::whatsNew, live, "whats-new");
        return Response.ok(Pages.in(language, Templates.page(page, entries(language, live)))).build();
    }

    /** The same entries as an Atom feed, newest first (templates/WhatsNewPages/feed.xml). */
    public Response feed(Language language) {
        Messages m = texts.in(language);
        Release live = tracker.live().orElse(null);
        List<Entry> entries = entries(language, live);
        String base = pages.baseUrl();
        Feed feed = new Feed(language.code(), base, base + Routes.feed(language), base + Routes.whatsNew(language),
                m.whats_new_title(), entries.isEmpty() ? Instant.EPOCH : entries.get(0).publishedAt(),
                entries.stream().map(e -> new FeedEntry(e.releaseId(), e.heading(), e.publishedAt(), e.anchor(),
                        summaryHtml(e, m, base))).toList());
        // Rendered here, so the feed leaves as XML (never taken for a page to rewrite).
        return Response.ok(Templates.feed(feed).render(), "application/atom+xml;charset=utf-8").build();
    }

    private List<Entry> entries(Language language, Release live) {
        Messages m = texts.in(language);
        List<Entry> entries = new ArrayList<>();
        for (ReleaseRecord release : registry.list(RELEASES_SHOWN * 3)) {
            if (release.publishedAt() == null || entries.size() >= RELEASES_SHOWN) {
                continue;
            }
            ReleaseChanges changes = release.changes();
            String heading = m.release_heading(FigureFormatter.date(LocalDate.ofInstant(release.publishedAt(), clock.getZone()), language));
            List<ItemView.Ref> added = changes.added().stream().map(id -> ref(live, id, language)).toList();
            List<ChangedItem> changed = changes.changed().stream()
                    .map(c -> new ChangedItem(ref(live, c.id(), language), m.changes_parts(parts(c, language, m)))).toList();
            Set<String> rules = new LinkedHashSet<>(changes.rulesAdded());
            rules.addAll(changes.rulesChanged());
            rules.addAll(changes.rulesRemoved());
            boolean first = release.previousReleaseId() == null && changes.removed().isEmpty() && !changes.added().isEmpty();
            entries.add(new Entry(release.releaseId(), heading, release.publishedAt(), "release-" + release.releaseId(),
                    first ? List.of() : added, changed, changes.removed(),
                    rules.isEmpty() ? null : m.changes_rules(rules.size()),
                    first ? m.changes_first(changes.added().size()) : null,
                    !first && added.isEmpty() && changed.isEmpty() && changes.removed().isEmpty()));
        }
        return entries;
    }

    private ItemView.Ref ref(Release live, String id, Language language) {
        return live != null && live.item(id).isPresent() ? views.itemRef(live, id, language) : new ItemView.Ref(id, id, null);
    }

    /** Which parts of an item changed, in words: sections by their headings, the rest grouped. */
    private static String parts(ReleaseChanges.ItemChange change, Language language, Messages m) {
        Set<String> words = new LinkedHashSet<>();
        for (String field : change.fields()) {
            words.add(switch (field) {
                case "title" -> m.field_title();
                case "summary" -> m.field_summary();
                case "keywords" -> m.field_keywords();
                case "figures" -> m.field_figures();
                case "sources" -> m.field_sources();
                case "whatItIs" -> m.section_whatItIs();
                case "whoFor" -> m.section_whoFor();
                case "whatItGives" -> m.section_whatItGives();
                case "howToApply" -> m.section_howToApply();
                case "whoDecides" -> m.section_whoDecides();
                case "nextSteps" -> m.section_nextSteps();
                default -> m.field_facts();
            });
        }
        return String.join(", ", words) + (change.languages().isEmpty() ? "" : " (" + String.join(", ", change.languages()) + ")");
    }

    private static String summaryHtml(Entry entry, Messages m, String base) {
        StringBuilder html = new StringBuilder();
        if (entry.first() != null) {
            html.append("<p>").append(Html.escape(entry.first())).append("</p>");
        }
        list(html, m.changes_added(), entry.added().stream().map(r -> link(r, base)).toList());
        list(html, m.changes_changed(), entry.changed().stream().map(c -> link(c.item(), base) + " – " + Html.escape(c.parts())).toList());
        list(html, m.changes_removed(), entry.removed().stream().map(Html::escape).toList());
        if (entry.rules() != null) {
            html.append("<p>").append(Html.escape(entry.rules())).append("</p>");
        }
        if (entry.nothing() && entry.rules() == null) {
            html.append("<p>").append(Html.escape(m.changes_none())).append("</p>");
        }
        return html.toString();
    }

    private static void list(StringBuilder html, String heading, List<String> items) {
        if (!items.isEmpty()) {
            html.append("<p>").append(Html.escape(heading)).append(":</p><ul>");
            items.forEach(item -> html.append("<li>").append(item).append("</li>"));
            html.append("</ul>");
        }
    }

    private static String link(ItemView.Ref ref, String base) {
        return ref.url() == null ? Html.escape(ref.label())
                : "<a href=\"" + base + ref.url() + "\">" + Html.escape(ref.label()) + "</a>";
    }
}
