package fi.keinokartta.view;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fi.keinokartta.combination.PairVerdict;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.Rule;
import fi.keinokartta.http.Routes;
import fi.keinokartta.i18n.Labels;
import fi.keinokartta.i18n.PlanMessages;
import fi.keinokartta.i18n.PlanTexts;
import fi.keinokartta.plan.Actor;
import fi.keinokartta.plan.Plan;

/** Turns a checked {@link Plan} into what the API returns and the plan pages show, in one language. */
@ApplicationScoped
public class PlanViews {

    @Inject
    ItemViews items;

    @Inject
    Labels labels;

    @Inject
    PlanTexts texts;

    @Inject
    UsageViews usages;

    public PlanView view(Release release, Plan plan, Language language) {
        PlanMessages m = texts.in(language);
        String situation = plan.situationIfAny().map(s -> s.id()).orElse(null);
        List<Map.Entry<String, String>> stepParameters = plan.steps().stream()
                .map(s -> Map.entry(s.id(), s.phase().id())).toList();
        String share = Routes.plan(language, situation, stepParameters, release.id());
        String print = Routes.plan(language, situation, stepParameters, release.id(), "view", "person");
        return new PlanView(situation, language.code(), release.id(),
                plan.phases().stream().map(p -> phase(p, language, m)).toList(),
                plan.steps().stream().map(s -> step(release, s, language)).toList(),
                plan.lanes().stream().map(l -> new PlanView.LaneView(l.actor().id(), actor(l.actor(), m), l.items())).toList(),
                plan.pairs().stream().map(p -> pair(release, p, language)).toList(),
                plan.conflicts().stream().map(c -> conflict(release, c, language, m)).toList(),
                plan.unknowns().stream().map(p -> new PlanView.UnknownView(p.a(), p.b(),
                        p.verdict().askFrom().stream().map(id -> items.provider(release, id, language)).toList())).toList(),
                share, print);
    }

    public PlanView.PhaseView phase(Plan.Phase phase, Language language, PlanMessages m) {
        if (phase.situationPhase() == null) {
            String title = switch (phase.id()) {
                case "now" -> m.phase_now();
                case "next" -> m.phase_next();
                default -> m.phase_later();
            };
            return new PlanView.PhaseView(phase.id(), title, null, List.of());
        }
        var text = phase.situationPhase().text(language);
        return new PlanView.PhaseView(phase.id(), text.title(), text.description(), phase.situationPhase().items());
    }

    private PlanView.StepView step(Release release, Plan.Step step, Language language) {
        Item item = step.item();
        UsageView usage = usages.usage(release, item, language);
        return new PlanView.StepView(item.id(), step.phase().id(), item.text(language).title(), Routes.item(language, item.id()),
                labels.type(item.type(), language), usage.applicant(), usage.decider(), usage.channel(), usage.timing(),
                usage.prerequisites(), usage.duration(), usage.note(), usage.sources(), usage.usageKnown(),
                step.actors().stream().map(Actor::id).toList());
    }

    private PlanView.PairView pair(Release release, Plan.Pair pair, Language language) {
        PairVerdict verdict = pair.verdict();
        Rule rule = verdict.rule();
        return new PlanView.PairView(verdict.a(), verdict.b(), verdict.verdict().id(), labels.verdict(verdict.verdict(), language),
                verdict.documented(),
                rule == null ? null : rule.primary(),
                rule == null ? null : rule.first(),
                rule == null ? List.of() : rule.situations(),
                rule == null ? null : items.explanationText(rule, language),
                rule == null ? List.of() : rule.sources().stream().map(ItemViews::source).toList(),
                rule == null ? null : rule.validFrom(),
                rule == null ? null : rule.validTo(),
                verdict.askFrom().stream().map(p -> items.provider(release, p, language)).toList(),
                verdict.otherSituations().stream().map(Rule::id).toList(),
                pair.samePhase(),
                rule == null ? null : items.explanationHtml(rule, language));
    }

    private PlanView.ConflictView conflict(Release release, Plan.Conflict conflict, Language language, PlanMessages m) {
        String a = labels.item(release, conflict.a(), language);
        String b = labels.item(release, conflict.b(), language);
        String message = conflict.kind() == Plan.ConflictKind.EXCLUDES ? m.conflict_excludes(a, b) : m.conflict_order(a, b);
        Rule rule = conflict.rule();
        return new PlanView.ConflictView(conflict.a(), conflict.b(), conflict.kind().id(), rule.verdict().id(), message,
                items.explanationText(rule, language), rule.sources().stream().map(ItemViews::source).toList(),
                items.explanationHtml(rule, language));
    }

    public String actor(Actor actor, PlanMessages m) {
        return switch (actor) {
            case PERSON -> m.actor_person();
            case EMPLOYER -> m.actor_employer();
            case OCCUPATIONAL_HEALTH_CARE -> m.actor_occupational_health_care();
            case KELA -> m.actor_kela();
            case PENSION_PROVIDER -> m.actor_pension_provider();
            case EMPLOYMENT_SERVICES -> m.actor_employment_services();
            case WELLBEING_SERVICES_COUNTY -> m.actor_wellbeing_services_county();
            case OTHER -> m.actor_other();
        };
    }
}
