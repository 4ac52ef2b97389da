package fi.keinokartta.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import fi.keinokartta.combination.PairVerdict;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.Rule;
import fi.keinokartta.core.Situation;

/**
 * A checked plan: its phases, the steps in order, a lane per actor, every pair with its verdict, the
 * conflicts found and the pairs without a rule. Nothing here decides anything: a conflict says that the
 * plan may not work as written, with the rule and its sources.
 */
public record Plan(Situation situation, List<Phase> phases, List<Step> steps, List<Lane> lanes, List<Pair> pairs,
        List<Conflict> conflicts, List<Pair> unknowns) {

    public Optional<Situation> situationIfAny() {
        return Optional.ofNullable(situation);
    }

    /** A phase of the plan: one of the situation's, or a generic one (now, next, later) without a situation. */
    public record Phase(String id, int index, Situation.Phase situationPhase) {
    }

    /** One measure in its phase; {@code position} is its place in the whole plan (0 first). */
    public record Step(Item item, Phase phase, int position, Set<Actor> actors) {

        public String id() {
            return item.id();
        }
    }

    public record Lane(Actor actor, List<String> items) {
    }

    public record Pair(PairVerdict verdict, boolean samePhase) {

        public String a() {
            return verdict.a();
        }

        public String b() {
            return verdict.b();
        }
    }

    public enum ConflictKind {
        /** The rule says "not at the same time" and both are in the same phase. */
        EXCLUDES("excludes"),
        /** The rule says one typically comes first, and the plan puts it in a later phase. */
        ORDER("order");

        private final String id;

        ConflictKind(String id) {
            this.id = id;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return id;
        }
    }

    /** A pair that may not work as planned, with the rule that says so. */
    public record Conflict(String a, String b, ConflictKind kind, Rule rule) {

        public boolean concerns(String item) {
            return a.equals(item) || b.equals(item);
        }
    }

    public Optional<Step> step(String item) {
        return steps.stream().filter(s -> s.id().equals(item)).findFirst();
    }
}
