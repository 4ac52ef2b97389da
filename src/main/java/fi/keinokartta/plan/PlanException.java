package fi.keinokartta.plan;

/** A plan that cannot be checked as asked (an unknown situation, item or phase, too many steps), with the field to fix. */
public class PlanException extends RuntimeException {

    private final String field;

    public PlanException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
