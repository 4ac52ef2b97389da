package fi.keinokartta.content.render;

import java.util.regex.Pattern;

/** The two additions the content format makes to Markdown: figure placeholders and links to items. */
public final class ContentMarkup {

    /** {@code {{figure-id}}}: replaced by the figure's value, unit and validity date. */
    public static final Pattern FIGURE_PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z0-9]+(?:-[a-z0-9]+)*)\\s*}}");

    /** {@code item:<id>} as a Markdown link target: a link to another item's page. */
    public static final Pattern ITEM_LINK = Pattern.compile("\\]\\(\\s*item:([^)\\s]*)\\s*\\)");

    public static final String ITEM_LINK_SCHEME = "item:";

    private ContentMarkup() {
    }
}
