package fi.keinokartta.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import fi.keinokartta.core.Language;

/**
 * Declares the per-language text fields of {@link ItemDocument} for every {@link Language}, each with
 * that language's analyzers, so adding a language never means adding fields by hand.
 */
public class LocalizedFieldsBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().useRootOnly();
        IndexSchemaElement schema = context.indexSchemaElement();
        Map<Language, Fields> fields = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String text = Analysis.textAnalyzer(language);
            String search = Analysis.searchAnalyzer(language);
            fields.put(language, new Fields(
                    schema.field(SearchFields.title(language), f -> f.asString().analyzer(text).searchAnalyzer(search)
                            .highlightable(List.of(Highlightable.UNIFIED)).projectable(Projectable.YES)).toReference(),
                    schema.field(SearchFields.summary(language), f -> f.asString().analyzer(text).searchAnalyzer(search)
                            .highlightable(List.of(Highlightable.UNIFIED)).projectable(Projectable.YES)).toReference(),
                    schema.field(SearchFields.keywords(language), f -> f.asString().analyzer(text).searchAnalyzer(search)
                            .highlightable(List.of(Highlightable.UNIFIED)).projectable(Projectable.YES)).multiValued().toReference(),
                    schema.field(SearchFields.body(language), f -> f.asString().analyzer(text).searchAnalyzer(search)
                            .highlightable(List.of(Highlightable.UNIFIED)).projectable(Projectable.YES)).toReference(),
                    schema.field(SearchFields.people(language), f -> f.asString().analyzer(text).searchAnalyzer(search))
                            .multiValued().toReference(),
                    schema.field(SearchFields.peopleMain(language), f -> f.asString().analyzer(text).searchAnalyzer(search))
                            .multiValued().toReference(),
                    schema.field(SearchFields.autocomplete(language), f -> f.asString().analyzer(Analysis.AUTOCOMPLETE_INDEX)
                            .searchAnalyzer(Analysis.AUTOCOMPLETE_SEARCH)).multiValued().toReference(),
                    schema.field(SearchFields.typo(language), f -> f.asString().analyzer(Analysis.FOLDED))
                            .multiValued().toReference(),
                    schema.field(SearchFields.exactTitle(language), f -> f.asString().analyzer(Analysis.EXACT)).toReference(),
                    schema.field(SearchFields.exactKeyword(language), f -> f.asString().analyzer(Analysis.EXACT))
                            .multiValued().toReference(),
                    schema.field(SearchFields.sort(language), f -> f.asString().sortable(Sortable.YES)).toReference(),
                    Analysis.hasLooseForm(language)
                            ? schema.field(SearchFields.loose(language), f -> f.asString().analyzer(Analysis.looseAnalyzer(language))
                                    .searchAnalyzer(Analysis.looseSearchAnalyzer(language))).toReference()
                            : null));
        }
        context.bridge(ItemDocument.class, new Bridge(fields));
    }

    private record Fields(IndexFieldReference<String> title, IndexFieldReference<String> summary,
            IndexFieldReference<String> keywords, IndexFieldReference<String> body, IndexFieldReference<String> people,
            IndexFieldReference<String> peopleMain,
            IndexFieldReference<String> autocomplete, IndexFieldReference<String> typo, IndexFieldReference<String> exactTitle,
            IndexFieldReference<String> exactKeyword,
            IndexFieldReference<String> sort,
            IndexFieldReference<String> loose) {
    }

    private record Bridge(Map<Language, Fields> fields) implements TypeBridge<ItemDocument> {
        @Override
        public void write(DocumentElement target, ItemDocument document, TypeBridgeWriteContext context) {
            fields.forEach((language, field) -> {
                ItemDocument.Text text = document.text(language);
                target.addValue(field.title(), text.title());
                target.addValue(field.summary(), text.summary());
                text.keywords().forEach(keyword -> target.addValue(field.keywords(), keyword));
                target.addValue(field.body(), text.body());
                text.people().forEach(word -> target.addValue(field.people(), word));
                text.peopleMain().forEach(word -> target.addValue(field.peopleMain(), word));
                List<String> names = new ArrayList<>(text.keywords());
                names.add(0, text.title());
                names.forEach(name -> {
                    target.addValue(field.autocomplete(), name);
                    target.addValue(field.typo(), name);
                });
                target.addValue(field.exactTitle(), text.title());
                text.keywords().forEach(keyword -> target.addValue(field.exactKeyword(), keyword));
                target.addValue(field.sort(), text.sortKey());
                if (field.loose() != null) {
                    target.addValue(field.loose(), text.title());
                }
            });
        }
    }
}
