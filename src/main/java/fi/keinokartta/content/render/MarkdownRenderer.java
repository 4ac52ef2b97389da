package fi.keinokartta.content.render;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import fi.keinokartta.core.Figure;
import fi.keinokartta.core.Language;

/**
 * Turns the Markdown of the content files into safe HTML (and plain text for the index): raw HTML is
 * escaped by the Markdown renderer and the result passes an allow-list sanitizer, so nothing an
 * editor types can inject markup or script. Figure placeholders become the figure with its date;
 * {@code item:<id>} links become links to that item's page.
 */
@ApplicationScoped
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "strong", "em", "code", "blockquote", "h3", "h4",
                    "table", "thead", "tbody", "tr", "th", "td", "a")
            .allowUrlProtocols("https")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private static final java.util.regex.Pattern EMPTY_LINK = java.util.regex.Pattern.compile("<a href=\"\"[^>]*>(.*?)</a>");

    @Inject
    FigureFormatter figures;

    /**
     * @param itemUrl the page address of an item in a language, for {@code item:} links
     */
    public String toHtml(String markdown, Language language, Map<String, Figure> itemFigures,
            BiFunction<String, Language, String> itemUrl) {
        String resolved = resolve(markdown, language, itemFigures, itemUrl);
        Node document = PARSER.parse(resolved);
        // Headings in content are sub-headings of the page's own section headings.
        String html = POLICY.sanitize(HTML.render(document)
                .replace("<h1>", "<h3>").replace("</h1>", "</h3>")
                .replace("<h2>", "<h3>").replace("</h2>", "</h3>")
                .replace("<h5>", "<h4>").replace("</h5>", "</h4>")
                .replace("<h6>", "<h4>").replace("</h6>", "</h4>"));
        // A link whose address was refused (javascript: and the like) keeps its words and loses the link.
        return EMPTY_LINK.matcher(html).replaceAll("$1");
    }

    /** Plain text for the search index and summaries: no markup, figures written out. */
    public String toText(String markdown, Language language, Map<String, Figure> itemFigures) {
        String resolved = resolve(markdown, language, itemFigures, (id, l) -> "#");
        Node document = PARSER.parse(resolved);
        // Keep the words of links, not their addresses.
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                visitChildren(link);
                Node child = link.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    link.insertBefore(child);
                    child = next;
                }
                link.unlink();
            }
        });
        return TEXT.render(document).strip();
    }

    private String resolve(String markdown, Language language, Map<String, Figure> itemFigures,
            BiFunction<String, Language, String> itemUrl) {
        Matcher placeholders = ContentMarkup.FIGURE_PLACEHOLDER.matcher(markdown == null ? "" : markdown);
        StringBuilder out = new StringBuilder();
        while (placeholders.find()) {
            Figure figure = itemFigures.get(placeholders.group(1));
            String replacement = figure == null ? "" : escapeMarkdown(figures.format(figure, language));
            placeholders.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        placeholders.appendTail(out);
        Matcher links = ContentMarkup.ITEM_LINK.matcher(out.toString());
        StringBuilder linked = new StringBuilder();
        while (links.find()) {
            links.appendReplacement(linked, Matcher.quoteReplacement("](" + itemUrl.apply(links.group(1), language) + ")"));
        }
        links.appendTail(linked);
        return linked.toString();
    }

    private static String escapeMarkdown(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
