package fi.keinokartta.search;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.util.common.SearchException;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import fi.keinokartta.core.Language;

/**
 * Full-text, faceted search over one release's index, in one engine request. The request always
 * names the release's own index rather than the live alias, so a search that starts during a publish
 * still answers entirely from the release it started with.
 */
@ApplicationScoped
public class ItemSearch {

    private static final String HIGHLIGHTER = "kk";
    private static final String HIGHLIGHTER_BODY = "kk-body";

    @Inject
    SearchMapping searchMapping;

    /** Below this many strict hits, a search of two or more words also looks for items that match only some words. */
    static final int RELAXED_BELOW = 3;

    /** A search with no filler words known (tests and callers without a release vocabulary). */
    public fi.keinokartta.search.IndexHits search(String indexName, SearchRequest request) {
        return search(indexName, request, QueryText.of(request.query(), List.of()), ids -> false);
    }

    /**
     * Every word must match (the strict tier); when that finds fewer than {@link #RELAXED_BELOW} items and
     * the query has several words, a second request adds items that match at least half of them, with a
     * low weight beside the strict clauses, unless the query names one of the strict hits
     * ({@code namesAHit}): a name that finds its own entry stays an exact answer.
     */
    public fi.keinokartta.search.IndexHits search(String indexName, SearchRequest request, QueryText text,
            Predicate<List<String>> namesAHit) {
        fi.keinokartta.search.IndexHits strict = search(indexName, request, text, false);
        if (strict.total() >= RELAXED_BELOW || text.contentWords().size() < 2 || !request.hasText()
                || strict.total() > 0 && namesAHit.test(strict.hits().stream().map(fi.keinokartta.search.IndexHits.Hit::id).toList())) {
            return strict;
        }
        fi.keinokartta.search.IndexHits relaxed = search(indexName, request, text, true);
        return relaxed.total() > strict.total() ? relaxed.asRelaxed() : strict;
    }

    private fi.keinokartta.search.IndexHits search(String indexName, SearchRequest request, QueryText text,
            boolean relaxed) {
        return onceMoreIfLostOnTheWay(() -> searchOnce(indexName, request, text, relaxed));
    }

    /**
     * A request whose body reached the engine damaged (a node died while it was sent), or that no node the
     * client counted as alive accepted, is sent once more ({@link NodeLostException} says why that helps).
     */
    private static <T> T onceMoreIfLostOnTheWay(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (DamagedRequestException | NodeLostException e) {
            return request.get();
        }
    }

