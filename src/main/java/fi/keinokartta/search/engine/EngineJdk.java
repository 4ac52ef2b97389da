package fi.keinokartta.search.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a Java runtime of version 21 or newer for the embedded engine (OpenSearch 3 needs it, while
 * the service itself runs on 17): an explicit setting first, then the running JVM, JAVA_HOME, and the
 * usual install locations.
 */
final class EngineJdk {

    static final int MINIMUM_VERSION = 21;
    private static final Pattern RELEASE_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)(?:[.\"+-]|$)", Pattern.MULTILINE);

    private EngineJdk() {
    }

    record Jdk(Path home, int version) {
        Path javaExecutable() {
            return home.resolve("bin").resolve("java");
        }
    }

    static Jdk find(Optional<Path> explicitHome) {
        if (explicitHome.isPresent()) {
            Path home = explicitHome.get();
            Optional<Integer> version = versionOf(home);
            if (version.isEmpty()) {
                throw new EngineStartException("The Java set in " + EngineSettings.JAVA_HOME + " (" + home
                        + ") is not a Java installation (no bin/java and release file there).");
            }
            if (version.get() < MINIMUM_VERSION) {
                throw new EngineStartException("The Java set in " + EngineSettings.JAVA_HOME + " (" + home + ") is version "
                        + version.get() + ", but the embedded search engine needs " + MINIMUM_VERSION + " or newer.");
            }
            return new Jdk(home, version.get());
        }
        Set<Path> looked = new LinkedHashSet<>();
        for (Path candidate : candidates()) {
            Path home = candidate.toAbsolutePath().normalize();
            if (!looked.add(home)) {
                continue;
            }
            Optional<Integer> version = versionOf(home);
            if (version.isPresent() && version.get() >= MINIMUM_VERSION) {
                return new Jdk(home, version.get());
            }
        }
        throw new EngineStartException("The embedded search engine needs Java " + MINIMUM_VERSION
                + " or newer and none was found (looked at: " + String.join(", ", looked.stream().map(Path::toString).toList())
                + "). Install one (for example Temurin 21+), or set " + EngineSettings.environmentName(EngineSettings.JAVA_HOME)
                + " to its folder, or set " + EngineSettings.environmentName(EngineSettings.HOSTS)
                + " to use an existing OpenSearch or Elasticsearch cluster.");
    }

    /** In order of preference; install folders are sorted newest version first. */
    private static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(System.getProperty("java.home")));
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            candidates.add(Path.of(javaHome));
        }
        String userHome = System.getProperty("user.home");
        List<Path> installs = new ArrayList<>();
        for (Path folder : List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java"), Path.of("/opt"),
                Path.of("/Library/Java/JavaVirtualMachines"), Path.of(userHome, ".sdkman", "candidates", "java"),
                Path.of(userHome, ".jdks"))) {
            installs.addAll(children(folder));
        }
        installs.sort(Comparator.comparing((Path p) -> versionOf(p).orElse(0)).reversed());
        candidates.addAll(installs);
        return candidates;
    }

    private static List<Path> children(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> Files.isDirectory(p.resolve("Contents/Home")) ? p.resolve("Contents/Home") : p).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static Optional<Integer> versionOf(Path home) {
        if (!Files.isExecutable(home.resolve("bin").resolve("java"))) {
            return Optional.empty();
        }
        try {
            Matcher matcher = RELEASE_VERSION.matcher(Files.readString(home.resolve("release")));
            if (matcher.find()) {
                int major = Integer.parseInt(matcher.group(1));
                return Optional.of(major == 1 ? 8 : major);
            }
        } catch (IOException | RuntimeException e) {
            // No release file: not a JDK layout we can rely on.
        }
        return Optional.empty();
    }
}
