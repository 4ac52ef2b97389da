package fi.keinokartta.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A service killed with SIGKILL (no shutdown hook runs) must not leave its embedded engine behind:
 * the engine notices that the service's end of the pipe closed and stops.
 */
class EngineOrphanTest {

    /** Runs in a child JVM: starts an engine, prints its address, then waits to be killed. */
    public static final class ServiceStandIn {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("ENGINE " + EmbeddedSearchEngine.ensureRunning(EngineSettings.fromEnvironment(true)));
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    @Test
    void theEngineStopsWhenItsServiceIsKilled() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process service = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                ServiceStandIn.class.getName())).redirectErrorStream(true).start();
        String hosts = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("ENGINE ")) {
                    hosts = line.substring("ENGINE ".length());
                    break;
                }
            }
            assertThat(hosts).as("the stand-in service started an engine").isNotNull();
            assertThat(answers(hosts)).isTrue();
            List<ProcessHandle> engine = service.descendants().toList();
            assertThat(engine).isNotEmpty();

            service.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs

            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && engine.stream().anyMatch(ProcessHandle::isAlive)) {
                Thread.sleep(200);
            }
            assertThat(engine).noneMatch(ProcessHandle::isAlive);
            assertThat(answers(hosts)).isFalse();
        } finally {
            service.destroyForcibly();
        }
    }

    private static boolean answers(String hosts) {
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(hosts.split(":")[0], Integer.parseInt(hosts.split(":")[1])), 1000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
