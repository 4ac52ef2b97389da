package fi.keinokartta.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;

/** Waits until the service reports a live release (the first one is built in the background at start). */
public final class LiveRelease {

    private LiveRelease() {
    }

    public static void await() {
        await(Duration.ofSeconds(90));
    }

    public static void await(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (given().get("/q/health/ready").statusCode() == 200) {
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
