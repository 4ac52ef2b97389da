package fi.keinokartta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.keinokartta.core.FigureUnit;
import fi.keinokartta.core.ItemType;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Sections;
import fi.keinokartta.core.Verdict;

/**
 * The content format (JSON Schema) and the Java model name the same things: every enum of the schema
 * equals the Java enum it is read into, and every language object lists exactly the languages.
 */
class SchemaVocabularyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SCHEMAS = List.of("categories", "common", "item", "providers", "rules",
            "situation", "synonyms", "timeline");

    @Test
    void verdicts() throws IOException {
        assertThat(texts(find(schema("rules"), "verdict").get("enum"))).containsExactlyElementsOf(ids(Verdict.values(), Verdict::id));
    }

    @Test
    void itemTypes() throws IOException {
        assertThat(texts(schema("item").at("/properties/type/enum"))).containsExactlyElementsOf(ids(ItemType.values(), ItemType::id));
    }

    @Test
    void figureUnits() throws IOException {
        assertThat(texts(find(schema("common"), "unit").get("enum"))).containsExactlyElementsOf(ids(FigureUnit.values(), FigureUnit::id));
    }

    @Test
    void timelineCountings() throws IOException {
        assertThat(texts(schema("timeline").at("/properties/checkpoints/items/properties/counting/enum")))
                .containsExactlyElementsOf(ids(fi.keinokartta.core.Timeline.Counting.values(), fi.keinokartta.core.Timeline.Counting::id));
    }

    @Test
    void screenerAnswers() throws IOException {
        JsonNode screener = schema("situation").at("/properties/screener/properties");
        assertThat(texts(screener.at("/status/items/enum"))).containsExactlyElementsOf(
                ids(fi.keinokartta.screener.Answers.Status.values(), fi.keinokartta.screener.Answers.Status::id));
        assertThat(texts(screener.at("/age/items/enum"))).containsExactlyElementsOf(
                ids(fi.keinokartta.screener.Answers.AgeBand.values(), fi.keinokartta.screener.Answers.AgeBand::id));
    }

    @Test
    void sectionsInReadingOrder() throws IOException {
        JsonNode sections = find(schema("item"), "sections");
        List<String> java = Arrays.stream(Sections.class.getRecordComponents()).map(c -> c.getName()).toList();
        assertThat(texts(sections.get("required"))).containsExactlyElementsOf(java);
        assertThat(fieldNames(sections.get("properties"))).containsExactlyElementsOf(java);
        assertThat(new Sections("a", "b", "c", "d", "e", "f").inOrder().keySet()).containsExactlyElementsOf(java);
    }

    /** Every object with a Finnish text has the texts of all languages, required, and of no others. */
    @Test
    void everyLanguageObjectListsExactlyTheLanguages() throws IOException {
        List<String> codes = ids(Language.values(), Language::code);
        int checked = 0;
        for (String name : SCHEMAS) {
            for (JsonNode node : objects(schema(name))) {
                JsonNode properties = node.get("properties");
                if (properties == null || !properties.isObject()) {
                    continue;
                }
                if (!properties.has(Language.DEFAULT.code())) {
                    continue;
                }
                // Language codes are the two-letter keys ("id" is the only other one in the format).
                List<String> languageKeys = fieldNames(properties).stream()
                        .filter(k -> k.matches("[a-z]{2}") && !k.equals("id")).toList();
                assertThat(languageKeys).as("languages in %s.schema.json", name).containsExactlyElementsOf(codes);
                assertThat(texts(node.get("required"))).as("required languages in %s.schema.json", name).containsAll(codes);
                checked++;
            }
        }
        assertThat(checked).as("language objects found").isGreaterThanOrEqualTo(6);
    }

    private static JsonNode schema(String name) throws IOException {
        try (InputStream in = SchemaVocabularyTest.class.getResourceAsStream("/content-schema/" + name + ".schema.json")) {
            assertThat(in).as(name).isNotNull();
            return JSON.readTree(in);
        }
    }

    /** The first object property with this name anywhere in the schema (depth first). */
    private static JsonNode find(JsonNode node, String property) {
        for (JsonNode object : objects(node)) {
            JsonNode properties = object.get("properties");
            if (properties != null && properties.has(property)) {
                return properties.get(property);
            }
        }
        throw new AssertionError("No property " + property);
    }

    private static List<JsonNode> objects(JsonNode node) {
        List<JsonNode> all = new ArrayList<>();
        collect(node, all);
        return all;
    }

    private static void collect(JsonNode node, List<JsonNode> all) {
        if (node.isObject()) {
            all.add(node);
            node.fields().forEachRemaining((Map.Entry<String, JsonNode> e) -> collect(e.getValue(), all));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, all));
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static <E> List<String> ids(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(id).toList();
    }
}
