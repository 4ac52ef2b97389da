package fi.keinokartta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every page includes its layout with {@code page=page}. Without it, Qute looks up each of the layout's
 * names through every value resolver before it tries the page's data, on every render (docs/performance.md).
 */
class TemplateConventionsTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LAYOUT_INCLUDE = Pattern.compile("\\{#include (base|editor-base)\\b([^}]*)}");

    @Test
    void everyPageHandsItsContextToTheLayout() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        int includes = 0;
        for (Path template : templates) {
            Matcher include = LAYOUT_INCLUDE.matcher(Files.readString(template));
            while (include.find()) {
                includes++;
                assertThat(include.group(2).trim()).as(TEMPLATES.relativize(template) + ": " + include.group())
                        .isEqualTo("page=page");
            }
        }
        assertThat(includes).as("pages that include a layout").isGreaterThan(20);
    }
}
