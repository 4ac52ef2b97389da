package fi.keinokartta.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.keinokartta.core.Language;

/** The message files of the three languages list the same keys on the same lines, and exactly the bundle's keys. */
class MessageFilesTest {

    private static List<String> lines(Language language) throws IOException {
        return lines("msg", language);
    }

    private static List<String> lines(String bundle, Language language) throws IOException {
        try (InputStream in = MessageFilesTest.class.getResourceAsStream("/messages/" + bundle + "_" + language.code() + ".properties")) {
            assertThat(in).as(language.code()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** The key of each line (blank lines and comments as themselves), so files compare line by line. */
    private static List<String> shape(Language language) throws IOException {
        return lines(language).stream().map(l -> l.isBlank() || l.startsWith("#") ? l : l.substring(0, l.indexOf('='))).toList();
    }

    @Test
    void everyLanguageHasTheSameKeysOnTheSameLines() throws IOException {
        List<String> finnish = shape(Language.FI);
        for (Language language : Language.values()) {
            assertThat(shape(language)).as(language.code()).containsExactlyElementsOf(finnish);
        }
    }

    @Test
    void theFilesHoldExactlyTheBundlesKeys() throws IOException {
        List<String> methods = Arrays.stream(Messages.class.getDeclaredMethods()).map(Method::getName).sorted().toList();
        List<String> keys = shape(Language.FI).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
        assertThat(keys).containsExactlyElementsOf(methods);
    }

    /** The screener's own bundle follows the same rules. */
    @Test
    void theScreenerBundleHasTheSameKeysOnTheSameLinesInEveryLanguage() throws IOException {
        List<String> finnish = shape("screener", Language.FI);
        for (Language language : Language.values()) {
            assertThat(shape("screener", language)).as(language.code()).containsExactlyElementsOf(finnish);
            assertThat(lines("screener", language)).as(language.code()).noneMatch(l -> l.endsWith("=") && !l.startsWith("#"));
        }
        List<String> methods = Arrays.stream(ScreenerMessages.class.getDeclaredMethods()).map(Method::getName).sorted().toList();
        assertThat(finnish.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList()).containsExactlyElementsOf(methods);
    }

    private static List<String> shape(String bundle, Language language) throws IOException {
        return lines(bundle, language).stream().map(l -> l.isBlank() || l.startsWith("#") ? l : l.substring(0, l.indexOf('='))).toList();
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (Language language : Language.values()) {
            assertThat(lines(language)).as(language.code()).noneMatch(l -> l.endsWith("=") && !l.startsWith("#"));
        }
    }
}
