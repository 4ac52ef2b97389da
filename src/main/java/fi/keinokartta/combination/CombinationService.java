package fi.keinokartta.combination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import fi.keinokartta.content.load.CombinationCoverage;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.Rule;
import fi.keinokartta.core.Verdict;

/**
 * Answers "how do these items combine?" for every pair, from a release's rules: the rule valid on the
 * day for the situation (a rule limited to the situation wins over a general one), and otherwise
 * {@link Verdict#UNKNOWN} with who to ask. A pair is never left out and never reported as "no".
 */
@ApplicationScoped
public class CombinationService {

    /** The most items checked at once, in the API and on the checker page (a 12 x 12 matrix still reads). */
    public static final int MAX_ITEMS = 12;

    public List<PairVerdict> check(Release release, List<String> itemIds, Optional<String> situation, LocalDate day) {
        List<PairVerdict> pairs = new ArrayList<>();
        for (int i = 0; i < itemIds.size(); i++) {
            for (int j = i + 1; j < itemIds.size(); j++) {
                pairs.add(pair(release, itemIds.get(i), itemIds.get(j), situation, day));
            }
        }
        return pairs;
    }

    public PairVerdict pair(Release release, String a, String b, Optional<String> situation, LocalDate day) {
        List<Rule> rules = release.rulesOf(a).stream()
                .filter(rule -> rule.isAbout(a, b) && rule.isValidOn(day))
                .toList();
        Optional<Rule> chosen = CombinationCoverage.applicable(rules, a, b, situation, day);
        List<Rule> others = rules.stream().filter(r -> chosen.map(c -> c != r).orElse(true)).toList();
        Verdict verdict = chosen.map(Rule::verdict).orElse(Verdict.UNKNOWN);
        List<String> askFrom = chosen.filter(r -> !r.askFrom().isEmpty()).map(Rule::askFrom)
                .orElseGet(() -> providersOf(release, a, b));
        return new PairVerdict(a, b, verdict, chosen.orElse(null), others, askFrom);
    }

    /** Without a documented rule, the bodies that provide either item are the ones to ask. */
    private static List<String> providersOf(Release release, String a, String b) {
        Set<String> providers = new LinkedHashSet<>();
        release.item(a).map(Item::providers).ifPresent(providers::addAll);
        release.item(b).map(Item::providers).ifPresent(providers::addAll);
        return List.copyOf(providers);
    }
}
