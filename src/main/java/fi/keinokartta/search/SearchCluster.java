package fi.keinokartta.search;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The cluster operations Hibernate Search does not offer (indices per release, aliases, the release
 * registry), over the same low-level client it uses. The only place, with {@link FacetRequest}, that
 * writes raw engine JSON.
 */
@ApplicationScoped
public class SearchCluster {

    @Inject
    SearchMapping searchMapping;

    @Inject
    ObjectMapper json;

    private RestClient client() {
        return searchMapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
    }

    /**
     * Sends a request. A read whose connection failed (its node gone or going) is sent once more: the client
     * then also tries nodes on its dead list, where a node that came back a minute ago may still be
     * ({@link NodeLostException}). Writes are not repeated: the first may have been carried out.
     */
    private Response execute(Request request) throws IOException {
        try {
            return client().performRequest(request);
        } catch (IOException e) {
            boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
            if (!read || !EngineFailures.isConnectionFailure(e)) {
                throw e;
            }
            return client().performRequest(request);
        }
    }

    public boolean indexExists(String index) {
        try {
            // The client does not treat a 404 answer to HEAD as an error: look at the status.
            return execute(new Request("HEAD", "/" + index)).getStatusLine().getStatusCode() == 200;
        } catch (IOException e) {
            throw EngineFailures.unreachable(e);
        }
    }

