package fi.keinokartta.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import fi.keinokartta.config.KeinokarttaConfig;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.ItemType;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.LiveReleaseChanged;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.SearchVocabulary;
import fi.keinokartta.i18n.Labels;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Search as readers see it, for the API and the pages alike: hits as catalogue items, facets with labels.
 * Answers are kept per release and normalised request ({@link ReleaseScopedCache}): a release never changes.
 */
@ApplicationScoped
public class SearchService {

    @Inject
    ItemSearch engine;

    @Inject
    Labels labels;

    @Inject
    KeinokarttaConfig config;

    @Inject
    MeterRegistry registry;

    private ReleaseScopedCache answers;
    private Timer searchTimer;
    private Timer similarTimer;

    @PostConstruct
    void init() {
        answers = new ReleaseScopedCache(config.cache().size().asLongValue(),
                config.cache().otherReleasesSize().asLongValue(), registry, "answers");
        // Engine latency as the service sees it (every engine request of a search, relaxed tier included).
        searchTimer = Timer.builder("keinokartta.engine.requests").tag("query", "search")
                .description("Time of the search engine calls of one search").register(registry);
        similarTimer = Timer.builder("keinokartta.engine.requests").tag("query", "similar-names")
                .description("Time of the search engine call for names like the words (did you mean)").register(registry);
    }

    void liveChanged(@Observes LiveReleaseChanged event) {
        answers.liveChanged(event.live());
    }

    /** Forgets every kept answer (tests that compare cached with fresh answers). */
    public void forgetAnswers() {
        answers.clear();
    }

    /** A page of results; everything in it comes from the one release given. */
    public record SearchPage(SearchRequest request, Release release, long total, List<FoundItem> hits,
            Map<Facet, List<FacetOption>> facets, boolean relaxed, boolean cut, int searchedWords) {

        public int pageCount() {
            return (int) Math.max(1, (total + request.size() - 1) / request.size());
        }
    }

    /** A hit: the item and highlighted HTML fragments by field name (title, summary, keywords, body). */
    public record FoundItem(Item item, Map<String, String> highlights) {
    }

    /** A facet value with its label, its count under the other facets' selections, and whether it is selected. */
    public record FacetOption(String value, String label, long count, boolean selected) {
    }

    /** A page of results, from the cache when the same request was answered from the same release before. */
    public SearchPage search(Release release, SearchRequest request) {
        return answers.get(release, request, () -> searchNow(release, request), SearchService::weight);
    }

    /**
     * Items whose names resemble the words even with bigger typos ("did you mean" when nothing is found),
     * from the one release given, cached like searches.
     */
    public List<String> similarNames(Release release, String query, Language language, int max) {
        return answers.get(release, new SimilarNames(query, language, max),
                () -> similarTimer.record(() -> engine.similarNames(release.indexName(), query, language, max)),
                ids -> 48 + ids.size() * 64);
    }

    private record SimilarNames(String query, Language language, int max) {
    }

    private SearchPage searchNow(Release release, SearchRequest request) {
        QueryText text = queryText(release, request.query());
        IndexHits result = searchTimer.record(() -> engine.search(release.indexName(), request, text,
                ids -> NameMatch.namesAny(text.contentWords(), ids.stream().flatMap(id -> release.item(id).stream()).toList())));
        List<FoundItem> hits = new ArrayList<>();
        for (IndexHits.Hit hit : result.hits()) {
            // The index and the catalogue belong to the same release, so every hit is in the catalogue.
            release.item(hit.id()).ifPresent(item -> hits.add(new FoundItem(item, hit.highlights())));
        }
        Map<Facet, List<FacetOption>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, options(facet, result.facetCounts().get(facet), request, release));
        }
        return new SearchPage(request, release, result.total(), hits, facets, result.relaxed(), result.cut(),
                text.searchedWords());
    }

    /** An estimate of the memory of a page of results (its items belong to the release and are not counted). */
    static int weight(SearchPage page) {
        long bytes = 256L + 2L * page.request().query().length();
        for (FoundItem hit : page.hits()) {
            bytes += 96;
            for (Map.Entry<String, String> highlight : hit.highlights().entrySet()) {
                bytes += 64 + 2L * (highlight.getKey().length() + highlight.getValue().length());
            }
        }
        for (List<FacetOption> options : page.facets().values()) {
            for (FacetOption option : options) {
                bytes += 64 + 2L * (option.value().length() + option.label().length());
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    /** Synonym costs per release (a release never changes); a handful of releases at most. */
    private static final Map<String, Map<String, List<QueryText.SynonymMember>>> SYNONYM_COSTS = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<String, List<QueryText.SynonymMember>>> eldest) {
                    return size() > 4;
                }
            });

    /** The query bounded and without the filler words of any language (people mix languages; fillers are few). */
    public static QueryText queryText(Release release, String query) {
        SearchVocabulary vocabulary = release.catalogue() == null ? SearchVocabulary.EMPTY : release.catalogue().vocabulary();
        List<String> fillers = new ArrayList<>();
        for (Language language : Language.values()) {
            fillers.addAll(vocabulary.fillers().in(language));
        }
        return QueryText.of(query, fillers, release.catalogue() == null ? Map.of()
                : SYNONYM_COSTS.computeIfAbsent(release.id(), id -> QueryText.synonymCosts(release.catalogue().synonyms())));
    }

    private List<FacetOption> options(Facet facet, Map<String, Long> counts, SearchRequest request, Release release) {
        Language language = request.language();
        Set<String> selected = request.selected(facet);
        Set<String> values = new LinkedHashSet<>();
        allValues(facet, release).filter(v -> counts.getOrDefault(v, 0L) > 0 || selected.contains(v)).forEach(values::add);
        return values.stream()
                .map(v -> new FacetOption(v, label(facet, v, release, language), counts.getOrDefault(v, 0L),
                        selected.contains(v)))
                .sorted(Comparator.comparingLong(FacetOption::count).reversed().thenComparing(FacetOption::label))
                .toList();
    }

    /** The label of a facet value. */
    private String label(Facet facet, String value, Release release, Language language) {
        return switch (facet) {
            case TYPE -> ItemType.fromId(value).map(t -> labels.type(t, language)).orElse(value);
            case CATEGORY -> labels.category(release, value, language);
            case PROVIDER -> labels.provider(release, value, language);
            case SITUATION -> labels.situation(release, value, language);
        };
    }

    private static Stream<String> allValues(Facet facet, Release release) {
        return switch (facet) {
            case TYPE -> Stream.of(ItemType.values()).map(ItemType::id);
            case CATEGORY -> release.categories().keySet().stream();
            case PROVIDER -> release.providers().keySet().stream();
            case SITUATION -> release.situations().keySet().stream();
        };
    }
}
