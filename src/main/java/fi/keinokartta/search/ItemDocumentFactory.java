package fi.keinokartta.search;

import java.text.Collator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fi.keinokartta.content.render.MarkdownRenderer;
import fi.keinokartta.core.Figure;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.ItemText;
import fi.keinokartta.core.Language;

/** Turns catalogue items into the documents of a release index. */
@ApplicationScoped
public class ItemDocumentFactory {

    @Inject
    MarkdownRenderer markdown;

    public List<ItemDocument> documents(List<Item> items, String releaseId) {
        Map<Language, Collator> collators = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Collator collator = Collator.getInstance(language.locale());
            collator.setStrength(Collator.SECONDARY);
            collators.put(language, collator);
        }
        return items.stream().map(item -> document(item, releaseId, collators)).toList();
    }

    private ItemDocument document(Item item, String releaseId, Map<Language, Collator> collators) {
        Map<String, Figure> figures = item.figures().stream().collect(Collectors.toMap(Figure::id, Function.identity()));
        Map<Language, ItemDocument.Text> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            ItemText text = item.text(language);
            String body = text.sections().inOrder().values().stream()
                    .map(section -> markdown.toText(section, language, figures))
                    .collect(Collectors.joining("\n\n"));
            String sortKey = HexFormat.of().formatHex(collators.get(language).getCollationKey(text.title()).toByteArray());
            texts.put(language, new ItemDocument.Text(text.title(), markdown.toText(text.summary(), language, figures),
                    text.keywords(), body, sortKey));
        }
        return new ItemDocument(item.id(), item.type().id(), item.categories(), item.providers(), item.situations(),
                releaseId, texts);
    }
}
