package fi.keinokartta.content.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import fi.keinokartta.content.load.CombinationCoverage;
import fi.keinokartta.content.load.ContentLoader;
import fi.keinokartta.content.load.ContentLoader.LoadResult;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.ServiceClock;
import fi.keinokartta.core.StaleFigures;
import fi.keinokartta.core.StaleFigures.StaleFigure;

/**
 * The editors' command-line check of a content folder (see docs/editing.md). Prints every problem as
 * {@code file:line: severity: sentence} and exits 1 when the content cannot be published, 0 otherwise
 * (warnings alone do not block publishing). After a clean check it prints the combination coverage and the
 * within-phase pairs that have no rule yet, as information. Runs without the search engine or the service.
 */
public final class ValidateContent {

    private ValidateContent() {
    }


    public static void main(String[] args) {
        if (args.length > 1 || (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help")))) {
            System.err.println("Usage: validate-content [CONTENT_FOLDER]   (default: content)");
            System.exit(2);
        }
        Path folder = Path.of(args.length == 1 ? args[0] : "content").toAbsolutePath().normalize();
        LoadResult result = new ContentLoader().load(folder);
        System.out.println("Validating " + folder);
        System.out.println(result.report().format());
        if (result.ok()) {
            var catalogue = result.catalogue();
            System.out.printf("OK: %d items, %d situations, %d rules, %d categories, %d providers (content %s)%n",
                    catalogue.items().size(), catalogue.situations().size(), catalogue.rules().size(),
                    catalogue.categories().size(), catalogue.providers().size(), result.contentHash().substring(0, 12));
            List<StaleFigure> stale = StaleFigures.in(catalogue, LocalDate.now(ServiceClock.system()));
            System.out.printf("Stale figures (period ended, no newer value): %d%n", stale.size());
            stale.forEach(s -> System.out.printf("  %s: %s (%s, ended %s)%n", s.file(), s.figure().id(),
                    s.figure().label().get(Language.EN), s.figure().validTo()));
            printCoverage(CombinationCoverage.of(catalogue, LocalDate.now(ServiceClock.system())));
            System.out.println(CombinationCoverage.acrossPhases(catalogue, LocalDate.now(ServiceClock.system())).summary() + ".");
        } else {
            System.out.println("NOT PUBLISHABLE: fix the errors above.");
        }
        System.exit(result.ok() ? 0 : 1);
    }

    /** Coverage is information for editors, not a problem: pairs without a rule never block publishing. */
    private static void printCoverage(CombinationCoverage.Report coverage) {
        System.out.println(coverage.summary() + ".");
        for (CombinationCoverage.PhaseCoverage phase : coverage.phases()) {
            for (CombinationCoverage.PhasePair pair : phase.missing()) {
                System.out.println("situations/" + pair.situation() + ".yaml: info: no combination rule for "
                        + pair.a() + " + " + pair.b() + " (phase " + pair.phase() + ")");
            }
        }
    }
}
