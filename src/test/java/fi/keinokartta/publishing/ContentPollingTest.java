package fi.keinokartta.publishing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fi.keinokartta.core.ReleaseRecord;
import fi.keinokartta.core.ReleaseStatus;
import fi.keinokartta.testing.CorpusFolder;
import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With polling on and the production policy (candidates, not automatic publishing), a changed
 * content folder becomes a candidate for the editors within seconds, and the public site stays as it is.
 */
@QuarkusTest
@TestProfile(ContentPollingTest.Polling.class)
class ContentPollingTest {

    static final Path FOLDER = Path.of("target/polling-content");

    public static class Polling implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            CorpusFolder.copyTo(FOLDER);
            return Map.of("keinokartta.content.dir", FOLDER.resolve("content").toString(),
                    "keinokartta.content.on-start", "candidate",
                    "keinokartta.content.poll-interval", "1s");
        }
    }

    @Inject
    ReleaseRegistry registry;

    @Inject
    ReleaseTracker tracker;

    @Test
    void aChangedFolderBecomesACandidateWhileThePublicSiteStays() throws InterruptedException {
        LiveRelease.await();
        String live = tracker.live().orElseThrow().id();
        new CorpusFolder(FOLDER.resolve("content")).replace("items/starttiraha.yaml", "title: Starttiraha",
                "title: Starttiraha yrittäjälle");

        long deadline = System.currentTimeMillis() + 30_000;
        ReleaseRecord candidate = null;
        while (candidate == null && System.currentTimeMillis() < deadline) {
            candidate = registry.list(20).stream()
                    .filter(r -> r.status() == ReleaseStatus.CANDIDATE && r.changes() != null
                            && r.changes().changed().stream().anyMatch(c -> c.id().equals("starttiraha")))
                    .findFirst().orElse(null);
            Thread.sleep(300);
        }
        assertThat(candidate).as("a candidate was built from the changed folder").isNotNull();
        assertThat(candidate.createdBy()).isEqualTo("system");
        assertThat(tracker.live().orElseThrow().id()).isEqualTo(live);
        given().get("/api/v1/measures/starttiraha").then().body("title", equalTo("Starttiraha"));
        CorpusFolder.copyTo(FOLDER);
    }
}
