package fi.keinokartta.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;

import com.fasterxml.jackson.core.JsonProcessingException;

import fi.keinokartta.core.Catalogue;
import fi.keinokartta.core.Language;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.keinokartta.core.Sha256;

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

    /** The create-index body for a release of this catalogue: its synonyms and its Finnish compound parts. */
    public ObjectNode createIndexBody(Catalogue catalogue) {
        ObjectNode body = createIndexBody(catalogue.synonyms());
        JsonNode filter = findFilter(body.path("settings"), Analysis.COMPOUND_FILTER);
        if (!(filter instanceof ObjectNode compoundFilter)) {
            throw new IllegalStateException("The index settings have no compound filter " + Analysis.COMPOUND_FILTER);
        }
        ArrayNode words = compoundFilter.putArray("word_list");
        CompoundWords.of(catalogue).forEach(words::add);
        if (words.isEmpty()) {
            words.add("keinokartta");
        }
        return body;
    }

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

    /**
     * Changes whenever the mapping, the analysis or the code that fills the fields changes, so such a
     * change always gets a fresh index even when the content is the same.
     */
    public String fingerprint() {
        try {
            MessageDigest digest = Sha256.digest();
            digest.update(json.writeValueAsString(expected()).getBytes(StandardCharsets.UTF_8));
            for (Class<?> bridge : LocalizedFieldsBinder.class.getDeclaredClasses()) {
                digest.update(classBytes(bridge));
            }
            digest.update(classBytes(LocalizedFieldsBinder.class));
            return Sha256.hex(digest).substring(0, 16);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] classBytes(Class<?> type) {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (var in = type.getResourceAsStream(resource)) {
            return in == null ? type.getName().getBytes(StandardCharsets.UTF_8) : in.readAllBytes();
        } catch (java.io.IOException e) {
            return type.getName().getBytes(StandardCharsets.UTF_8);
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
            withOffsets(current);
            expected.set(current);
        }
        return current;
    }

    /**
     * The highlighted fields keep their words' offsets in the postings, so the unified highlighter reads
     * them from the index instead of analysing the text again or rebuilding an index from term vectors for
     * every hit (Hibernate Search has no option for it, so it is set here, in the one body that creates
     * every release index).
     */
    private static void withOffsets(ObjectNode schema) {
        JsonNode properties = schema.path("mappings").path("properties");
        for (Language language : Language.values()) {
            for (String field : SearchFields.highlighted(language)) {
                if (!(properties.path(field) instanceof ObjectNode property)) {
                    throw new IllegalStateException("The index mapping has no highlighted field " + field);
                }
                property.put("index_options", "offsets");
            }
        }
    }

    private static JsonNode findSynonymFilter(JsonNode settings) {
        return findFilter(settings, Analysis.SYNONYM_FILTER);
    }

    private static JsonNode findFilter(JsonNode settings, String name) {
        JsonNode direct = settings.path("analysis").path("filter").path(name);
        return direct.isMissingNode() ? settings.path("index").path("analysis").path("filter").path(name) : direct;
    }
}
