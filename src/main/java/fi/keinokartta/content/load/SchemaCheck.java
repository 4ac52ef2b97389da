package fi.keinokartta.content.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

/**
 * Checks a content file against its JSON Schema (src/main/resources/content-schema) and turns the
 * validator's findings into sentences an editor understands, each with the line it is about.
 */
final class SchemaCheck {

    private static final String SCHEMA_BASE = "https://keinokartta.fi/schema/";

    private final Map<ContentKind, Schema> schemas = new EnumMap<>(ContentKind.class);

    SchemaCheck() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config)
                        .schemaIdResolvers(resolvers -> resolvers.mapPrefix(SCHEMA_BASE, "classpath:content-schema/")));
        for (ContentKind kind : ContentKind.values()) {
            schemas.put(kind, registry.getSchema(SchemaLocation.of(SCHEMA_BASE + kind.schemaFile)));
        }
    }

    List<ContentProblem> check(ContentKind kind, JsonNode root, List<String> lines, String file) {
        List<ContentProblem> problems = new ArrayList<>();
        for (Error error : schemas.get(kind).validate(root)) {
            problems.add(toProblem(error, root, lines, file));
        }
        return problems.stream().distinct().toList();
    }

    private static ContentProblem toProblem(Error error, JsonNode root, List<String> lines, String file) {
        JsonNode node = error.getInstanceNode();
        String where = describe(error.getInstanceLocation());
        String property = error.getProperty();
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        String message;
        switch (keyword) {
            case "required" -> message = "The field '" + property + "' is missing" + in(where) + ".";
            case "additionalProperties" -> {
                String unknown = "Unknown field '" + property + "'" + in(where) + ": check its spelling and indentation.";
                int objectLine = YamlFiles.lineOf(node).orElse(1);
                return new ContentProblem(Severity.ERROR, file,
                        YamlFiles.keyLine(lines, objectLine, property).orElse(objectLine), unknown);
            }
            case "type" -> message = at(where) + " should be " + expectedType(error) + ", not " + describeValue(node) + ".";
            case "enum" -> message = at(where) + " has the value " + describeValue(node) + ", which is not allowed; use one of: "
                    + allowed(error) + ".";
            case "format" -> message = at(where) + " is " + describeValue(node) + ", which is not a real date (write YYYY-MM-DD).";
            case "pattern" -> message = at(where) + " is " + describeValue(node) + ", which " + patternHint(error) + ".";
            case "minItems" -> message = at(where) + " needs at least " + error.getArguments()[0] + " entr"
                    + ("1".equals(String.valueOf(error.getArguments()[0])) ? "y" : "ies") + ".";
            case "maxItems" -> message = at(where) + " may have at most " + error.getArguments()[0] + " entries.";
            case "uniqueItems" -> message = at(where) + " lists the same value twice.";
            case "minLength" -> message = at(where) + " is empty.";
            case "maxLength" -> message = at(where) + " is too long: at most " + error.getArguments()[0] + " characters.";
            case "minimum" -> message = at(where) + " must be at least " + error.getArguments()[0] + ".";
            default -> message = at(where) + ": " + error.getMessage().replaceFirst("^\\$[^:]*: ", "") + ".";
        }
        Integer line = YamlFiles.lineOf(node).or(() -> YamlFiles.lineOf(root)).orElse(null);
        return new ContentProblem(Severity.ERROR, file, line, capitalize(message));
    }

    /** {@code fi.sections.whoFor} or {@code rules[3].items[0]}; empty for the top of the file. */
    static String describe(NodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                out.append('[').append(index + 1).append(']');
            } else {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(element);
            }
        }
        return out.toString();
    }

    private static String in(String where) {
        return where.isEmpty() ? "" : " in '" + where + "'";
    }

    private static String at(String where) {
        return where.isEmpty() ? "The file" : "'" + where + "'";
    }

    private static String expectedType(Error error) {
        JsonNode type = error.getSchemaNode();
        String expected = type != null && type.isTextual() ? type.asText() : String.valueOf(error.getArguments()[1]);
        return switch (expected) {
            case "string" -> "text";
            case "array" -> "a list";
            case "object" -> "a group of fields";
            case "number", "integer" -> "a number (without spaces or units)";
            case "boolean" -> "true or false";
            default -> expected;
        };
    }

    private static String allowed(Error error) {
        JsonNode values = error.getSchemaNode();
        if (values != null && values.isArray()) {
            List<String> names = new ArrayList<>();
            values.forEach(v -> names.add(v.asText()));
            return String.join(", ", names);
        }
        return String.valueOf(error.getArguments()[0]);
    }

    private static String patternHint(Error error) {
        String pattern = String.valueOf(error.getArguments()[0]);
        if (pattern.startsWith("^[a-z0-9]+")) {
            return "is not a valid id: use lower-case letters a-z, digits and single hyphens (like 'tyokokeilu')";
        }
        if (pattern.startsWith("^https://")) {
            return "is not an absolute https address (it must start with https://)";
        }
        if (pattern.startsWith("^[0-9]{4}")) {
            return "is not a date written YYYY-MM-DD";
        }
        if (pattern.contains("A-ZÅÄÖ")) {
            return "must be written in lower case without leading or trailing spaces";
        }
        if (pattern.equals("\\S")) {
            return "is blank";
        }
        return "does not have the expected form";
    }

    private static String describeValue(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        if (node.isTextual()) {
            return "'" + node.asText() + "'";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a group of fields (" + streamNames(node) + ")";
        }
        if (node.isNull()) {
            return "empty";
        }
        return node.toString();
    }

    private static String streamNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().limit(5).collect(Collectors.joining(", "));
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
