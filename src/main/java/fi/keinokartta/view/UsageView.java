package fi.keinokartta.view;

import java.util.List;

/**
 * How an item is used, as readers see it (measure page, GET /api/v1/measures/{id}, each plan step): who
 * applies, who decides or pays, the channel, timing, prerequisites and typical duration, with the sources.
 * {@code usageKnown} is false when the item has no usage block: then the deciders are its providers.
 */
public record UsageView(List<ItemView.Ref> applicant, List<ItemView.Ref> decider, PlanView.ChannelView channel,
        List<PlanView.TimingView> timing, List<PlanView.PrerequisiteView> prerequisites, PlanView.DurationView duration,
        String note, List<ItemView.SourceView> sources, boolean usageKnown) {
}
