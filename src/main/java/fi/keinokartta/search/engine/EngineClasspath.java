package fi.keinokartta.search.engine;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import fi.keinokartta.core.Sha256;

/**
 * The classpath of the embedded engine, resolved by Maven from {@code src/engine/pom.xml} into a file
 * that is cached per version of that pom (so a version bump never runs stale jars), and never part
 * of the service's own classpath.
 */
final class EngineClasspath {

    static final String ENGINE_POM = "src/engine/pom.xml";

    private EngineClasspath() {
    }

    static String resolve(Path projectDir, Path cacheDir) {
        Path pom = projectDir.resolve(ENGINE_POM);
        Path classpathFile = cacheDir.resolve("classpath-" + sha(pom) + ".txt");
        if (isComplete(classpathFile)) {
            return read(classpathFile);
        }
        try {
            Files.createDirectories(cacheDir);
            Path partial = Files.createTempFile(cacheDir, "classpath-", ".partial");
            Path log = cacheDir.resolve("resolve.log");
            Path mavenWrapper = projectDir.resolve(isWindows() ? "mvnw.cmd" : "mvnw");
            List<String> command = List.of(mavenWrapper.toString(), "-q", "-B", "-f", pom.toString(),
                    "dependency:build-classpath", "-Dmdep.outputFile=" + partial);
            Process maven = new ProcessBuilder(command).directory(projectDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!maven.waitFor(10, TimeUnit.MINUTES) || maven.exitValue() != 0) {
                maven.destroyForcibly();
                throw new EngineStartException("Maven could not resolve the search engine's libraries from " + ENGINE_POM
                        + " (see " + log + "); check the network access to Maven Central.");
            }
            Files.move(partial, classpathFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return read(classpathFile);
        } catch (IOException e) {
            throw new EngineStartException("The search engine's libraries could not be resolved: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineStartException("Interrupted while resolving the search engine's libraries.", e);
        }
    }

    /** The project checkout above the working directory, which holds the engine's pom and mvnw. */
    static Path findProjectDir() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(ENGINE_POM)) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new EngineStartException("The embedded search engine can only be started from a Keinokartta checkout ("
                + ENGINE_POM + " was not found above " + start + "); set "
                + EngineSettings.environmentName(EngineSettings.HOSTS) + " to use an existing cluster instead.");
    }

    private static boolean isComplete(Path classpathFile) {
        if (!Files.isRegularFile(classpathFile)) {
            return false;
        }
        String classpath = read(classpathFile);
        return !classpath.isBlank()
                && Arrays.stream(classpath.split(File.pathSeparator)).allMatch(jar -> Files.exists(Path.of(jar)));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new EngineStartException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String sha(Path pom) {
        try {
            return Sha256.hex(Files.readAllBytes(pom)).substring(0, 16);
        } catch (IOException e) {
            throw new EngineStartException("Could not read " + pom + ": " + e.getMessage(), e);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().contains("win");
    }
}
