package fi.keinokartta.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A private copy of the test corpus that a test may break, file by file. */
public final class CorpusFolder {

    public static final Path CORPUS = Path.of("src/test/resources/corpus");

    private final Path root;

    public CorpusFolder(Path root) {
        this.root = root;
    }

    /** A fresh copy of the corpus in {@code parent/content}, replacing what was there. */
    public static CorpusFolder copyTo(Path parent) {
        Path root = parent.resolve("content");
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return copy(parent);
    }

    public static CorpusFolder copy(Path parent) {
        Path root = parent.resolve("content");
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path source : files.toList()) {
                Path target = root.resolve(CORPUS.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CorpusFolder(root);
    }

    public Path root() {
        return root;
    }

    public String read(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CorpusFolder write(String file, String text) {
        try {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces the first occurrence of a text in a file; fails when it is not there, so a fixture cannot silently go stale. */
    public CorpusFolder replace(String file, String from, String to) {
        String text = read(file);
        if (!text.contains(from)) {
            throw new AssertionError(file + " does not contain: " + from);
        }
        return write(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    public CorpusFolder delete(String file) {
        try {
            Files.delete(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