    /**
     * Waits until every copy of an index, primary and replicas, is assigned and started (the index is
     * green), asking in short steps so that no single request outlasts the client's read timeout.
     *
     * @return whether it was within the time given
     */
    public boolean awaitAllCopies(String index, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            Request request = new Request("GET", "/_cluster/health/" + index);
            request.addParameter("wait_for_status", "green");
            request.addParameter("wait_for_no_initializing_shards", "true");
            request.addParameter("timeout", Math.min(left, 5_000) + "ms");
            JsonNode health;
            try {
                health = perform(request, false).orElseThrow();
            } catch (SearchClusterException e) {
                if (!(e.getCause() instanceof ResponseException refused)
                        || refused.getResponse().getStatusLine().getStatusCode() != 408) {
                    throw e;
                }
                // Timed out: the engine answers 408 with the health it has.
                health = json.createObjectNode().put("timed_out", true);
            }
            if ("green".equals(health.path("status").asText()) && !health.path("timed_out").asBoolean(false)) {
                return true;
            }
            if (left == 0) {
                return false;
            }
        }
    }

    public void createIndex(String index, JsonNode body) {
        send("PUT", "/" + index, body, false);
    }

    public void deleteIndex(String index) {
        send("DELETE", "/" + index, null, true);
    }

    public void refresh(String index) {
        send("POST", "/" + index + "/_refresh", null, false);
    }

    public long count(String index) {
        return send("GET", "/" + index + "/_count", null, false).orElseThrow().path("count").asLong();
    }

    /** The indices an alias points to (none when the alias does not exist). */
    public List<String> indicesOfAlias(String alias) {
        Optional<JsonNode> response = send("GET", "/_alias/" + alias, null, true);
        List<String> indices = new ArrayList<>();
        response.ifPresent(node -> node.fieldNames().forEachRemaining(indices::add));
        return indices;
    }

    /** The names of the existing indices matching a wildcard pattern. */
    public List<String> indices(String pattern) {
        Request request = new Request("GET", "/_cat/indices/" + pattern);
        request.addParameter("format", "json");
        request.addParameter("h", "index");
        request.addParameter("expand_wildcards", "open");
        List<String> names = new ArrayList<>();
        perform(request, true).ifPresent(node -> node.forEach(row -> names.add(row.path("index").asText())));
        return names;
    }

    /** Applies alias changes in one atomic request: readers see either the old or the new state. */
    public void updateAliases(List<AliasAction> actions) {
        ObjectNode body = json.createObjectNode();
        ArrayNode list = body.putArray("actions");
        for (AliasAction action : actions) {
            ObjectNode details = list.addObject().putObject(action.type());
            if (action.index() != null) {
                details.put("index", action.index());
            } else {
                details.put("index", action.indexPattern());
            }
            if (action.alias() != null) {
                details.put("alias", action.alias());
            }
            if (action.writeIndex() != null) {
                details.put("is_write_index", action.writeIndex());
            }
        }
        send("POST", "/_aliases", body, false);
    }

    /** One change of an alias; see {@link #updateAliases(List)}. */
    public record AliasAction(String type, String index, String indexPattern, String alias, Boolean writeIndex) {
        public static AliasAction add(String index, String alias, boolean writeIndex) {
            return new AliasAction("add", index, null, alias, writeIndex);
        }

        public static AliasAction removeFromAll(String indexPattern, String alias) {
            return new AliasAction("remove", null, indexPattern, alias, null);
        }
    }

    public void putDocument(String index, String id, JsonNode document, boolean refresh) {
        Request request = new Request("PUT", "/" + index + "/_doc/" + id);
        if (refresh) {
            request.addParameter("refresh", "true");
        }
        request.setJsonEntity(write(document));
        perform(request, false);
    }

    /** Creates a document only if none with that id exists; false when one already does. */
    public boolean createDocument(String index, String id, JsonNode document) {
        Request request = new Request("PUT", "/" + index + "/_create/" + id);
        request.addParameter("refresh", "true");
        request.setJsonEntity(write(document));
        try {
            execute(request);
            return true;
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 409) {
                return false;
            }
            throw new SearchClusterException("The search cluster refused " + request + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw EngineFailures.unreachable(e);
        }
    }

    /** A document with the sequence number and primary term that optimistic concurrency control checks. */
    public record VersionedDocument(JsonNode source, long seqNo, long primaryTerm) {
    }

    /** A document and its version, or empty when there is none. */
    public Optional<VersionedDocument> getVersionedDocument(String index, String id) {
        return perform(new Request("GET", "/" + index + "/_doc/" + id), true)
                .filter(node -> node.path("found").asBoolean(false))
                .map(node -> new VersionedDocument(node.path("_source"), node.path("_seq_no").asLong(),
                        node.path("_primary_term").asLong()));
    }

    /**
     * Replaces a document only if nobody changed it since it was read with this version; false when someone
     * did (or it is gone). The engine decides atomically, so of two instances racing, exactly one wins.
     */
    public boolean replaceDocumentIfUnchanged(String index, String id, JsonNode document, VersionedDocument seen) {
        Request request = new Request("PUT", "/" + index + "/_doc/" + id);
        request.addParameter("refresh", "true");
        request.addParameter("if_seq_no", Long.toString(seen.seqNo()));
        request.addParameter("if_primary_term", Long.toString(seen.primaryTerm()));
        request.setJsonEntity(write(document));
        return performConditional(request);
    }

    /** Deletes a document only if nobody changed it since it was read with this version; false otherwise. */
    public boolean deleteDocumentIfUnchanged(String index, String id, VersionedDocument seen) {
        Request request = new Request("DELETE", "/" + index + "/_doc/" + id);
        request.addParameter("refresh", "true");
        request.addParameter("if_seq_no", Long.toString(seen.seqNo()));
        request.addParameter("if_primary_term", Long.toString(seen.primaryTerm()));
        return performConditional(request);
    }

    private boolean performConditional(Request request) {
        try {
            execute(request);
            return true;
        } catch (ResponseException e) {
            int status = e.getResponse().getStatusLine().getStatusCode();
            if (status == 409 || status == 404) {
                return false;
            }
            if (status >= 500 || status == 429) {
                throw new SearchUnavailableException("The search cluster could not answer (" + status + ").", e);
            }
            throw new SearchClusterException("The search cluster refused " + request + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SearchUnavailableException("The search cluster is unreachable: " + e.getMessage(), e);
        }
    }

    public Optional<JsonNode> getDocumentSource(String index, String id, String... excludedFields) {
        Request request = new Request("GET", "/" + index + "/_source/" + id);
        if (excludedFields.length > 0) {
            request.addParameter("_source_excludes", String.join(",", excludedFields));
        }
        return perform(request, true);
    }

    /** Changes some fields of a document, keeping the others. */
    public void updateDocument(String index, String id, JsonNode changedFields) {
        Request request = new Request("POST", "/" + index + "/_update/" + id);
        request.addParameter("refresh", "true");
        ObjectNode body = json.createObjectNode();
        body.set("doc", changedFields);
        request.setJsonEntity(write(body));
        perform(request, false);
    }

    public void deleteDocument(String index, String id) {
        Request request = new Request("DELETE", "/" + index + "/_doc/" + id);
        request.addParameter("refresh", "true");
        perform(request, true);
    }

    /** Runs a search and returns the sources of its hits. */
    public List<JsonNode> searchSources(String index, JsonNode query) {
        List<JsonNode> sources = new ArrayList<>();
        send("POST", "/" + index + "/_search", query, false)
                .ifPresent(response -> response.path("hits").path("hits").forEach(hit -> sources.add(hit.path("_source"))));
        return sources;
    }

    private Optional<JsonNode> send(String method, String path, JsonNode body, boolean notFoundIsEmpty) {
        Request request = new Request(method, path);
        if (body != null) {
            request.setJsonEntity(write(body));
        }
        return perform(request, notFoundIsEmpty);
    }

    private Optional<JsonNode> perform(Request request, boolean notFoundIsEmpty) {
        try {
            Response response = execute(request);
            if (response.getEntity() == null) {
                return Optional.of(json.createObjectNode());
            }
            try (InputStream in = response.getEntity().getContent()) {
                JsonNode node = json.readTree(in);
                return Optional.of(node == null ? json.createObjectNode() : node);
            }
        } catch (ResponseException e) {
            int status = e.getResponse().getStatusLine().getStatusCode();
            if (status == 404 && notFoundIsEmpty) {
                return Optional.empty();
            }
            if (EngineFailures.isUnavailable(status)) {
                throw EngineFailures.unavailable(status, e);
            }
            throw new SearchClusterException("The search cluster refused " + request.getMethod() + " "
                    + request.getEndpoint() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw EngineFailures.unreachable(e);
        }
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
