package fi.keinokartta.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

import fi.keinokartta.core.Verdict;

/** An item as a reader sees it in one language: what the measure page and GET /api/v1/measures/{id} show. */
public record ItemView(String id, String lang, String type, String typeLabel, String title, String summary,
        List<String> keywords, List<Ref> categories, List<Ref> providers, List<Ref> situations, List<Ref> related,
        List<Section> sections, List<FigureView> figures, List<SourceView> sources, LocalDate reviewed,
        LocalDate reviewBy, boolean reviewOverdue, LocalDate lastChanged, List<CombinationView> combinations,
        String release, String url, UsageView usage) {

    /** Something the item refers to, with its label in the language and its page (if it has one). */
    public record Ref(String id, String label, String url) {
    }

    /** One body section: its heading in the language and its content as sanitised HTML. */
    public record Section(String key, String heading, String html) {
    }

    /**
     * A figure with its formatted value and the period it applies to. {@code stale}: the period has ended
     * and no newer value is known, so the value may no longer be the one that applies.
     */
    public record FigureView(String id, String label, BigDecimal value, String unit, String text, LocalDate validFrom,
            LocalDate validTo, String validity, SourceView source, boolean stale) {
    }

    /** What the item is in a rule: paid first or topping up (primary), coming first or after (sequence), or neither. */
    public enum Role {
        PRIMARY("primary"), SECONDARY("secondary"), FIRST("first"), THEN("then"), NONE("none");

        private final String id;

        Role(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }
    }

    public record SourceView(String id, String title, String url, String publisher, LocalDate accessed) {
    }

    /**
     * A rule that involves the item (its explanation as plain text and as sanitised HTML with links): the other item, the verdict and its wording, where it applies,
     * and why. {@code role} says what this item is in the rule: primary, secondary, first, then or none.
     */
    public record CombinationView(String ruleId, Ref other, Verdict verdict, String verdictLabel, Role role,
            List<Ref> situations, String explanation, String explanationHtml, List<SourceView> sources, List<Ref> askFrom,
            LocalDate validFrom, LocalDate validTo) {
    }
}
