package fi.keinokartta.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fi.keinokartta.content.render.FigureFormatter;
import fi.keinokartta.core.Figure;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Localized;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.Source;
import fi.keinokartta.core.Usage;
import fi.keinokartta.i18n.Labels;
import fi.keinokartta.i18n.PlanMessages;
import fi.keinokartta.i18n.PlanTexts;

/** Writes an item's usage block for readers in one language; figures come with the date they apply from. */
@ApplicationScoped
public class UsageViews {

    @Inject
    Labels labels;

    @Inject
    PlanTexts texts;

    @Inject
    FigureFormatter figures;

    public UsageView usage(Release release, Item item, Language language) {
        PlanMessages m = texts.in(language);
        Usage usage = item.usage();
        if (usage == null) {
            return new UsageView(List.of(), item.providers().stream().map(p -> provider(release, p, language)).toList(), null,
                    List.of(), List.of(), new PlanView.DurationView("unknown", m.step_unknown()), null, List.of(), false);
        }
        Map<String, Figure> figureById = item.figures().stream().collect(Collectors.toMap(Figure::id, f -> f, (a, b) -> a));
        Map<String, Source> sourceById = item.sources().stream().collect(Collectors.toMap(Source::id, s -> s, (a, b) -> a));
        return new UsageView(
                usage.applicant().stream().map(a -> new ItemView.Ref(a.id(), applicant(a, m), null)).toList(),
                usage.decider().stream().map(p -> provider(release, p, language)).toList(),
                usage.channel() == null ? null : new PlanView.ChannelView(usage.channel().url(), usage.channel().label().get(language)),
                usage.timing().stream().map(t -> new PlanView.TimingView(t.kind().id(), timingKind(t.kind(), m), t.days(),
                        t.months(), Optional.ofNullable(t.figure()).map(figureById::get).map(f -> figures.format(f, language))
                                .orElse(null), text(t.text(), language))).toList(),
                usage.prerequisites().stream().map(p -> new PlanView.PrerequisiteView(p.id(), text(p.text(), language))).toList(),
                duration(usage.duration(), figureById, language, m),
                text(usage.note(), language),
                usage.sources().stream().map(sourceById::get).filter(s -> s != null).map(ItemViews::source).toList(),
                true);
    }

    private ItemView.Ref provider(Release release, String id, Language language) {
        return new ItemView.Ref(id, labels.provider(release, id, language),
                Optional.ofNullable(release.providers().get(id)).map(p -> p.url()).orElse(null));
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

    static String applicant(Usage.Applicant applicant, PlanMessages m) {
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
}
