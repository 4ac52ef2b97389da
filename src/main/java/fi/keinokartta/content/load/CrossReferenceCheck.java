package fi.keinokartta.content.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import fi.keinokartta.content.load.ContentLoader.CategoriesFile;
import fi.keinokartta.content.load.ContentLoader.Loaded;
import fi.keinokartta.content.load.ContentLoader.Problems;
import fi.keinokartta.content.load.ContentLoader.ProvidersFile;
import fi.keinokartta.content.load.ContentLoader.RulesFile;
import fi.keinokartta.content.load.ContentLoader.SynonymsFile;
import fi.keinokartta.content.load.TextChecks.TextProblem;
import fi.keinokartta.core.Figure;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.ItemText;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Rule;
import fi.keinokartta.core.Situation;
import fi.keinokartta.core.Source;
import fi.keinokartta.core.Usage;
import fi.keinokartta.core.Verdict;

/**
 * The checks a schema cannot express: unique ids, every reference resolving, dates in order, texts
 * whose links and figures resolve, and no two rules saying different things about the same pair.
 */
final class CrossReferenceCheck {

    private final Problems problems;
    private final LocalDate today;
    private final Loaded<CategoriesFile> categories;
    private final Loaded<ProvidersFile> providers;
    private final Loaded<SynonymsFile> synonyms;
    private final List<Loaded<Item>> items;
    private final List<Loaded<Situation>> situations;
    private final List<Loaded<RulesFile>> ruleFiles;

    private final Set<String> categoryIds = new HashSet<>();
    private final Set<String> providerIds = new HashSet<>();
    private final Set<String> itemIds = new HashSet<>();
    private final Set<String> situationIds = new HashSet<>();
    /** Ids of item and situation files that have errors of their own; references to them are not errors too. */
    private final Set<String> unreadableIds;

    CrossReferenceCheck(Problems problems, LocalDate today, Loaded<CategoriesFile> categories,
            Loaded<ProvidersFile> providers, Loaded<SynonymsFile> synonyms, List<Loaded<Item>> items,
            List<Loaded<Situation>> situations, List<Loaded<RulesFile>> ruleFiles, Set<String> unreadableIds) {
        this.problems = problems;
        this.today = today;
        this.categories = categories;
        this.providers = providers;
        this.synonyms = synonyms;
        this.items = items;
        this.situations = situations;
        this.ruleFiles = ruleFiles;
        this.unreadableIds = unreadableIds;
    }

    void run() {
        collectIds();
        itemIds.addAll(unreadableIds);
        situationIds.addAll(unreadableIds);
        items.forEach(this::checkItem);
        situations.forEach(this::checkSituation);
        checkRules();
        checkSynonyms();
    }

    private void collectIds() {
        var categoryList = categories.value().categories();
        for (int i = 0; i < categoryList.size(); i++) {
            unique(categoryIds, categoryList.get(i).id(), "category", categories, "/categories/" + i);
        }
        var providerList = providers.value().providers();
        for (int i = 0; i < providerList.size(); i++) {
            unique(providerIds, providerList.get(i).id(), "provider", providers, "/providers/" + i);
        }
        Map<String, String> itemFiles = new HashMap<>();
        for (Loaded<Item> item : items) {
            fileNamedAfterId(item, item.value().id());
            String earlier = itemFiles.putIfAbsent(item.value().id(), item.file());
            if (earlier != null) {
                problems.error(item.file(), item.line("/id"), "The id '" + item.value().id() + "' is already used by " + earlier + ".");
            }
            itemIds.add(item.value().id());
        }
        for (Loaded<Situation> situation : situations) {
            fileNamedAfterId(situation, situation.value().id());
            unique(situationIds, situation.value().id(), "situation", situation, "/id");
        }
    }

    private void fileNamedAfterId(Loaded<?> file, String id) {
        String expected = id + ".yaml";
        if (!file.file().endsWith("/" + expected)) {
            problems.error(file.file(), file.line("/id"), "The file must be named after its id: rename it to " + expected + ".");
        }
    }

    private void unique(Set<String> seen, String id, String what, Loaded<?> file, String pointer) {
        if (!seen.add(id)) {
            problems.error(file.file(), file.line(pointer), "The " + what + " id '" + id + "' is defined twice.");
        }
    }

