package fi.keinokartta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elasticsearch.client.ResponseException;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.util.common.SearchTimeoutException;

/**
 * The one translation of failures to talk to the search engine. Unreachable (a failed connection: "node
 * lost", which a search tries once more), silent (no answer in time) or unable to answer now (5xx, 429)
 * means "unavailable": readers get a 503 and may try again. Anything else the engine refused is a failure
 * of ours and stays one.
 */
final class EngineFailures {

    /** Hibernate Search keeps the engine's status only in its message, e.g. "Response: 503 Service Unavailable". */
    private static final Pattern STATUS_IN_MESSAGE = Pattern.compile("Response: (\\d{3})");

    private EngineFailures() {
    }

    /**
     * The connection to a node failed (refused, reset, closed): nothing to do with the request itself, and
     * not an answer of the engine (an answer with an error status is a {@code ResponseException}). A node that
     * stayed silent is not counted: the reader has waited the whole timeout already.
     */
    static boolean isConnectionFailure(Throwable cause) {
        return cause instanceof IOException && !(cause instanceof UncheckedIOException)
                && !(cause instanceof ResponseException) && !isSilence(cause);
    }

    /** No answer within the time allowed (the read timeout, or Hibernate Search's request timeout). */
    static boolean isSilence(Throwable cause) {
        return cause instanceof SocketTimeoutException || cause instanceof SearchTimeoutException;
    }

    static boolean isUnavailable(int status) {
        return status >= 500 || status == 429;
    }

    static SearchUnavailableException unreachable(IOException e) {
        return new SearchUnavailableException("The search cluster is unreachable: " + e.getMessage(), e);
    }

    static SearchUnavailableException unavailable(int status, Exception e) {
        return new SearchUnavailableException("The search cluster could not answer (" + status + ").", e);
    }

    /**
     * What the engine says when it refuses a query as written (clause limits, parse failures): the reader's
     * search must change, so such an answer is a 400, even where the engine reports it with a 5xx status.
     */
    private static final Pattern REFUSED_QUERY = Pattern.compile(
            "too_many_nested_clauses|too_many_clauses|maxClauseCount|query_shard_exception|parse_exception"
                    + "|search_phase_execution_exception.*(?:clauses|parse)",
            Pattern.DOTALL);

    /** What the engine says when the request's JSON itself is broken (never our JSON as we wrote it). */
    private static final Pattern DAMAGED_BODY = Pattern.compile("json_parse_exception|Illegal unquoted character"
            + "|Unexpected end-of-input|Unexpected character \\(");

    /**
     * A failure surfaced by Hibernate Search: "damaged" when the request's JSON reached the engine broken,
     * "rejected" when the engine refused the query itself, "unavailable" when it was unreachable or could
     * not answer.
     */
    static RuntimeException translate(SearchException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && DAMAGED_BODY.matcher(cause.getMessage()).find()) {
                return new DamagedRequestException("The search engine received a damaged request: " + e.getMessage(), e);
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && REFUSED_QUERY.matcher(cause.getMessage()).find()) {
                return new SearchRejectedException("The search engine refused the query as written: " + e.getMessage(), e);
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (isSilence(cause)) {
                return new SearchUnavailableException("The search engine did not answer in time: " + e.getMessage(), e);
            }
            if (isConnectionFailure(cause)) {
                return new NodeLostException("The search engine could not be reached: " + e.getMessage(), e);
            }
            Matcher status = STATUS_IN_MESSAGE.matcher(cause.getMessage() == null ? "" : cause.getMessage());
            if (status.find() && isUnavailable(Integer.parseInt(status.group(1)))) {
                return new SearchUnavailableException("The search engine could not be reached: " + e.getMessage(), e);
            }
        }
        return e;
    }
}