    private fi.keinokartta.search.IndexHits searchOnce(String indexName, SearchRequest request, QueryText text,
            boolean relaxed) {
        Language language = request.language();
        Map<Facet, AggregationKey<JsonObject>> keys = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            keys.put(facet, AggregationKey.of(facet.parameter()));
        }
        JsonObject postFilter = FacetRequest.postFilter(request.selected());
        try (SearchSession session = searchMapping.createSession()) {
            var query = session.search(ItemDocument.class)
                    .extension(ElasticsearchExtension.get())
                    .select(f -> f.composite()
                            .from(f.id(String.class),
                                    f.composite()
                                            .from(f.highlight(SearchFields.title(language)).highlighter(HIGHLIGHTER),
                                                    f.highlight(SearchFields.summary(language)).highlighter(HIGHLIGHTER),
                                                    f.highlight(SearchFields.keywords(language)).highlighter(HIGHLIGHTER))
                                            .as(Highlights::new),
                                    f.highlight(SearchFields.body(language)).highlighter(HIGHLIGHTER_BODY))
                            .as((id, highlights, body) -> new IndexHits.Hit(id,
                                    highlights.withBody(body))))
                    .where(f -> textPredicate(f, request, text, relaxed))
                    // The encoder can only be set once for all fields: HTML-escape the text around the marks.
                    .highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML))
                    .highlighter(HIGHLIGHTER, h -> h.unified().tag("<mark>", "</mark>").numberOfFragments(0))
                    // The whole body, marked: its passage is chosen here (BodyFragment), much cheaper than in the engine.
                    .highlighter(HIGHLIGHTER_BODY, h -> h.unified().tag("<mark>", "</mark>").numberOfFragments(0))
                    .sort(f -> request.effectiveSort() == SearchRequest.Sort.NAME
                            ? f.field(SearchFields.sort(language))
                            : f.composite(c -> c.add(f.score()).add(f.field(SearchFields.sort(language)))))
                    .requestTransformer(context -> {
                        // Search the release's own index, never whatever the alias points to by now.
                        context.path("/" + indexName + "/_search");
                        if (postFilter != null) {
                            context.body().add("post_filter", postFilter);
                        }
                        context.body().add("_source", sourceForHighlighting());
                    });
            for (Facet facet : Facet.values()) {
                JsonObject aggregation = FacetRequest.aggregation(facet, request.selected());
                query = query.aggregation(keys.get(facet), f -> f.extension(ElasticsearchExtension.get()).fromJson(aggregation));
            }
            SearchResult<IndexHits.Hit> result = query
                    .fetch((request.page() - 1) * request.size(), request.size());
            Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
            keys.forEach((facet, key) -> counts.put(facet, FacetRequest.counts(result.aggregation(key))));
            return new fi.keinokartta.search.IndexHits(result.total().hitCount(), result.hits(), counts, false, text.cut());
        } catch (SearchException e) {
            throw unreachableOr(e);
        }
    }

    /**
     * One small field of each hit's source instead of none: the engine then reads a hit's stored document once, with
     * its id, and the highlighter reuses it. With {@code "_source": false} (what Hibernate Search asks for when no
     * field is projected) it read and decompressed every hit twice. Measured on the captured searches: the engine's
     * cost of the query 18–20 % lower, the same highlights.
     */
    private static JsonObject sourceForHighlighting() {
        JsonArray includes = new JsonArray();
        includes.add(SearchFields.TYPE);
        JsonObject source = new JsonObject();
        source.add("includes", includes);
        return source;
    }

    /**
     * Items whose names resemble the words even with bigger typos or as a beginning: for "did you mean"
     * when a search finds nothing, and for suggestions while typing.
     */
    public List<String> similarNames(String indexName, String query, Language language, int max) {
        return onceMoreIfLostOnTheWay(() -> similarNamesOnce(indexName, query, language, max));
    }

    private List<String> similarNamesOnce(String indexName, String query, Language language, int max) {
        QueryText text = QueryText.of(query, List.of());
        String bounded = text.bounded();
        boolean fuzzy = !text.contentWords().isEmpty() && text.contentWords().size() <= QueryText.MAX_FUZZY_WORDS
                && text.contentWords().stream().allMatch(w -> w.length() <= QueryText.MAX_FUZZY_WORD_LENGTH);
        try (SearchSession session = searchMapping.createSession()) {
            return session.search(ItemDocument.class)
                    .extension(ElasticsearchExtension.get())
                    .select(f -> f.id(String.class))
                    .where(f -> {
                        var bool = f.bool().should(f.match().field(SearchFields.autocomplete(language)).matching(bounded)
                                .minimumShouldMatchPercent(100).boost(2f));
                        if (fuzzy) {
                            // Bigger typos than the search allows, but never in very long words or long queries.
                            bool.should(f.match().field(SearchFields.typo(language)).matching(bounded).fuzzy(2, 1));
                        }
                        return bool;
                    })
                    .requestTransformer(context -> context.path("/" + indexName + "/_search"))
                    .fetchHits(max);
        } catch (SearchException e) {
            throw unreachableOr(e);
        }
    }

    /** A failure to talk to the engine at all becomes "unavailable"; a request it refused stays a failure (our bug). */
    private static RuntimeException unreachableOr(SearchException e) {
        return EngineFailures.translate(e);
    }

    /**
     * Every word must be found (in any language field, stemmed, or among people's words for the item), or
     * the query matches a title or keyword as a prefix or with a small typo; the reader's language weighs
     * most. The relaxed form adds, with a low weight, items that match at least half of the words.
     */
    private static PredicateFinalStep textPredicate(
            org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory f, SearchRequest request,
            QueryText text, boolean relaxed) {
        if (!request.hasText()) {
            return f.matchAll();
        }
        Language language = request.language();
        String q = text.content();
        var bool = f.bool().minimumShouldMatchNumber(1);
        bool.should(f.match().field(SearchFields.exactTitle(language)).matching(text.bounded()).boost(30f));
        bool.should(f.match().field(SearchFields.exactKeyword(language)).matching(text.bounded()).boost(8f));
        bool.should(f.simpleQueryString()
                .field(SearchFields.title(language)).boost(6f)
                .field(SearchFields.keywords(language)).boost(4f)
                .field(SearchFields.people(language)).boost(3f)
                .field(SearchFields.peopleMain(language)).boost(5f)
                .field(SearchFields.summary(language)).boost(2f)
                .field(SearchFields.body(language))
                .matching(q)
                .defaultOperator(BooleanOperator.AND)
                // Without the whitespace operator the whole text is analysed at once, so multi-word synonyms apply.
                .flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
                        SimpleQueryFlag.PREFIX, SimpleQueryFlag.PRECEDENCE));
        boolean fewWords = text.contentWords().size() <= QueryText.MAX_FUZZY_WORDS;
        if (Analysis.hasLooseForm(language)) {
            bool.should(f.simpleQueryString().field(SearchFields.loose(language)).boost(10f).matching(q)
                    .defaultOperator(BooleanOperator.AND).flags(SimpleQueryFlag.AND));
            if (fewWords) {
                // Consonant gradation (tuki / tuen / tuesta) leaves stems one letter apart; loose terms are short.
                bool.should(f.match().field(SearchFields.loose(language)).matching(q).fuzzy(1, 2)
                        .minimumShouldMatchPercent(100).boost(3f));
            }
        }
        for (Language other : Language.values()) {
            if (other != language) {
                bool.should(f.simpleQueryString()
                        .field(SearchFields.title(other)).boost(2f)
                        .field(SearchFields.keywords(other)).boost(1.5f)
                        .field(SearchFields.people(other)).boost(1.5f)
                        .field(SearchFields.peopleMain(other)).boost(2f)
                        .matching(q)
                        .defaultOperator(BooleanOperator.AND)
                        .flags(SimpleQueryFlag.AND, SimpleQueryFlag.PHRASE));
            }
        }
        bool.should(f.match().field(SearchFields.autocomplete(language)).matching(q).minimumShouldMatchPercent(100).boost(1.5f));
        int edits = text.allowedEdits();
        if (edits > 0) {
            bool.should(f.match().field(SearchFields.typo(language)).matching(q).fuzzy(edits, 1).minimumShouldMatchPercent(100)
                    .boost(0.8f));
        }
        if (relaxed) {
            // Not every word is required: half of them (rounded down, at least one); more matched words rank higher.
            bool.should(f.simpleQueryString()
                    .field(SearchFields.title(language)).boost(3f)
                    .field(SearchFields.people(language)).boost(1.5f)
                    .field(SearchFields.peopleMain(language)).boost(2f)
                    .field(SearchFields.keywords(language)).boost(2f)
                    .field(SearchFields.summary(language)).boost(1f)
                    .field(SearchFields.body(language)).boost(0.5f)
                    .matching(q)
                    .defaultOperator(BooleanOperator.OR)
                    .flags(SimpleQueryFlag.PHRASE)
                    .minimumShouldMatch().ifMoreThan(1).thenRequirePercent(50).end()
                    .boost(0.3f));
            for (Language other : Language.values()) {
                if (other != language) {
                    bool.should(f.simpleQueryString()
                            .field(SearchFields.title(other))
                            .field(SearchFields.people(other))
                            .matching(q)
                            .defaultOperator(BooleanOperator.OR)
                            .flags(SimpleQueryFlag.PHRASE)
                            .minimumShouldMatch().ifMoreThan(1).thenRequirePercent(50).end()
                            .boost(0.15f));
                }
            }
        }
        return bool;
    }

    private record Highlights(List<String> title, List<String> summary, List<String> keywords) {
        Map<String, String> withBody(List<String> body) {
            Map<String, String> fragments = new LinkedHashMap<>();
            put(fragments, "title", title);
            put(fragments, "summary", summary);
            put(fragments, "keywords", keywords);
            String passage = body == null || body.isEmpty() ? null : BodyFragment.best(String.join(" ", body));
            put(fragments, "body", passage == null ? null : List.of(passage));
            return fragments;
        }

        private static void put(Map<String, String> fragments, String name, List<String> values) {
            if (values != null && !values.isEmpty()) {
                fragments.put(name, String.join(", ", values));
            }
        }
    }
}
