package fi.keinokartta.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two releases: items added, removed and changed (which fields, which languages). */
public record ReleaseChanges(List<String> added, List<String> removed, List<ItemChange> changed,
        List<String> rulesAdded, List<String> rulesRemoved, List<String> rulesChanged, List<String> situationsChanged) {

    /** One changed item: the language-independent fields and the languages whose texts changed. */
    public record ItemChange(String id, List<String> fields, List<String> languages) {
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && rulesAdded.isEmpty()
                && rulesRemoved.isEmpty() && rulesChanged.isEmpty() && situationsChanged.isEmpty();
    }

    /** Everything of {@code current} counts as added when there is no previous release. */
    public static ReleaseChanges between(Catalogue previous, Catalogue current) {
        Map<String, Item> before = previous == null ? Map.of() : byId(previous.items(), Item::id);
        Map<String, Item> after = byId(current.items(), Item::id);
        List<ItemChange> changed = new ArrayList<>();
        for (Item item : current.items()) {
            Item old = before.get(item.id());
            if (old != null && !old.equals(item)) {
                changed.add(itemChange(old, item));
            }
        }
        Map<String, Rule> rulesBefore = previous == null ? Map.of() : byId(previous.rules(), Rule::id);
        Map<String, Rule> rulesAfter = byId(current.rules(), Rule::id);
        Map<String, Situation> situationsBefore = previous == null ? Map.of() : byId(previous.situations(), Situation::id);
        return new ReleaseChanges(
                missingFrom(after.keySet(), before.keySet()),
                missingFrom(before.keySet(), after.keySet()),
                changed,
                missingFrom(rulesAfter.keySet(), rulesBefore.keySet()),
                missingFrom(rulesBefore.keySet(), rulesAfter.keySet()),
                rulesAfter.values().stream()
                        .filter(r -> rulesBefore.containsKey(r.id()) && !rulesBefore.get(r.id()).equals(r))
                        .map(Rule::id).sorted().toList(),
                current.situations().stream()
                        .filter(s -> !Objects.equals(situationsBefore.get(s.id()), s))
                        .map(Situation::id).sorted().toList());
    }

    private static ItemChange itemChange(Item old, Item item) {
        List<String> fields = new ArrayList<>();
        compare(fields, "type", old.type(), item.type());
        compare(fields, "categories", old.categories(), item.categories());
        compare(fields, "providers", old.providers(), item.providers());
        compare(fields, "situations", old.situations(), item.situations());
        compare(fields, "related", old.related(), item.related());
        compare(fields, "figures", old.figures(), item.figures());
        compare(fields, "sources", old.sources(), item.sources());
        compare(fields, "usage", old.usage(), item.usage());
        compare(fields, "reviewed", old.reviewed(), item.reviewed());
        compare(fields, "reviewBy", old.reviewBy(), item.reviewBy());
        List<String> languages = new ArrayList<>();
        for (Language language : Language.values()) {
            if (!old.text(language).equals(item.text(language))) {
                languages.add(language.code());
                compareTexts(fields, old, item, language);
            }
        }
        return new ItemChange(item.id(), fields.stream().distinct().toList(), languages);
    }

    private static void compareTexts(List<String> fields, Item old, Item item, Language language) {
        var before = old.text(language);
        var after = item.text(language);
        compare(fields, "title", before.title(), after.title());
        compare(fields, "summary", before.summary(), after.summary());
        compare(fields, "keywords", before.keywords(), after.keywords());
        before.sections().inOrder().forEach((key, text) -> compare(fields, key, text, after.sections().inOrder().get(key)));
    }

    private static void compare(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }

    private static List<String> missingFrom(java.util.Set<String> present, java.util.Set<String> other) {
        return new TreeSet<>(present).stream().filter(id -> !other.contains(id)).toList();
    }

    private static <T> Map<String, T> byId(List<T> values, Function<T, String> id) {
        return values.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
