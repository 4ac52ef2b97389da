package fi.keinokartta.core;

import java.time.LocalDate;
import java.util.List;

/** How two items relate, according to its sources, during its validity, in its situations (all when empty). */
public record Rule(String id, List<String> items, Verdict verdict, String primary, String first,
        List<String> situations, LocalDate validFrom, LocalDate validTo, LocalDate reviewed, List<String> askFrom,
        List<Source> sources, Localized<String> explanation) {

    public Rule {
        situations = situations == null ? List.of() : List.copyOf(situations);
        askFrom = askFrom == null ? List.of() : List.copyOf(askFrom);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean appliesInEverySituation() {
        return situations.isEmpty();
    }

    public boolean isAbout(String a, String b) {
        return items.contains(a) && items.contains(b) && !a.equals(b);
    }

    public boolean isValidOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
