package fi.keinokartta.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.keinokartta.testing.CorpusRelease;

/** What changed between two catalogues, without Quarkus or a search engine. */
class ReleaseChangesTest {

    private final Catalogue before = CorpusRelease.catalogue();

    @Test
    void theFirstReleaseAddsEverything() {
        ReleaseChanges changes = ReleaseChanges.between(null, before);
        assertThat(changes.added()).hasSize(before.items().size());
        assertThat(changes.removed()).isEmpty();
        assertThat(ReleaseChanges.between(before, before).isEmpty()).isTrue();
    }

    @Test
    void removedAddedAndChangedItemsAreNamedWithTheirFieldsAndLanguages() {
        List<Item> items = new ArrayList<>();
        for (Item item : before.items()) {
            if (item.id().equals("starttiraha")) {
                continue;
            }
            if (item.id().equals("palkkatuki")) {
                ItemText sv = item.sv();
                item = new Item(item.id(), item.type(), item.categories(), item.providers(), item.situations(), item.related(),
                        item.reviewed(), item.reviewBy(), item.sources(), item.figures(), item.fi(),
                        new ItemText(sv.title() + " (ny)", sv.summary(), sv.keywords(), sv.sections()), item.en(),
                        item.usage());
            }
            items.add(item);
        }
        Catalogue after = new Catalogue(before.categories(), before.providers(), items, before.situations(),
                before.rules().stream().filter(r -> !r.items().contains("starttiraha")).toList(), before.synonyms());

        ReleaseChanges changes = ReleaseChanges.between(before, after);
        assertThat(changes.removed()).containsExactly("starttiraha");
        assertThat(changes.added()).isEmpty();
        assertThat(changes.changed()).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo("palkkatuki");
            assertThat(change.fields()).containsExactly("title");
            assertThat(change.languages()).containsExactly("sv");
        });
        assertThat(changes.rulesRemoved()).contains("starttiraha-palkkatuki");
        assertThat(ReleaseChanges.between(after, before).added()).containsExactly("starttiraha");
    }
}
