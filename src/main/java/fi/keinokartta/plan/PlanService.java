package fi.keinokartta.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fi.keinokartta.combination.CombinationService;
import fi.keinokartta.combination.PairVerdict;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.Rule;
import fi.keinokartta.core.Situation;
import fi.keinokartta.core.Usage;
import fi.keinokartta.core.Verdict;

/**
 * Builds and checks a coordinator's plan: measures placed in phases (a situation's, or now / next /
 * later), ordered, given lanes by actor, and every pair checked with the combination checker's own rule
 * matching. A conflict is an {@code excludes} rule inside one phase or a {@code sequence} rule whose
 * first item is placed in a later phase; pairs without a rule are listed with whom to ask.
 */
@ApplicationScoped
public class PlanService {

    /** The most steps one plan holds (a plan longer than this is better split; 190 pairs still read). */
    public static final int MAX_STEPS = 20;

    /** The phases of a plan that does not start from a situation. */
    public static final List<String> GENERIC_PHASES = List.of("now", "next", "later");

    /** A step as asked for: an item and the id of its phase (blank: the first phase that suggests it). */
    public record Request(String item, String phase) {
    }

    private final CombinationService combinations;

    @Inject
    public PlanService(CombinationService combinations) {
        this.combinations = combinations;
    }

    /** The phases a plan can use: the situation's in order, or the generic ones. */
    public List<Plan.Phase> phases(Situation situation) {
        List<Plan.Phase> phases = new ArrayList<>();
        if (situation == null) {
            for (int i = 0; i < GENERIC_PHASES.size(); i++) {
                phases.add(new Plan.Phase(GENERIC_PHASES.get(i), i, null));
            }
        } else {
            for (int i = 0; i < situation.phases().size(); i++) {
                phases.add(new Plan.Phase(situation.phases().get(i).id(), i, situation.phases().get(i)));
            }
        }
        return phases;
    }

    /** Checks a plan against a release on a day; throws {@link PlanException} for anything it cannot place. */
    public Plan check(Release release, String situationId, List<Request> requested, LocalDate day) {
        Situation situation = null;
        if (situationId != null) {
            situation = release.situation(situationId).orElseThrow(() -> new PlanException("situation",
                    "Unknown situation '" + shorten(situationId) + "'; the situations are listed at /api/v1/taxonomies."));
        }
        if (requested.size() > MAX_STEPS) {
            throw new PlanException("steps", "A plan holds at most " + MAX_STEPS + " steps; " + requested.size()
                    + " were given. Split it into two plans.");
        }
        List<Plan.Phase> phases = phases(situation);
        List<Plan.Step> steps = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Request request : requested) {
            Item item = release.item(request.item()).orElseThrow(() -> new PlanException("steps", "Unknown item '"
                    + shorten(request.item()) + "'. Search with /api/v1/search to find ids."));
            if (!seen.add(item.id())) {
                throw new PlanException("steps", "The item '" + item.id() + "' is in the plan twice; give each item once.");
            }
            Plan.Phase phase = phaseOf(phases, situation, request);
            steps.add(new Plan.Step(item, phase, 0, actors(item)));
        }
        steps.sort(Comparator.comparingInt(s -> s.phase().index()));
        for (int i = 0; i < steps.size(); i++) {
            Plan.Step s = steps.get(i);
            steps.set(i, new Plan.Step(s.item(), s.phase(), i, s.actors()));
        }

        Optional<String> situationFilter = Optional.ofNullable(situationId);
        List<Plan.Pair> pairs = new ArrayList<>();
        List<Plan.Conflict> conflicts = new ArrayList<>();
        List<Plan.Pair> unknowns = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            for (int j = i + 1; j < steps.size(); j++) {
                Plan.Step a = steps.get(i);
                Plan.Step b = steps.get(j);
                PairVerdict verdict = combinations.pair(release, a.id(), b.id(), situationFilter, day);
                Plan.Pair pair = new Plan.Pair(verdict, a.phase().index() == b.phase().index());
                pairs.add(pair);
                conflict(pair, a, b).ifPresent(conflicts::add);
                if (verdict.verdict() == Verdict.UNKNOWN) {
                    unknowns.add(pair);
                }
            }
        }
        return new Plan(situation, phases, List.copyOf(steps), lanes(steps), List.copyOf(pairs), List.copyOf(conflicts),
                List.copyOf(unknowns));
    }

    private static Optional<Plan.Conflict> conflict(Plan.Pair pair, Plan.Step a, Plan.Step b) {
        Rule rule = pair.verdict().rule();
        if (rule == null) {
            return Optional.empty();
        }
        if (rule.verdict() == Verdict.EXCLUDES && pair.samePhase()) {
            return Optional.of(new Plan.Conflict(a.id(), b.id(), Plan.ConflictKind.EXCLUDES, rule));
        }
        if (rule.verdict() == Verdict.SEQUENCE && rule.first() != null) {
            Plan.Step first = rule.first().equals(a.id()) ? a : b;
            Plan.Step then = first == a ? b : a;
            if (first.phase().index() > then.phase().index()) {
                return Optional.of(new Plan.Conflict(first.id(), then.id(), Plan.ConflictKind.ORDER, rule));
            }
        }
        return Optional.empty();
    }

    private static Plan.Phase phaseOf(List<Plan.Phase> phases, Situation situation, Request request) {
        String wanted = request.phase() == null ? "" : request.phase().strip();
        if (wanted.isEmpty()) {
            return phases.stream()
                    .filter(p -> p.situationPhase() != null && p.situationPhase().items().contains(request.item()))
                    .findFirst().orElse(phases.get(0));
        }
        return phases.stream().filter(p -> p.id().equals(wanted)).findFirst().orElseThrow(() -> new PlanException("steps",
                "Unknown phase '" + shorten(wanted) + "' for '" + shorten(request.item()) + "'; "
                        + (situation == null ? "without a situation" : "in the situation '" + situation.id() + "'")
                        + " the phases are: " + String.join(", ", phases.stream().map(Plan.Phase::id).toList()) + "."));
    }

    /** Who has a part in a step: its applicants and deciders (from usage), or its providers when usage is not known. */
    static Set<Actor> actors(Item item) {
        Set<Actor> actors = EnumSet.noneOf(Actor.class);
        Usage usage = item.usage();
        if (usage == null) {
            item.providers().forEach(p -> actors.add(Actor.ofProvider(p)));
            return actors;
        }
        usage.applicant().forEach(a -> Actor.ofApplicant(a).ifPresent(actors::add));
        usage.decider().forEach(p -> actors.add(Actor.ofProvider(p)));
        return actors;
    }

    private static List<Plan.Lane> lanes(List<Plan.Step> steps) {
        Map<Actor, List<String>> lanes = new EnumMap<>(Actor.class);
        for (Plan.Step step : steps) {
            step.actors().forEach(actor -> lanes.computeIfAbsent(actor, k -> new ArrayList<>()).add(step.id()));
        }
        return lanes.entrySet().stream().map(e -> new Plan.Lane(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
