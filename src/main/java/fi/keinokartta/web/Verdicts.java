package fi.keinokartta.web;

import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.Rule;
import fi.keinokartta.core.Verdict;
import fi.keinokartta.i18n.Labels;
import fi.keinokartta.i18n.Messages;

/** How verdicts look on the pages: a sign that does not rely on colour, and the sentence that explains it. */
public final class Verdicts {

    private Verdicts() {
    }

    public static String meaning(Verdict verdict, Messages m) {
        return switch (verdict) {
            case TOGETHER -> m.verdict_together_long();
            case PRIMARY -> m.verdict_primary_long();
            case EXCLUDES -> m.verdict_excludes_long();
            case SEQUENCE -> m.verdict_sequence_long();
            case CONDITIONAL -> m.verdict_conditional_long();
            case UNKNOWN -> m.verdict_unknown_long();
        };
    }

    /** For a pair: which one is paid or comes first, or null when the verdict has no order. */
    public static String order(Rule rule, Release release, Labels labels, Messages m, Language language) {
        return switch (rule.verdict()) {
            case PRIMARY -> m.pair_primary(labels.item(release, rule.primary(), language));
            case SEQUENCE -> m.pair_first(labels.item(release, rule.first(), language));
            default -> null;
        };
    }
}