    private void checkItem(Loaded<Item> loaded) {
        Item item = loaded.value();
        references(loaded, "/categories", item.categories(), categoryIds, "category", "taxonomies/categories.yaml");
        references(loaded, "/providers", item.providers(), providerIds, "provider", "taxonomies/providers.yaml");
        references(loaded, "/situations", item.situations(), situationIds, "situation", "situations/");
        references(loaded, "/related", item.related(), itemIds, "item", "items/");
        if (item.related().contains(item.id())) {
            problems.error(loaded.file(), loaded.line("/related"), "An item cannot be related to itself.");
        }
        reviewDates(loaded, item.reviewed(), item.reviewBy());

        Set<String> sourceIds = new HashSet<>();
        for (int i = 0; i < item.sources().size(); i++) {
            unique(sourceIds, item.sources().get(i).id(), "source", loaded, "/sources/" + i);
        }
        sources(loaded, "/sources", item.sources());
        Set<String> allFigureIds = new HashSet<>();
        item.figures().forEach(f -> allFigureIds.add(f.id()));
        Set<String> figureIds = new HashSet<>();
        for (int i = 0; i < item.figures().size(); i++) {
            Figure figure = item.figures().get(i);
            String pointer = "/figures/" + i;
            unique(figureIds, figure.id(), "figure", loaded, pointer);
            if (!sourceIds.contains(figure.source())) {
                problems.error(loaded.file(), loaded.line(pointer + "/source"), "The figure '" + figure.id()
                        + "' names the source '" + figure.source() + "', which is not among this item's sources.");
            }
            if (figure.validTo() != null && figure.validTo().isBefore(figure.validFrom())) {
                problems.error(loaded.file(), loaded.line(pointer + "/validTo"),
                        "The figure '" + figure.id() + "' ends (validTo) before it starts (validFrom).");
            } else if (figure.isStaleOn(today)) {
                problems.warning(loaded.file(), loaded.line(pointer + "/validTo"), "Stale figure '" + figure.id()
                        + "': its period ended on " + figure.validTo() + " and no newer value is declared. Add the current"
                        + " value as a new figure from an official source and name it in 'replacedBy'; until then readers"
                        + " see this figure marked as out of date.");
            }
            if (figure.replacedBy() != null) {
                if (figure.replacedBy().equals(figure.id()) || !allFigureIds.contains(figure.replacedBy())) {
                    problems.error(loaded.file(), loaded.line(pointer + "/replacedBy"), "The figure '" + figure.id()
                            + "' is replaced by '" + figure.replacedBy() + "', which is not another figure of this item.");
                } else if (figure.validTo() == null) {
                    problems.error(loaded.file(), loaded.line(pointer + "/replacedBy"), "The figure '" + figure.id()
                            + "' names a replacement but has no end date: add 'validTo'.");
                }
            }
        }
        if (item.usage() != null) {
            checkUsage(loaded, item.usage(), sourceIds, figureIds);
        }
        for (Language language : Language.values()) {
            ItemText text = item.text(language);
            String base = "/" + language.code() + "/sections/";
            text.sections().inOrder().forEach((key, markdown) ->
                    text(loaded, base + key, markdown, figureIds, true));
            text(loaded, "/" + language.code() + "/summary", text.summary(), figureIds, true);
            if (text.forEmployer() != null) {
                text(loaded, "/" + language.code() + "/forEmployer", text.forEmployer(), figureIds, true);
            }
        }
        long employerTexts = java.util.Arrays.stream(Language.values()).filter(l -> item.text(l).forEmployer() != null).count();
        if (employerTexts != 0 && employerTexts != Language.values().length) {
            for (Language language : Language.values()) {
                if (item.text(language).forEmployer() == null) {
                    problems.error(loaded.file(), loaded.line("/" + language.code()), "'forEmployer' is given in some languages "
                            + "but not in " + language.englishName() + ": give it in all three or in none.");
                }
            }
        }
        for (Language language : List.of(Language.SV, Language.EN)) {
            item.fi().sections().inOrder().forEach((key, finnish) -> {
                if (finnish.strip().equals(item.text(language).sections().inOrder().get(key).strip())) {
                    problems.warning(loaded.file(), loaded.line("/" + language.code() + "/sections/" + key),
                            "The " + language.englishName() + " text of '" + key + "' is the same as the Finnish one: is it translated?");
                }
            });
        }
    }

