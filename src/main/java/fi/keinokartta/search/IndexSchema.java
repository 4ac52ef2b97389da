package fi.keinokartta.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The settings and mapping of a release index, exactly as Hibernate Search expects them, with the
 * release's own synonyms put into the search-time synonym filter.
 */
@ApplicationScoped
public class IndexSchema {

    @Inject
    SearchMapping searchMapping;

    @Inject
    ObjectMapper json;

    private final AtomicReference<ObjectNode> expected = new AtomicReference<>();

    /** The create-index body for a release with these synonym sets (aliases are managed separately). */
    public ObjectNode createIndexBody(List<List<String>> synonyms) {
        ObjectNode body = expected().deepCopy();
        body.remove("aliases");
        JsonNode filter = findSynonymFilter(body.path("settings"));
        if (!(filter instanceof ObjectNode synonymFilter)) {
            throw new IllegalStateException("The index settings have no synonym filter " + Analysis.SYNONYM_FILTER);
        }
        ArrayNode lines = synonymFilter.putArray("synonyms");
        synonyms.forEach(set -> lines.add(String.join(", ", set)));
        if (lines.isEmpty()) {
            lines.add("keinokartta, keinokartta");
        }
        return body;
    }

    /** Changes whenever the mapping or analysis changes, so such a change always gets a fresh index. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(expected()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode expected() {
        ObjectNode current = expected.get();
        if (current == null) {
            AtomicReference<String> export = new AtomicReference<>();
            searchMapping.scope(ItemDocument.class).schemaManager().exportExpectedSchema(
                    (backendName, indexName, schema) -> export.set(
                            schema.extension(ElasticsearchExtension.get()).bodyParts().get(0).toString()));
            try {
                current = (ObjectNode) json.readTree(export.get());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable schema export", e);
            }
            expected.set(current);
        }
        return current;
    }

    private static JsonNode findSynonymFilter(JsonNode settings) {
        JsonNode direct = settings.path("analysis").path("filter").path(Analysis.SYNONYM_FILTER);
        return direct.isMissingNode() ? settings.path("index").path("analysis").path("filter").path(Analysis.SYNONYM_FILTER) : direct;
    }
}
