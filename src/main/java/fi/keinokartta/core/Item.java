package fi.keinokartta.core;

import java.time.LocalDate;
import java.util.List;

/** A measure, benefit or service of the catalogue: one file {@code content/items/<id>.yaml}. */
public record Item(String id, ItemType type, List<String> categories, List<String> providers,
        List<String> situations, List<String> related, LocalDate reviewed, LocalDate reviewBy,
        List<Source> sources, List<Figure> figures, ItemText fi, ItemText sv, ItemText en, Usage usage) {

    public Item {
        related = related == null ? List.of() : List.copyOf(related);
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    public java.util.Optional<Usage> usageIfKnown() {
        return java.util.Optional.ofNullable(usage);
    }

    public ItemText text(Language language) {
        return new Localized<>(fi, sv, en).get(language);
    }
}
