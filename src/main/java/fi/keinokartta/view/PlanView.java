package fi.keinokartta.view;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A checked plan as readers and the API see it (POST/GET /api/v1/plans/check): the steps in order with who
 * applies, who decides, the channel, timing and prerequisites; lanes by actor; every pair; the conflicts;
 * the pairs without a rule with whom to ask; and the plan's own address. Wording is "may", never a decision.
 */
public record PlanView(String situation, String lang, String release, List<PhaseView> phases, List<StepView> steps,
        List<LaneView> lanes, List<PairView> pairs, List<ConflictView> conflicts, List<UnknownView> unknowns, String shareUrl,
        String printUrl) {

    /** A phase of the plan: the situation's (with its description) or a generic one (now, next, later). */
    public record PhaseView(String id, String title, String description, List<String> suggested) {
    }

    /** One step. Parts the sources are silent about are null or empty, and {@code usageKnown} is false without usage. */
    public record StepView(String item, String phase, String title, String url, String type, List<ItemView.Ref> applicant,
            List<ItemView.Ref> decider, ChannelView channel, List<TimingView> timing, List<PrerequisiteView> prerequisites,
            DurationView duration, String note, List<ItemView.SourceView> sources, boolean usageKnown, List<String> actors) {

        @JsonIgnore
        public boolean involves(String actor) {
            return actors.contains(actor);
        }
    }

    public record ChannelView(String url, String label) {
    }

    /** {@code kind}: before-start, apply-within, window, checkpoint, during or unknown; {@code figure}: a limit with its date. */
    public record TimingView(String kind, String kindLabel, Integer days, Integer months, String figure, String text) {
    }

    public record PrerequisiteView(String id, String text) {
    }

    /** {@code kind}: figure, text or unknown; {@code text} is the duration as written for readers. */
    public record DurationView(String kind, String text) {
    }

    public record LaneView(String actor, String label, List<String> steps) {
    }

    /** As a pair of /api/v1/combinations, plus whether both are in the same phase of the plan. */
    public record PairView(String a, String b, String verdict, String verdictLabel, boolean documented, String primary,
            String first, List<String> situations, String explanation, List<ItemView.SourceView> sources, LocalDate validFrom,
            LocalDate validTo, List<ItemView.Ref> askFrom, List<String> otherSituationRules, boolean samePhase,
            @JsonIgnore String explanationHtml) {
    }

    /** {@code kind}: excludes (same phase) or order (a sequence placed the other way round); {@code message} says it in a sentence. */
    public record ConflictView(String a, String b, String kind, String verdict, String message, String explanation,
            List<ItemView.SourceView> sources, @JsonIgnore String explanationHtml) {

        @JsonIgnore
        public boolean concerns(String item) {
            return a.equals(item) || b.equals(item);
        }
    }

    public record UnknownView(String a, String b, List<ItemView.Ref> askFrom) {

        @JsonIgnore
        public String askFromNames() {
            return String.join(", ", askFrom.stream().map(ItemView.Ref::label).toList());
        }
    }

    @JsonIgnore
    public List<ConflictView> conflictsOf(String item) {
        return conflicts.stream().filter(c -> c.concerns(item)).toList();
    }

    @JsonIgnore
    public String title(String item) {
        return steps.stream().filter(s -> s.item().equals(item)).map(StepView::title).findFirst().orElse(item);
    }

    @JsonIgnore
    public List<StepView> stepsIn(String phase) {
        return steps.stream().filter(s -> s.phase().equals(phase)).toList();
    }
}
