package fi.keinokartta.search;

import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

import fi.keinokartta.core.Language;

/**
 * What the index holds of one catalogue item: facet values and, per language, the texts to search.
 * Everything a page shows comes from the release's catalogue, so the index only needs what it matches on.
 */
@SearchEntity
@Indexed(index = ItemDocument.INDEX)
@TypeBinding(binder = @TypeBinderRef(type = LocalizedFieldsBinder.class))
public class ItemDocument {

    /** Hibernate Search's name of the index: releases live in {@code <INDEX>-000001}... behind its aliases. */
    public static final String INDEX = "keinokartta-items";
    /** Hibernate Search writes through this alias: during a build it points to the new release's index. */
    public static final String WRITE_ALIAS = INDEX + "-write";
    /** The live release: the one record of which release the public sees, shared by every instance. */
    public static final String READ_ALIAS = INDEX + "-read";
    /** Matches every release index. */
    public static final String INDEX_PATTERN = INDEX + "-*";

    public static String indexName(long sequence) {
        return INDEX + "-" + String.format("%06d", sequence);
    }

    @DocumentId
    private final String id;

    @KeywordField(name = SearchFields.TYPE, aggregable = Aggregable.YES)
    private final String type;

    @KeywordField(name = SearchFields.CATEGORIES, aggregable = Aggregable.YES)
    private final List<String> categories;

    @KeywordField(name = SearchFields.PROVIDERS, aggregable = Aggregable.YES)
    private final List<String> providers;

    @KeywordField(name = SearchFields.SITUATIONS, aggregable = Aggregable.YES)
    private final List<String> situations;

    /** The release the document belongs to, so a hit can always be traced to its release. */
    @KeywordField(name = SearchFields.RELEASE, projectable = Projectable.YES, searchable = Searchable.YES)
    private final String release;

    private final Map<Language, Text> texts;

    /**
     * The searchable texts of one language; {@code body} is the plain text of all sections, {@code people}
     * the words people use for what the item helps with (from the search vocabulary), {@code peopleMain} those of
     * the topics where the item is one of the main answers.
     */
    public record Text(String title, String summary, List<String> keywords, String body, String sortKey, List<String> people,
            List<String> peopleMain) {
        public Text {
            people = people == null ? List.of() : List.copyOf(people);
            peopleMain = peopleMain == null ? List.of() : List.copyOf(peopleMain);
        }
    }

    public ItemDocument(String id, String type, List<String> categories, List<String> providers, List<String> situations,
            String release, Map<Language, Text> texts) {
        this.id = id;
        this.type = type;
        this.categories = List.copyOf(categories);
        this.providers = List.copyOf(providers);
        this.situations = List.copyOf(situations);
        this.release = release;
        this.texts = Map.copyOf(texts);
    }

    /** Every value of the document in a fixed order, so that documents can be compared across builds. */
    public String canonical() {
        StringBuilder out = new StringBuilder().append(id).append('|').append(type).append('|').append(categories)
                .append('|').append(providers).append('|').append(situations);
        for (Language language : Language.values()) {
            out.append('|').append(texts.get(language));
        }
        return out.toString();
    }

    public Text text(Language language) {
        return texts.get(language);
    }
}
