package fi.keinokartta.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One release as an instance serves it: the release's record and its catalogue with lookups. Every
 * request works on one such object from start to end, so no answer mixes two releases.
 */
public final class Release {

    private final ReleaseRecord record;
    private final Catalogue catalogue;
    private final Map<String, Item> items;
    private final Map<String, Category> categories;
    private final Map<String, Provider> providers;
    private final Map<String, Situation> situations;
    private final Map<String, List<Rule>> rulesByItem;
    private final Map<String, LocalDate> lastChanged;

    public Release(ReleaseRecord record, Catalogue catalogue, Map<String, LocalDate> lastChanged) {
        this.record = record.withoutCatalogue();
        this.catalogue = catalogue;
        this.items = byId(catalogue.items(), Item::id);
        this.categories = byId(catalogue.categories(), Category::id);
        this.providers = byId(catalogue.providers(), Provider::id);
        this.situations = byId(catalogue.situations(), Situation::id);
        Map<String, List<Rule>> rules = new LinkedHashMap<>();
        for (Rule rule : catalogue.rules()) {
            for (String item : rule.items()) {
                rules.computeIfAbsent(item, k -> new ArrayList<>()).add(rule);
            }
        }
        rules.replaceAll((k, v) -> List.copyOf(v));
        this.rulesByItem = Collections.unmodifiableMap(rules);
        this.lastChanged = Map.copyOf(lastChanged);
    }

    private static <T> Map<String, T> byId(List<T> values, Function<T, String> id) {
        return Collections.unmodifiableMap(values.stream()
                .collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    }

    public String id() {
        return record.releaseId();
    }

    public String indexName() {
        return record.indexName();
    }

    public ReleaseRecord record() {
        return record;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** The timeline shown in a situation, if there is one. */
    public Optional<Timeline> timelineOf(String situationId) {
        return catalogue.timelines().stream().filter(t -> t.situation().equals(situationId)).findFirst();
    }

    public Optional<Item> item(String id) {
        return Optional.ofNullable(items.get(id));
    }

    public Map<String, Item> items() {
        return items;
    }

    public Map<String, Category> categories() {
        return categories;
    }

    public Map<String, Provider> providers() {
        return providers;
    }

    public Map<String, Situation> situations() {
        return situations;
    }

    public Optional<Situation> situation(String id) {
        return Optional.ofNullable(situations.get(id));
    }

    /** Every rule that involves the item. */
    public List<Rule> rulesOf(String itemId) {
        return rulesByItem.getOrDefault(itemId, List.of());
    }

    /** The date of the release in which the item last changed (its first release if it never changed). */
    public Optional<LocalDate> lastChanged(String itemId) {
        return Optional.ofNullable(lastChanged.get(itemId));
    }
}
