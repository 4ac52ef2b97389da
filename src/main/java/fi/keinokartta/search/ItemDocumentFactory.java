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

import fi.keinokartta.core.Catalogue;
import fi.keinokartta.core.Figure;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.ItemText;
import fi.keinokartta.core.SearchVocabulary;
import fi.keinokartta.content.render.MarkdownRenderer;
import fi.keinokartta.core.Language;

/** Turns catalogue items into the documents of a release index. */
@ApplicationScoped
public class ItemDocumentFactory {

    @Inject
    MarkdownRenderer markdown;

    public List<ItemDocument> documents(Catalogue catalogue, String releaseId) {
        return documents(catalogue.items(), catalogue.vocabulary(), releaseId);
    }

    public List<ItemDocument> documents(List<Item> items, SearchVocabulary vocabulary, String releaseId) {
        Map<Language, Collator> collators = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Collator collator = Collator.getInstance(language.locale());
            collator.setStrength(Collator.SECONDARY);
            collators.put(language, collator);
        }
        return items.stream().map(item -> document(item, vocabulary, releaseId, collators)).toList();
    }

    private ItemDocument document(Item item, SearchVocabulary vocabulary, String releaseId, Map<Language, Collator> collators) {
        Map<String, Figure> figures = item.figures().stream().collect(Collectors.toMap(Figure::id, Function.identity()));
        Map<Language, ItemDocument.Text> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            ItemText text = item.text(language);
            String body = text.sections().inOrder().values().stream()
                    .map(section -> plain(markdown.toText(section, language, figures)))
                    .collect(Collectors.joining("\n\n"));
            String sortKey = HexFormat.of().formatHex(collators.get(language).getCollationKey(text.title()).toByteArray());
            texts.put(language, new ItemDocument.Text(text.title(), plain(markdown.toText(text.summary(), language, figures)),
                    text.keywords(), body, sortKey, vocabulary.wordsFor(item.id(), language), vocabulary.mainWordsFor(item.id(), language)));
        }
        return new ItemDocument(item.id(), item.type().id(), item.categories(), item.providers(), item.situations(),
                releaseId, texts);
    }

    private static final java.util.regex.Pattern LIST_MARKER = java.util.regex.Pattern.compile("(?m)^[ \\t]*(?:[-*+\u2022]|\\d{1,3}[.)])[ \\t]+");

    /**
     * Text without the list markers that plain-text rendering keeps ("- If…", "3. Apply"), so that search
     * snippets read as sentences.
     */
    static String plain(String text) {
        return LIST_MARKER.matcher(text).replaceAll("");
    }
}
