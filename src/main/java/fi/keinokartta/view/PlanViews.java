package fi.keinokartta.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fi.keinokartta.combination.PairVerdict;
import fi.keinokartta.content.render.FigureFormatter;
import fi.keinokartta.core.Figure;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Localized;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.Rule;
import fi.keinokartta.core.Source;
import fi.keinokartta.core.Usage;
import fi.keinokartta.http.Routes;
import fi.keinokartta.i18n.Labels;
import fi.keinokartta.i18n.PlanMessages;
import fi.keinokartta.i18n.PlanTexts;
import fi.keinokartta.plan.Actor;
import fi.keinokartta.plan.Plan;
import fi.keinokartta.plan.PlanService;

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
    FigureFormatter figures;

    public PlanView view(Release release, Plan plan, Language language) {
        PlanMessages m = texts.in(language);
        String situation = plan.situationIfAny().map(s -> s.id()).orElse(null);
        List<Map.Entry<String, String>> stepParameters = plan.steps().stream()
                .map(s -> Map.entry(s.id(), s.phase().id())).toList();
        String share = Routes.plan(language, situation, stepParameters, release.id());
        String print = Routes.plan(language, situation, stepParameters, release.id(), "view", "person");
        return new PlanView(situation, language.code(), release.id(),
                plan.phases().stream().map(p -> phase(p, language, m)).toList(),
                plan.steps().stream().map(s -> step(release, s, language, m)).toList(),
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

    private PlanView.StepView step(Release release, Plan.Step step, Language language, PlanMessages m) {
        Item item = step.item();
        Usage usage = item.usage();
        List<String> actors = step.actors().stream().map(Actor::id).toList();
        String title = item.text(language).title();
        String url = Routes.item(language, item.id());
        String type = labels.type(item.type(), language);
        if (usage == null) {
            return new PlanView.StepView(item.id(), step.phase().id(), title, url, type, List.of(),
                    item.providers().stream().map(p -> items.provider(release, p, language)).toList(), null, List.of(),
                    List.of(), new PlanView.DurationView("unknown", m.step_unknown()), null, List.of(), false, actors);
        }
        Map<String, Figure> figureById = item.figures().stream().collect(Collectors.toMap(Figure::id, f -> f, (a, b) -> a));
        Map<String, Source> sourceById = item.sources().stream().collect(Collectors.toMap(Source::id, s -> s, (a, b) -> a));
        return new PlanView.StepView(item.id(), step.phase().id(), title, url, type,
                usage.applicant().stream().map(a -> new ItemView.Ref(a.id(), applicant(a, m), null)).toList(),
                usage.decider().stream().map(p -> items.provider(release, p, language)).toList(),
                usage.channel() == null ? null : new PlanView.ChannelView(usage.channel().url(), usage.channel().label().get(language)),
                usage.timing().stream().map(t -> new PlanView.TimingView(t.kind().id(), timingKind(t.kind(), m), t.days(),
                        t.months(), Optional.ofNullable(t.figure()).map(figureById::get).map(f -> figures.format(f, language))
                                .orElse(null), text(t.text(), language))).toList(),
                usage.prerequisites().stream().map(p -> new PlanView.PrerequisiteView(p.id(), text(p.text(), language))).toList(),
                duration(usage.duration(), figureById, language, m),
                text(usage.note(), language),
                usage.sources().stream().map(sourceById::get).filter(s -> s != null).map(ItemViews::source).toList(),
                true, actors);
    }

    private PlanView.DurationView duration(Usage.Duration duration, Map<String, Figure> figureById, Language language,
            PlanMessages m) {
        if (duration == null || duration.kind() == Usage.DurationKind.UNKNOWN) {
            return new PlanView.DurationView("unknown", duration != null && duration.text() != null
                    ? duration.text().get(language) : m.step_unknown());
        }
        if (duration.kind() == Usage.DurationKind.FIGURE && figureById.containsKey(duration.figure())) {
            Figure figure = figureById.get(duration.figure());
            return new PlanView.DurationView("figure", figure.label().get(language) + ": " + figures.format(figure, language));
        }
        return new PlanView.DurationView(duration.kind().id(), text(duration.text(), language));
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

    private static String applicant(Usage.Applicant applicant, PlanMessages m) {
        return switch (applicant) {
            case PERSON -> m.applicant_person();
            case EMPLOYER -> m.applicant_employer();
            case OCCUPATIONAL_HEALTH_CARE -> m.applicant_occupational_health_care();
            case EMPLOYMENT_SERVICES -> m.applicant_employment_services();
            case WELLBEING_SERVICES_COUNTY -> m.applicant_wellbeing_services_county();
            case PROFESSIONAL -> m.applicant_professional();
        };
    }

    private static String timingKind(Usage.TimingKind kind, PlanMessages m) {
        return switch (kind) {
            case BEFORE_START -> m.timing_before_start();
            case APPLY_WITHIN -> m.timing_apply_within();
            case WINDOW -> m.timing_window();
            case CHECKPOINT -> m.timing_checkpoint();
            case DURING -> m.timing_during();
            case UNKNOWN -> m.timing_unknown();
        };
    }

    private static String text(Localized<String> text, Language language) {
        return text == null ? null : text.get(language);
    }

    /** The most steps a plan holds, for messages. */
    public static int maxSteps() {
        return PlanService.MAX_STEPS;
    }
}
