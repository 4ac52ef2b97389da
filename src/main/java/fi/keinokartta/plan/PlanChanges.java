package fi.keinokartta.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import fi.keinokartta.core.Verdict;

/**
 * What changed for one plan between the release it was made with and the release it is checked against
 * now: items whose entry changed, and pairs whose verdict changed (a new or dropped conflict shows there).
 */
public final class PlanChanges {

    public enum Kind {
        ITEM_CHANGED,
        PAIR_CHANGED
    }

    /** One change; for {@code ITEM_CHANGED} only {@code a} is set. */
    public record Change(Kind kind, String a, String b, Verdict before, Verdict after) {
    }

    private PlanChanges() {
    }

    /** Both plans hold the same items (the later one checked against the newer release). */
    public static List<Change> between(Plan before, Plan after) {
        List<Change> changes = new ArrayList<>();
        for (Plan.Step step : after.steps()) {
            before.step(step.id()).filter(old -> !old.item().equals(step.item()))
                    .ifPresent(old -> changes.add(new Change(Kind.ITEM_CHANGED, step.id(), null, null, null)));
        }
        for (Plan.Pair pair : after.pairs()) {
            before.pairs().stream()
                    .filter(old -> (old.a().equals(pair.a()) && old.b().equals(pair.b()))
                            || (old.a().equals(pair.b()) && old.b().equals(pair.a())))
                    .findFirst()
                    .filter(old -> old.verdict().verdict() != pair.verdict().verdict()
                            || !Objects.equals(old.verdict().rule(), pair.verdict().rule()))
                    .ifPresent(old -> changes.add(new Change(Kind.PAIR_CHANGED, pair.a(), pair.b(),
                            old.verdict().verdict(), pair.verdict().verdict())));
        }
        return changes;
    }
}
