package fi.keinokartta.api;

import java.time.LocalDate;
import java.util.List;

import fi.keinokartta.view.ItemView;

/** The answer of GET /api/v1/combinations: one entry for every pair of the given items. */
public record CombinationResponse(String situation, String lang, String release, List<Pair> pairs) {

    /**
     * How items a and b combine. A pair without a documented rule has verdict {@code unknown},
     * {@code documented=false} and {@code askFrom}: it is never to be read as "no".
     */
    public record Pair(String a, String b, String verdict, String verdictLabel, boolean documented, String primary,
            String first, List<String> situations, String explanation, List<ItemView.SourceView> sources,
            LocalDate validFrom, LocalDate validTo, List<ItemView.Ref> askFrom, List<String> otherSituationRules) {
    }
}
