package fi.keinokartta.core;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The stale figures of a catalogue: figures whose period has ended without a newer value. Readers see
 * them marked as out of date; editors see them in the stale report and in the validation command.
 */
public final class StaleFigures {

    /** A stale figure and the item it belongs to. */
    public record StaleFigure(Item item, Figure figure) {
        public String file() {
            return "items/" + item.id() + ".yaml";
        }
    }

    private StaleFigures() {
    }

    public static List<StaleFigure> in(Catalogue catalogue, LocalDate today) {
        return catalogue.items().stream()
                .flatMap(item -> item.figures().stream().filter(f -> f.isStaleOn(today)).map(f -> new StaleFigure(item, f)))
                .sorted(Comparator.comparing((StaleFigure s) -> s.item().id()).thenComparing(s -> s.figure().id()))
                .toList();
    }

    public static long count(Item item, LocalDate today) {
        return item.figures().stream().filter(f -> f.isStaleOn(today)).count();
    }
}
