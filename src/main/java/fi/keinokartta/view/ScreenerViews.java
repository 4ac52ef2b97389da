package fi.keinokartta.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fi.keinokartta.content.render.FigureFormatter;
import fi.keinokartta.content.render.MarkdownRenderer;
import fi.keinokartta.core.Figure;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.Timeline;
import fi.keinokartta.http.Routes;
import fi.keinokartta.i18n.ScreenerMessages;
import fi.keinokartta.i18n.Texts;
import fi.keinokartta.screener.Screener;
import fi.keinokartta.screener.TimelineCalculator;
import fi.keinokartta.screener.TimelineCalculator.Placed;
import fi.keinokartta.screener.TimelineCalculator.Position;

/** What a reader sees of a screener result and of a timeline in one language (shared by the API and the pages). */
@ApplicationScoped
public class ScreenerViews {

    @Inject
    Texts texts;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    FigureFormatter figures;

    public record ResultView(String situation, String situationTitle, String situationUrl, List<SuggestionView> maySuit,
            List<ItemView.Ref> notChecked, TimelineView timeline, String pageUrl, String changeUrl, String planUrl) {
    }

    public record SuggestionView(String id, String title, String summary, String why, String url) {
    }

    /** A timeline placed on the calendar; {@code since} and {@code day} are null when no first day was given. */
    public record TimelineView(String title, String introHtml, String since, Integer day, String todayText,
            List<CheckpointView> checkpoints, List<CheckpointView> limits, List<ItemView.SourceView> sources) {
    }

    /**
     * @param day the day of absence it falls on (null for a limit, or without a first day)
     * @param due the date (YYYY-MM-DD), null for a limit or without a first day
     * @param when the day and date as a reader sees them
     * @param state passed, next, later or limit
     */
    public record CheckpointView(String id, Integer day, String due, String when, String title, String whatHtml,
            String whatText, String state, String stateLabel, boolean estimate, String itemUrl) {
    }

    public ResultView result(Release release, Screener.Result result, Language language) {
        List<SuggestionView> maySuit = result.maySuit().stream().map(s -> {
            var item = release.item(s.item()).orElseThrow();
            return new SuggestionView(s.item(), item.text(language).title(), item.text(language).summary(), why(s, language),
                    Routes.item(language, s.item()));
        }).toList();
        List<ItemView.Ref> notChecked = result.notChecked().stream()
                .map(id -> new ItemView.Ref(id, release.item(id).map(i -> i.text(language).title()).orElse(id),
                        Routes.item(language, id)))
                .toList();
        TimelineView timeline = result.timeline().map(p -> timeline(p, language)).orElse(null);
        Map<String, String> answers = result.answers().parameters();
        Map<String, String> change = new LinkedHashMap<>(answers);
        change.put("change", "1");
        // What may suit, each in the situation's phase that lists it, becomes the first draft of a plan.
        List<Map.Entry<String, String>> steps = result.maySuit().stream()
                .flatMap(s -> result.situation().phases().stream().filter(p -> p.items().contains(s.item())).findFirst()
                        .map(p -> Map.entry(s.item(), p.id())).stream())
                .toList();
        return new ResultView(result.situation().id(), result.situation().text(language).title(),
                Routes.situation(language, result.situation().id()), maySuit, notChecked, timeline,
                Routes.screener(language, answers), Routes.screener(language, change),
                Routes.plan(language, result.situation().id(), steps, null));
    }

    private String why(Screener.Suggestion s, Language language) {
        ScreenerMessages m = texts.screener(language);
        return switch (s.reason()) {
            case NEXT_CHECKPOINT -> m.why_next_checkpoint(s.checkpoint().checkpoint().text(language).title(),
                    when(s.checkpoint(), language));
            case OCCUPATIONAL_HEALTH -> m.why_occupational_health();
            case NO_OCCUPATIONAL_HEALTH -> m.why_no_occupational_health();
            case PART_TIME -> m.why_part_time();
            case PHASE -> s.phase() == null ? m.why_situation() : m.why_phase(s.phase().text(language).title());
        };
    }

    /** A timeline seen from a first day. */
    public TimelineView timeline(Position position, Language language) {
        ScreenerMessages m = texts.screener(language);
        Timeline timeline = position.timeline();
        List<CheckpointView> dated = position.dated().stream().map(p -> checkpoint(timeline, p, language)).toList();
        List<CheckpointView> limits = position.limits().stream().map(p -> checkpoint(timeline, p, language)).toList();
        return new TimelineView(timeline.text(language).title(), html(timeline, timeline.text(language).intro(), language),
                position.since().toString(), position.day(),
                m.timeline_today(position.day(), FigureFormatter.date(position.today(), language)), dated, limits,
                timeline.sources().stream().map(ItemViews::source).toList());
    }

    /** A timeline without a first day: the checkpoints with their day limits only. */
    public TimelineView timeline(Timeline timeline, Language language) {
        List<CheckpointView> all = timeline.checkpoints().stream().map(c -> {
            Figure figure = timeline.figure(c.figure()).orElse(null);
            Placed placed = new Placed(c, figure, null, null, false,
                    c.counting() == Timeline.Counting.LIMIT ? TimelineCalculator.State.LIMIT : TimelineCalculator.State.LATER);
            return checkpoint(timeline, placed, language);
        }).toList();
        return new TimelineView(timeline.text(language).title(), html(timeline, timeline.text(language).intro(), language),
                null, null, null, all.stream().filter(c -> !"limit".equals(c.state())).toList(),
                all.stream().filter(c -> "limit".equals(c.state())).toList(),
                timeline.sources().stream().map(ItemViews::source).toList());
    }

    private CheckpointView checkpoint(Timeline timeline, Placed p, Language language) {
        ScreenerMessages m = texts.screener(language);
        var text = p.checkpoint().text(language);
        String state = p.state().name().toLowerCase(java.util.Locale.ROOT);
        String stateLabel = switch (p.state()) {
            case PASSED -> m.timeline_passed();
            case NEXT -> m.timeline_next();
            default -> null;
        };
        String when = p.due() == null ? (p.figure() == null ? null : figures.format(p.figure(), language)) : when(p, language);
        return new CheckpointView(p.checkpoint().id(), p.day(), p.due() == null ? null : p.due().toString(), when, text.title(),
                html(timeline, text.due(), language), markdown.toText(text.due(), language, figureMap(timeline)), state,
                stateLabel, p.estimate(), p.checkpoint().item() == null ? null : Routes.item(language, p.checkpoint().item()));
    }

    private String when(Placed p, Language language) {
        ScreenerMessages m = texts.screener(language);
        String date = FigureFormatter.date(p.due(), language);
        return m.timeline_day(p.day()) + " · " + (p.estimate() ? m.timeline_about(date) : m.timeline_date(date));
    }

    private String html(Timeline timeline, String text, Language language) {
        return markdown.toHtml(text, language, figureMap(timeline), (target, l) -> Routes.item(l, target));
    }

    private static Map<String, Figure> figureMap(Timeline timeline) {
        Map<String, Figure> map = new LinkedHashMap<>();
        timeline.figures().forEach(f -> map.put(f.id(), f));
        return map;
    }
}
