package fi.keinokartta.content.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.keinokartta.content.render.ContentMarkup;

/**
 * Checks of the free texts: links to other items and figure placeholders must resolve, and figures
 * must not be typed as bare numbers (a reader would then see an amount without its date).
 */
final class TextChecks {

    record TextProblem(Severity severity, String message) {
        static TextProblem error(String message) {
            return new TextProblem(Severity.ERROR, message);
        }

        static TextProblem warning(String message) {
            return new TextProblem(Severity.WARNING, message);
        }
    }

    /** A number followed by a unit word in any of the three languages. Ages ("30-vuotias") are not matched. */
    private static final Pattern BARE_FIGURE = Pattern.compile(
            "(?<![\\p{L}\\d.,-])\\d[\\d\\u00a0 ]*(?:[.,]\\d+)?\\s*(?:€|e/|euro|eur\\b|%|prosent|procent|percent"
                    + "|päivä|arkipäiv|dag|days?\\b|kuukau|kk\\b|månad|months?\\b|viikko|viiko|veck|weeks?\\b"
                    + "|vuo[st]|år\\b|years?\\b|tunti|timm|hours?\\b|h/)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TextChecks() {
    }

    /**
     * @param figureIds the figures the text may refer to (empty where figures are not allowed)
     * @param itemIds all item ids of the catalogue
     */
    static List<TextProblem> problems(String text, Set<String> figureIds, Set<String> itemIds, boolean figuresAllowed) {
        List<TextProblem> problems = new ArrayList<>();
        Matcher placeholders = ContentMarkup.FIGURE_PLACEHOLDER.matcher(text);
        while (placeholders.find()) {
            String id = placeholders.group(1);
            if (!figuresAllowed) {
                problems.add(TextProblem.error("The figure placeholder {{" + id + "}} can only be used in item texts, situation actions and timelines."));
            } else if (!figureIds.contains(id)) {
                problems.add(TextProblem.error("The placeholder {{" + id + "}} does not name a figure of this item"
                        + (figureIds.isEmpty() ? " (it has no figures)." : "; its figures are: " + String.join(", ", figureIds) + ".")));
            }
        }
        Matcher links = ContentMarkup.ITEM_LINK.matcher(text);
        while (links.find()) {
            String id = links.group(1);
            if (!itemIds.contains(id)) {
                problems.add(TextProblem.error("The link item:" + id + " points to an item that does not exist."));
            }
        }
        String withoutPlaceholders = ContentMarkup.FIGURE_PLACEHOLDER.matcher(text).replaceAll(" ");
        Matcher bare = BARE_FIGURE.matcher(withoutPlaceholders);
        while (bare.find()) {
            problems.add(TextProblem.warning("The text contains the figure '" + bare.group().strip()
                    + "' without a date: declare it under 'figures' with validFrom and write {{figure-id}} instead."));
        }
        return problems;
    }
}
