package fi.keinokartta.content.load;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import fi.keinokartta.content.load.ContentLoader.Loaded;
import fi.keinokartta.content.load.ContentLoader.Problems;
import fi.keinokartta.content.load.TextChecks.TextProblem;
import fi.keinokartta.core.Figure;
import fi.keinokartta.core.FigureUnit;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Situation;
import fi.keinokartta.core.Timeline;

/**
 * The checks of timelines a schema cannot express: the file named after its id, the situation and items
 * resolving, at most one timeline per situation, every checkpoint's figure existing with the unit its
 * counting needs, figures naming the file's sources, texts whose figures and links resolve, review dates.
 */
final class TimelineCheck {

    private final Problems problems;
    private final LocalDate today;
    private final Set<String> itemIds = new HashSet<>();
    private final Set<String> situationIds = new HashSet<>();
    private final List<Loaded<Timeline>> timelines;

    TimelineCheck(Problems problems, LocalDate today, List<Loaded<Item>> items, List<Loaded<Situation>> situations,
            List<Loaded<Timeline>> timelines, Set<String> unreadableIds) {
        this.problems = problems;
        this.today = today;
        this.timelines = timelines;
        items.forEach(i -> itemIds.add(i.value().id()));
        situations.forEach(s -> situationIds.add(s.value().id()));
        itemIds.addAll(unreadableIds);
        situationIds.addAll(unreadableIds);
    }

    void run() {
        Set<String> ids = new HashSet<>();
        Map<String, String> bySituation = new HashMap<>();
        for (Loaded<Timeline> loaded : timelines) {
            Timeline timeline = loaded.value();
            if (!loaded.file().endsWith("/" + timeline.id() + ".yaml")) {
                error(loaded, "/id", "The file must be named after its id: rename it to " + timeline.id() + ".yaml.");
            }
            if (!ids.add(timeline.id())) {
                error(loaded, "/id", "The timeline id '" + timeline.id() + "' is defined twice.");
            }
            if (!situationIds.contains(timeline.situation())) {
                error(loaded, "/situation", "The situation '" + timeline.situation() + "' does not exist (see situations/).");
            } else {
                String earlier = bySituation.putIfAbsent(timeline.situation(), loaded.file());
                if (earlier != null) {
                    error(loaded, "/situation", "The situation '" + timeline.situation() + "' already has a timeline ("
                            + earlier + "): a situation shows at most one.");
                }
            }
            check(loaded);
        }
    }

    private void check(Loaded<Timeline> loaded) {
        Timeline timeline = loaded.value();
        if (timeline.reviewed().isAfter(today)) {
            error(loaded, "/reviewed", "The review date " + timeline.reviewed() + " is in the future.");
        }
        if (!timeline.reviewBy().isAfter(timeline.reviewed())) {
            error(loaded, "/reviewBy", "'reviewBy' (" + timeline.reviewBy() + ") must come after 'reviewed' ("
                    + timeline.reviewed() + ").");
        } else if (timeline.reviewBy().isBefore(today)) {
            problems.warning(loaded.file(), loaded.line("/reviewBy"), "Stale: the review date " + timeline.reviewBy()
                    + " has passed. Check the timeline against its sources and update 'reviewed' and 'reviewBy'.");
        }
        Set<String> sourceIds = new HashSet<>();
        for (int i = 0; i < timeline.sources().size(); i++) {
            if (!sourceIds.add(timeline.sources().get(i).id())) {
                error(loaded, "/sources/" + i, "The source id '" + timeline.sources().get(i).id() + "' is defined twice.");
            }
        }
        Set<String> figureIds = new HashSet<>();
        for (int i = 0; i < timeline.figures().size(); i++) {
            Figure figure = timeline.figures().get(i);
            String pointer = "/figures/" + i;
            if (!figureIds.add(figure.id())) {
                error(loaded, pointer, "The figure id '" + figure.id() + "' is defined twice.");
            }
            if (!sourceIds.contains(figure.source())) {
                error(loaded, pointer + "/source", "The figure '" + figure.id() + "' names the source '" + figure.source()
                        + "', which is not among this timeline's sources.");
            }
            if (figure.validTo() != null && figure.validTo().isBefore(figure.validFrom())) {
                error(loaded, pointer + "/validTo", "The figure '" + figure.id() + "' ends (validTo) before it starts (validFrom).");
            } else if (figure.validTo() != null && figure.validTo().isBefore(today)) {
                problems.warning(loaded.file(), loaded.line(pointer + "/validTo"), "The figure '" + figure.id()
                        + "' no longer applies (validTo " + figure.validTo() + "): update it to the current value.");
            }
        }
        timeline.figure(timeline.waitingPeriod()).ifPresentOrElse(waiting -> {
            if (waiting.unit() != FigureUnit.WORKING_DAYS) {
                error(loaded, "/waitingPeriod", "The waiting period '" + waiting.id() + "' must be in working-days.");
            }
        }, () -> error(loaded, "/waitingPeriod", "The waiting period names the figure '" + timeline.waitingPeriod()
                + "', which is not among this timeline's figures."));
        Set<String> checkpointIds = new HashSet<>();
        for (int i = 0; i < timeline.checkpoints().size(); i++) {
            Timeline.Checkpoint checkpoint = timeline.checkpoints().get(i);
            String pointer = "/checkpoints/" + i;
            if (!checkpointIds.add(checkpoint.id())) {
                error(loaded, pointer + "/id", "The checkpoint id '" + checkpoint.id() + "' is defined twice.");
            }
            var figure = timeline.figure(checkpoint.figure());
            if (figure.isEmpty()) {
                error(loaded, pointer + "/figure", "The checkpoint '" + checkpoint.id() + "' names the figure '"
                        + checkpoint.figure() + "', which is not among this timeline's figures.");
            } else if (checkpoint.counting().unit() != null && figure.get().unit() != checkpoint.counting().unit()) {
                error(loaded, pointer + "/counting", "The checkpoint '" + checkpoint.id() + "' counts " + checkpoint.counting().id()
                        + ", so its figure '" + figure.get().id() + "' must be in " + checkpoint.counting().unit().id()
                        + ", not " + figure.get().unit().id() + ".");
            }
            if (checkpoint.item() != null && !itemIds.contains(checkpoint.item())) {
                error(loaded, pointer + "/item", "The item '" + checkpoint.item() + "' does not exist (see items/).");
            }
            for (Language language : Language.values()) {
                text(loaded, pointer + "/" + language.code() + "/due", checkpoint.text(language).due(), figureIds);
            }
        }
        for (Language language : Language.values()) {
            text(loaded, "/" + language.code() + "/intro", timeline.text(language).intro(), figureIds);
        }
    }

    private void text(Loaded<?> file, String pointer, String text, Set<String> figureIds) {
        for (TextProblem problem : TextChecks.problems(Objects.requireNonNullElse(text, ""), figureIds, itemIds, true)) {
            problems.add(new ContentProblem(problem.severity(), file.file(), file.line(pointer), problem.message()));
        }
    }

    private void error(Loaded<?> file, String pointer, String message) {
        problems.error(file.file(), file.line(pointer), message);
    }
}
