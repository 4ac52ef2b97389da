package fi.keinokartta.http;

/**
 * A request the API cannot answer, with the HTTP status and a sentence that tells the caller exactly
 * what to change; rendered as application/problem+json.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String parameter;

    public ApiProblem(int status, String detail, String parameter) {
        super(detail);
        this.status = status;
        this.parameter = parameter;
    }

    public static ApiProblem badParameter(String parameter, String detail) {
        return new ApiProblem(400, detail, parameter);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, detail, null);
    }

    public static ApiProblem unavailable(String detail) {
        return new ApiProblem(503, detail, null);
    }

    public int status() {
        return status;
    }

    public String parameter() {
        return parameter;
    }
}