    /** The usage block: deciders are providers, its sources and figures are the item's own, unknown parts say so. */
    private void checkUsage(Loaded<Item> loaded, Usage usage, Set<String> sourceIds, Set<String> figureIds) {
        references(loaded, "/usage/decider", usage.decider(), providerIds, "provider", "taxonomies/providers.yaml");
        for (int i = 0; i < usage.sources().size(); i++) {
            if (!sourceIds.contains(usage.sources().get(i))) {
                problems.error(loaded.file(), loaded.line("/usage/sources/" + i), "The usage names the source '"
                        + usage.sources().get(i) + "', which is not among this item's sources.");
            }
        }
        boolean silent = usage.channel() == null || usage.timing().isEmpty() || usage.duration() == null
                || usage.duration().kind() == Usage.DurationKind.UNKNOWN;
        for (int i = 0; i < usage.timing().size(); i++) {
            Usage.Timing timing = usage.timing().get(i);
            silent |= timing.kind() == Usage.TimingKind.UNKNOWN;
            if (timing.figure() != null && !figureIds.contains(timing.figure())) {
                problems.error(loaded.file(), loaded.line("/usage/timing/" + i + "/figure"), "The timing names the figure '"
                        + timing.figure() + "', which is not among this item's figures.");
            }
        }
        Usage.Duration duration = usage.duration();
        if (duration != null) {
            if (duration.kind() == Usage.DurationKind.FIGURE && (duration.figure() == null || !figureIds.contains(duration.figure()))) {
                problems.error(loaded.file(), loaded.line("/usage/duration"), "A duration of kind figure names one of this"
                        + " item's figures in 'figure'.");
            }
            if (duration.kind() == Usage.DurationKind.TEXT && duration.text() == null) {
                problems.error(loaded.file(), loaded.line("/usage/duration"), "A duration of kind text needs 'text' in fi, sv and en.");
            }
        }
        if (silent && usage.note() == null) {
            problems.error(loaded.file(), loaded.line("/usage"), "Part of the usage is unknown (no channel, no timing, an"
                    + " unknown timing or duration): say in 'note' what the sources do not tell and whom to ask.");
        }
    }

    private void checkSituation(Loaded<Situation> loaded) {
        Situation situation = loaded.value();
        references(loaded, "/responsible", situation.responsible(), providerIds, "provider", "taxonomies/providers.yaml");
        reviewDates(loaded, situation.reviewed(), situation.reviewBy());
        sources(loaded, "/sources", situation.sources());
        Set<String> phaseIds = new HashSet<>();
        for (int i = 0; i < situation.phases().size(); i++) {
            Situation.Phase phase = situation.phases().get(i);
            String pointer = "/phases/" + i;
            unique(phaseIds, phase.id(), "phase", loaded, pointer + "/id");
            references(loaded, pointer + "/items", phase.items(), itemIds, "item", "items/");
            for (Language language : Language.values()) {
                text(loaded, pointer + "/" + language.code() + "/description", phase.text(language).description(), Set.of(), false);
            }
        }
        Set<String> sourceIds = new HashSet<>();
        situation.sources().forEach(source -> sourceIds.add(source.id()));
        Set<String> figureIds = figures(loaded, situation.figures(), sourceIds, "situation");
        if (situation.screener() != null) {
            references(loaded, "/screener/partTime", situation.screener().partTime(), itemIds, "item", "items/");
        }
        Set<String> actionIds = new HashSet<>();
        for (int i = 0; i < situation.actions().size(); i++) {
            Situation.Action action = situation.actions().get(i);
            String pointer = "/actions/" + i;
            unique(actionIds, action.id(), "action", loaded, pointer + "/id");
            for (Language language : Language.values()) {
                text(loaded, pointer + "/" + language.code() + "/text", action.text(language).text(), figureIds, true);
            }
        }
        for (Language language : Language.values()) {
            Situation.SituationText text = situation.text(language);
            text(loaded, "/" + language.code() + "/description", text.description(), Set.of(), false);
            text(loaded, "/" + language.code() + "/responsibility", text.responsibility(), Set.of(), false);
        }
    }

