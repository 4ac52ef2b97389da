package fi.keinokartta.content.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fi.keinokartta.core.Catalogue;
import fi.keinokartta.core.Rule;
import fi.keinokartta.core.Situation;
import fi.keinokartta.core.Situation.Phase;
import fi.keinokartta.core.Verdict;

/**
 * How much of what a coordinator combines is documented: for every situation and phase, every unordered
 * pair of items placed in that phase, the rule that applies to it in that situation on a given day (chosen
 * exactly as the combination check chooses it), and whether its verdict says more than {@code unknown}.
 * A pure function of the catalogue; a missing rule is a gap to fill, never a reason to refuse content.
 */
public final class CombinationCoverage {

    private CombinationCoverage() {
    }

    /** Two items of one phase of one situation, and the rule that applies to them (null when none). */
    public record PhasePair(String situation, String phase, String a, String b, Rule rule) {

        public boolean documented() {
            return rule != null;
        }

        /** Documented with a verdict other than unknown. */
        public boolean known() {
            return rule != null && rule.verdict() != Verdict.UNKNOWN;
        }
    }

    /** The pairs of one phase. */
    public record PhaseCoverage(String situation, String phase, List<PhasePair> pairs) {

        public PhaseCoverage {
            pairs = List.copyOf(pairs);
        }

        public int documented() {
            return (int) pairs.stream().filter(PhasePair::documented).count();
        }

        public int known() {
            return (int) pairs.stream().filter(PhasePair::known).count();
        }

        public List<PhasePair> missing() {
            return pairs.stream().filter(p -> !p.documented()).toList();
        }

        public List<PhasePair> unknown() {
            return pairs.stream().filter(p -> p.documented() && !p.known()).toList();
        }
    }

    /** Coverage of the whole catalogue on one day, phase by phase in the order of situations and phases. */
    public record Report(LocalDate day, List<PhaseCoverage> phases) {

        public Report {
            phases = List.copyOf(phases);
        }

        public List<PhasePair> pairs() {
            return phases.stream().flatMap(p -> p.pairs().stream()).toList();
        }

        public int total() {
            return phases.stream().mapToInt(p -> p.pairs().size()).sum();
        }

        public int documented() {
            return phases.stream().mapToInt(PhaseCoverage::documented).sum();
        }

        public int known() {
            return phases.stream().mapToInt(PhaseCoverage::known).sum();
        }

        public List<PhasePair> missing() {
            return pairs().stream().filter(p -> !p.documented()).toList();
        }

        /** Share of pairs with a verdict other than unknown, in whole per cent (rounded down); 100 with no pairs. */
        public int knownPercent() {
            return percent(known(), total());
        }

        public int documentedPercent() {
            return percent(documented(), total());
        }

        /** One line for the validation command and the editors' pages. */
        public String summary() {
            boolean across = phases.stream().anyMatch(p -> p.phase().equals(ALL_PHASES));
            return (across ? "Combination coverage across phases: " : "Combination coverage: ") + total()
                    + (across ? " pair(s) of items in the same situation, " : " within-phase pair(s), ") + documented()
                    + " with a rule ("
                    + documentedPercent() + " %), " + known() + " with a verdict other than unknown (" + knownPercent()
                    + " %), " + missing().size() + " without a rule";
        }

        private static int percent(int part, int whole) {
            return whole == 0 ? 100 : (int) Math.floor(100.0 * part / whole);
        }
    }

    /** The pairs a coordinator combines: items placed in the same phase of a situation. */
    public static Report of(Catalogue catalogue, LocalDate day) {
        List<PhaseCoverage> phases = new ArrayList<>();
        for (Situation situation : catalogue.situations()) {
            for (Phase phase : situation.phases()) {
                phases.add(new PhaseCoverage(situation.id(), phase.id(), pairs(catalogue, situation, phase.id(),
                        phase.items(), day)));
            }
        }
        return new Report(day, phases);
    }

    /**
     * The wider goal: every pair of items that a situation lists in any of its phases, one entry per situation
     * with the phase id {@value #ALL_PHASES}.
     */
    public static Report acrossPhases(Catalogue catalogue, LocalDate day) {
        List<PhaseCoverage> situations = new ArrayList<>();
        for (Situation situation : catalogue.situations()) {
            List<String> items = situation.phases().stream().flatMap(p -> p.items().stream()).toList();
            situations.add(new PhaseCoverage(situation.id(), ALL_PHASES, pairs(catalogue, situation, ALL_PHASES, items, day)));
        }
        return new Report(day, situations);
    }

    /** The phase id of {@link #acrossPhases}' entries. */
    public static final String ALL_PHASES = "*";

    private static List<PhasePair> pairs(Catalogue catalogue, Situation situation, String phase, List<String> listed,
            LocalDate day) {
        List<String> items = listed.stream().distinct().toList();
        List<PhasePair> pairs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                String a = items.get(i);
                String b = items.get(j);
                Rule rule = applicable(catalogue.rules(), a, b, Optional.of(situation.id()), day).orElse(null);
                pairs.add(new PhasePair(situation.id(), phase, a, b, rule));
            }
        }
        return pairs;
    }

    /**
     * The rule that answers "how do a and b combine?" on the day: among the rules about the pair valid on
     * that day, one limited to the situation wins over one that applies in every situation; without a
     * situation, a general rule, or the only rule there is.
     */
    public static Optional<Rule> applicable(List<Rule> rules, String a, String b, Optional<String> situation,
            LocalDate day) {
        List<Rule> valid = rules.stream().filter(rule -> rule.isAbout(a, b) && rule.isValidOn(day)).toList();
        if (situation.isPresent()) {
            String s = situation.get();
            return valid.stream().filter(r -> r.situations().contains(s)).findFirst()
                    .or(() -> valid.stream().filter(Rule::appliesInEverySituation).findFirst());
        }
        return valid.stream().filter(Rule::appliesInEverySituation).findFirst()
                .or(() -> valid.size() == 1 ? Optional.of(valid.get(0)) : Optional.empty());
    }
}
