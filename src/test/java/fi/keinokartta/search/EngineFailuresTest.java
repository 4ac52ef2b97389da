package fi.keinokartta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;

/** Only a real outage is "unavailable" (503); a query the engine refuses as written is the caller's to change (400). */
class EngineFailuresTest {

    @Test
    void aRefusedQueryIsRejectedNotUnavailable() {
        SearchException refused = new SearchException("HSEARCH400007: Elasticsearch request failed: Response: 500 Internal"
                + " Server Error ... {\"error\":{\"root_cause\":[{\"type\":\"too_many_nested_clauses\",\"reason\":"
                + "\"Query contains too many nested clauses; maxClauseCount is set to 1024\"}]}}");
        assertThat(EngineFailures.translate(refused)).isInstanceOf(SearchRejectedException.class);
        SearchException badQuery = new SearchException("Response: 400 Bad Request {\"type\":\"query_shard_exception\"}");
        assertThat(EngineFailures.translate(badQuery)).isInstanceOf(SearchRejectedException.class);
    }

    @Test
    void anOutageIsUnavailable() {
        assertThat(EngineFailures.translate(new SearchException("Response: 503 Service Unavailable {\"type\":"
                + "\"cluster_block_exception\"}"))).isInstanceOf(SearchUnavailableException.class);
        assertThat(EngineFailures.translate(new SearchException("request failed", new IOException("Connection refused"))))
                .isInstanceOf(SearchUnavailableException.class);
        assertThat(EngineFailures.translate(new SearchException("Response: 429 Too Many Requests")))
                .isInstanceOf(SearchUnavailableException.class);
    }

    @Test
    void aBodyThatArrivedBrokenIsDamagedNeverTheReadersQuery() {
        // As seen when a node was killed while a search was sent to it and the rest went to another node.
        SearchException damaged = new SearchException("HSEARCH400007: Elasticsearch request failed: Response: 400 'Bad Request'"
                + " {\"error\":{\"root_cause\":[{\"type\":\"x_content_parse_exception\",\"reason\":\"[1:1004] [bool] failed"
                + " to parse field [should]\"}],\"caused_by\":{\"type\":\"json_parse_exception\",\"reason\":\"Illegal unquoted"
                + " character ((CTRL-CHAR, code 10))\"}}}");
        assertThat(EngineFailures.translate(damaged)).isInstanceOf(DamagedRequestException.class)
                .isInstanceOf(SearchUnavailableException.class);
    }

    @Test
    void anyOtherFailureStaysOurs() {
        SearchException mapping = new SearchException("Response: 404 Not Found {\"type\":\"index_not_found_exception\"}");
        assertThat(EngineFailures.translate(mapping)).isSameAs(mapping);
    }

    @Test
    void aConnectionThatFailedIsANodeLostAndWorthOneMoreTry() {
        for (IOException broken : java.util.List.of(new java.net.ConnectException("Connection refused"),
                new java.net.SocketException("Connection reset"), new org.apache.http.ConnectionClosedException("Connection is closed"))) {
            assertThat(EngineFailures.translate(new SearchException("HSEARCH400007: Elasticsearch request failed", broken)))
                    .as(broken.toString()).isInstanceOf(NodeLostException.class).isInstanceOf(SearchUnavailableException.class);
            assertThat(EngineFailures.isConnectionFailure(broken)).isTrue();
        }
        assertThat(EngineFailures.isConnectionFailure(new java.io.UncheckedIOException(new IOException("x")))).isFalse();
    }

    @Test
    void anEngineThatStaysSilentIsUnavailableNotOurFailureAndNotTriedAgain() {
        // Seen as a 500 before: Hibernate Search's own request timeout (HSEARCH400590, keinokartta.search.answer-within)
        // when the engine froze.
        SearchException timedOut = new org.hibernate.search.util.common.SearchTimeoutException(
                "HSEARCH400590: Request execution exceeded the timeout of 3s, 0ms and 0ns.");
        assertThat(EngineFailures.translate(timedOut)).isInstanceOf(SearchUnavailableException.class)
                .isNotInstanceOf(NodeLostException.class);
        SearchException silent = new SearchException("HSEARCH400007: Elasticsearch request failed",
                new java.net.SocketTimeoutException("10,000 milliseconds timeout on connection http-outgoing-3 [ACTIVE]"));
        assertThat(EngineFailures.translate(silent)).isInstanceOf(SearchUnavailableException.class)
                .isNotInstanceOf(NodeLostException.class);
    }
}