    /** Checks a list of figures against the file's sources and today; returns their ids. */
    Set<String> figures(Loaded<?> loaded, List<Figure> figures, Set<String> sourceIds, String owner) {
        Set<String> figureIds = new HashSet<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            String pointer = "/figures/" + i;
            unique(figureIds, figure.id(), "figure", loaded, pointer);
            if (!sourceIds.contains(figure.source())) {
                problems.error(loaded.file(), loaded.line(pointer + "/source"), "The figure '" + figure.id()
                        + "' names the source '" + figure.source() + "', which is not among this " + owner + "'s sources.");
            }
            if (figure.validTo() != null && figure.validTo().isBefore(figure.validFrom())) {
                problems.error(loaded.file(), loaded.line(pointer + "/validTo"),
                        "The figure '" + figure.id() + "' ends (validTo) before it starts (validFrom).");
            } else if (figure.isStaleOn(today)) {
                problems.warning(loaded.file(), loaded.line(pointer + "/validTo"), "Stale figure '" + figure.id()
                        + "': its period ended on " + figure.validTo() + " and no newer value is declared.");
            }
        }
        return figureIds;
    }

    private void checkRules() {
        record Placed(Loaded<RulesFile> file, int index, Rule rule) {
            String pointer() {
                return "/rules/" + index;
            }
        }
        Set<String> ruleIds = new HashSet<>();
        Map<String, List<Placed>> byPair = new HashMap<>();
        for (Loaded<RulesFile> file : ruleFiles) {
            List<Rule> rules = file.value().rules();
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                Placed placed = new Placed(file, i, rule);
                String pointer = placed.pointer();
                unique(ruleIds, rule.id(), "rule", file, pointer + "/id");
                references(file, pointer + "/items", rule.items(), itemIds, "item", "items/");
                references(file, pointer + "/situations", rule.situations(), situationIds, "situation", "situations/");
                references(file, pointer + "/askFrom", rule.askFrom(), providerIds, "provider", "taxonomies/providers.yaml");
                if (rule.verdict() == Verdict.PRIMARY && !rule.items().contains(rule.primary())) {
                    problems.error(file.file(), file.line(pointer + "/primary"), "'primary' must be one of the rule's two items.");
                }
                if (rule.verdict() == Verdict.SEQUENCE && !rule.items().contains(rule.first())) {
                    problems.error(file.file(), file.line(pointer + "/first"), "'first' must be one of the rule's two items.");
                }
                if (rule.primary() != null && rule.verdict() != Verdict.PRIMARY) {
                    problems.error(file.file(), file.line(pointer + "/primary"), "'primary' is only used with verdict primary.");
                }
                if (rule.first() != null && rule.verdict() != Verdict.SEQUENCE) {
                    problems.error(file.file(), file.line(pointer + "/first"), "'first' is only used with verdict sequence.");
                }
                if (rule.validTo() != null && rule.validTo().isBefore(rule.validFrom())) {
                    problems.error(file.file(), file.line(pointer + "/validTo"), "The rule ends (validTo) before it starts (validFrom).");
                }
                sources(file, pointer + "/sources", rule.sources());
                if (rule.reviewed().isAfter(today)) {
                    problems.error(file.file(), file.line(pointer + "/reviewed"), "The review date " + rule.reviewed() + " is in the future.");
                }
                for (Language language : Language.values()) {
                    text(file, pointer + "/explanation/" + language.code(), rule.explanation().get(language), Set.of(), false);
                }
                byPair.computeIfAbsent(pairKey(rule), k -> new ArrayList<>()).add(placed);
            }
        }
        for (List<Placed> samePair : byPair.values()) {
            for (int i = 0; i < samePair.size(); i++) {
                for (int j = 0; j < i; j++) {
                    Placed earlier = samePair.get(j);
                    Placed later = samePair.get(i);
                    if (overlap(earlier.rule(), later.rule())) {
                        boolean same = earlier.rule().verdict() == later.rule().verdict();
                        problems.error(later.file().file(), later.file().line(later.pointer()),
                                "The rule '" + later.rule().id() + "' " + (same ? "repeats" : "contradicts") + " the rule '"
                                        + earlier.rule().id() + "' (" + earlier.file().file()
                                        + ") for the same pair in an overlapping situation and period: "
                                        + "limit their situations or validity dates, or merge them.");
                    }
                }
            }
        }
    }

    private static String pairKey(Rule rule) {
        List<String> pair = new ArrayList<>(rule.items());
        pair.sort(null);
        return String.join("|", pair);
    }

    private static boolean overlap(Rule a, Rule b) {
        boolean situations = a.appliesInEverySituation() || b.appliesInEverySituation()
                || a.situations().stream().anyMatch(b.situations()::contains);
        boolean aEndsBeforeB = a.validTo() != null && a.validTo().isBefore(b.validFrom());
        boolean bEndsBeforeA = b.validTo() != null && b.validTo().isBefore(a.validFrom());
        return situations && !aEndsBeforeB && !bEndsBeforeA;
    }

    private void checkSynonyms() {
        Map<String, Integer> firstSet = new HashMap<>();
        List<List<String>> sets = synonyms.value().synonyms();
        for (int i = 0; i < sets.size(); i++) {
            for (String word : sets.get(i)) {
                Integer earlier = firstSet.putIfAbsent(word, i);
                if (earlier != null) {
                    problems.warning(synonyms.file(), synonyms.line("/synonyms/" + i), "'" + word
                            + "' is in two synonym sets (" + (earlier + 1) + " and " + (i + 1) + "): merge them.");
                }
            }
        }
    }

    private void references(Loaded<?> file, String pointer, List<String> ids, Set<String> known, String what, String where) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!known.contains(id)) {
                problems.error(file.file(), file.line(pointer + "/" + i), "The " + what + " '" + id
                        + "' does not exist (see " + where + ")" + suggestion(id, known));
            }
        }
    }

    static String suggestion(String id, Set<String> known) {
        return known.stream()
                .filter(candidate -> distance(candidate, id) <= Math.max(2, id.length() / 4))
                .min((a, b) -> Integer.compare(distance(a, id), distance(b, id)))
                .map(candidate -> "; did you mean '" + candidate + "'?")
                .orElse(".");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Access dates that cannot be true: in the future, or on a site that had already been closed. */
    private void sources(Loaded<?> file, String pointer, List<Source> sources) {
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            String at = pointer + "/" + i;
            if (source.accessed().isAfter(today)) {
                problems.error(file.file(), file.line(at + "/accessed"), "The source '" + source.id() + "' was read on "
                        + source.accessed() + ", which is in the future.");
            }
            RetiredSites.of(source.url()).ifPresent(site -> {
                if (!source.isArchived() && source.accessed().isAfter(site.lastDay())) {
                    problems.warning(file.file(), file.line(at + "/url"), "The source '" + source.id() + "' is on "
                            + site.host() + ", which closed after " + site.lastDay() + ", so it cannot have been read on "
                            + source.accessed() + ". Replace it with a current official page (" + site.replacedBy()
                            + ") or, if it is kept as a historical record, mark it 'archived: true'.");
                }
            });
        }
    }

    private void reviewDates(Loaded<?> file, LocalDate reviewed, LocalDate reviewBy) {
        if (reviewed.isAfter(today)) {
            problems.error(file.file(), file.line("/reviewed"), "The review date " + reviewed + " is in the future.");
        }
        if (!reviewBy.isAfter(reviewed)) {
            problems.error(file.file(), file.line("/reviewBy"), "'reviewBy' (" + reviewBy + ") must come after 'reviewed' (" + reviewed + ").");
        } else if (reviewBy.isBefore(today)) {
            problems.warning(file.file(), file.line("/reviewBy"), "Stale: the review date " + reviewBy
                    + " has passed. Check the entry against its sources and update 'reviewed' and 'reviewBy'.");
        }
    }

    private void text(Loaded<?> file, String pointer, String text, Set<String> figureIds, boolean figuresAllowed) {
        for (TextProblem problem : TextChecks.problems(Objects.requireNonNullElse(text, ""), figureIds, itemIds, figuresAllowed)) {
            problems.add(new ContentProblem(problem.severity(), file.file(), file.line(pointer), problem.message()));
        }
    }
}
