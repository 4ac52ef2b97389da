package fi.keinokartta.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;

import fi.keinokartta.publishing.StartupPublishing;
import io.quarkus.arc.Arc;

/**
 * Waits until the service has released its content folder (built in the background at start) and
 * reports a live release: right after a restart, the release of an earlier run may still be live.
 */
public final class LiveRelease {

    private LiveRelease() {
    }

    public static void await() {
        await(Duration.ofSeconds(90));
    }

    public static void await(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Arc.container().instance(StartupPublishing.class).get().settled()
                    && given().get("/q/health/ready").statusCode() == 200) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No release became live within " + timeout.toSeconds() + " s");
    }
}
