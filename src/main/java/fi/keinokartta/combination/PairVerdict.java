package fi.keinokartta.combination;

import java.util.List;

import fi.keinokartta.core.Rule;
import fi.keinokartta.core.Verdict;

/**
 * How two items combine in a situation: the rule that applies (none when no rule is documented, and
 * then the verdict is {@link Verdict#UNKNOWN}), rules of the same pair that apply in other situations,
 * and who can answer when the verdict is unknown or conditional.
 */
public record PairVerdict(String a, String b, Verdict verdict, Rule rule, List<Rule> otherSituations, List<String> askFrom) {

    public boolean documented() {
        return rule != null;
    }
}
