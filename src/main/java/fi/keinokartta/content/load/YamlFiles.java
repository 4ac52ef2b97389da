package fi.keinokartta.content.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;

/**
 * Reads YAML content files into trees whose nodes remember their line, so that every later check can
 * tell the editor where the problem is.
 */
final class YamlFiles {

    private final ObjectMapper yaml;

    YamlFiles() {
        YAMLFactory factory = YAMLFactory.builder().build();
        // A key written twice would otherwise silently keep only the last value.
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.yaml = new ObjectMapper(factory);
    }

    /** The parsed tree, or a problem saying why the file could not be read. */
    Parsed read(Path file, String relativeName) {
        try (InputStream in = Files.newInputStream(file)) {
            List<String> lines = Files.readAllLines(file);
            JsonNode root = JsonNodes.readTree(yaml, in, LocationJsonNodeFactoryFactory.getInstance());
            if (root == null || root.isMissingNode() || root.isNull()) {
                return Parsed.failed(new ContentProblem(Severity.ERROR, relativeName, 1, "The file is empty."));
            }
            if (!root.isObject()) {
                return Parsed.failed(new ContentProblem(Severity.ERROR, relativeName, lineOf(root).orElse(1),
                        "The file must contain fields (key: value), not a single value or a list."));
            }
            return new Parsed(root, lines, null);
        } catch (RuntimeException | IOException e) {
            Throwable cause = e instanceof RuntimeException && e.getCause() != null ? e.getCause() : e;
            Integer line = null;
            String message = cause.getMessage();
            if (cause instanceof JsonProcessingException jpe) {
                JsonLocation location = jpe.getLocation();
                line = location == null || location.getLineNr() < 1 ? null : location.getLineNr();
                message = jpe.getOriginalMessage();
            }
            return Parsed.failed(new ContentProblem(Severity.ERROR, relativeName, line,
                    "The file is not valid YAML: " + firstLine(message)));
        }
    }

    static Optional<Integer> lineOf(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return Optional.empty();
        }
        JsonLocation location = JsonNodes.tokenStreamLocationOf(node);
        return location == null || location.getLineNr() < 1 ? Optional.empty() : Optional.of(location.getLineNr());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable content";
        }
        String line = message.strip().lines().findFirst().orElse(message);
        return line.endsWith(".") ? line : line + ".";
    }

    /** The line of {@code key:} at or after a line, for problems about a key rather than its value. */
    static Optional<Integer> keyLine(List<String> lines, int fromLine, String key) {
        java.util.regex.Pattern keyPattern = java.util.regex.Pattern.compile("^\\s*(- )?\\Q" + key + "\\E\\s*:");
        for (int i = Math.max(0, fromLine - 1); i < lines.size(); i++) {
            if (keyPattern.matcher(lines.get(i)).find()) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    record Parsed(JsonNode root, List<String> lines, ContentProblem problem) {
        static Parsed failed(ContentProblem problem) {
            return new Parsed(null, List.of(), problem);
        }

        boolean ok() {
            return root != null;
        }
    }
}
