package fi.keinokartta.search.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a Java 21+ for the engine, and saying exactly what is wrong when the setting points elsewhere. */
class EngineJdkTest {

    @Test
    void findsAJdkOfVersion21OrNewerOnItsOwn() {
        EngineJdk.Jdk jdk = EngineJdk.find(Optional.empty());
        assertThat(jdk.version()).isGreaterThanOrEqualTo(21);
        assertThat(Files.isExecutable(jdk.javaExecutable())).isTrue();
    }

    @Test
    void anExplicitSettingThatIsNoJavaIsNamed(@TempDir Path notJava) {
        assertThatThrownBy(() -> EngineJdk.find(Optional.of(notJava)))
                .isInstanceOf(EngineStartException.class)
                .hasMessage("The Java set in keinokartta.search.engine.java-home (" + notJava
                        + ") is not a Java installation (no bin/java and release file there).");
    }

    @Test
    void anExplicitSettingThatIsTooOldIsNamed(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
        assertThatThrownBy(() -> EngineJdk.find(Optional.of(home)))
                .isInstanceOf(EngineStartException.class)
                .hasMessage("The Java set in keinokartta.search.engine.java-home (" + home
                        + ") is version 17, but the embedded search engine needs 21 or newer.");
    }

    @Test
    void anExternalClusterMeansNothingIsStarted() {
        EngineSettings external = new EngineSettings(Optional.of("search.example:9200"), Optional.empty(), Optional.empty(),
                "256m", true, false, EngineTuning.QUICK_START);
        assertThat(EmbeddedSearchEngine.ensureRunning(external)).isEqualTo("search.example:9200");
    }
}
