package fi.keinokartta.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import fi.keinokartta.core.Catalogue;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.Language;

/**
 * The catalogue's own Finnish words, the dictionary of the compound splitter (see
 * {@link Analysis#COMPOUND_FILTER}): every word of at least {@link #MIN_LENGTH} letters in the Finnish
 * titles, keywords and people's words, and the short compound parts the vocabulary names.
 */
final class CompoundWords {

    static final int MIN_LENGTH = 4;

    private CompoundWords() {
    }

    static List<String> of(Catalogue catalogue) {
        TreeSet<String> words = new TreeSet<>();
        List<String> texts = new ArrayList<>();
        for (Item item : catalogue.items()) {
            var text = item.text(Language.FI);
            texts.add(text.title());
            texts.addAll(text.keywords());
        }
        catalogue.vocabulary().topics().forEach(topic -> texts.addAll(topic.words().fi()));
        for (String text : texts) {
            for (String word : QueryText.words(text.toLowerCase(Locale.ROOT))) {
                if (word.length() >= MIN_LENGTH && word.chars().allMatch(Character::isLetter)) {
                    words.add(word);
                }
            }
        }
        catalogue.vocabulary().compoundParts().forEach(part -> words.add(part.toLowerCase(Locale.ROOT)));
        return List.copyOf(words);
    }
}
