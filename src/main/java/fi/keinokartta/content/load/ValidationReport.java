package fi.keinokartta.content.load;

import java.util.Comparator;
import java.util.List;

/** Every problem found in one content folder, sorted by file and line. */
public record ValidationReport(List<ContentProblem> problems) {

    private static final Comparator<ContentProblem> ORDER = Comparator
            .comparing(ContentProblem::file)
            .thenComparing(p -> p.line() == null ? 0 : p.line())
            .thenComparing(ContentProblem::message);

    public ValidationReport {
        problems = problems.stream().sorted(ORDER).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ContentProblem::isError);
    }

    public List<ContentProblem> errors() {
        return problems.stream().filter(ContentProblem::isError).toList();
    }

    public List<ContentProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public String format() {
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append(p.format()).append('\n'));
        out.append(errors().size()).append(" error(s), ").append(warnings().size()).append(" warning(s)");
        return out.toString();
    }
}
