package fi.keinokartta.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fi.keinokartta.search.SearchCluster;
import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The cluster-wide build lock: when its holder died (the lock expired), two instances that try to take it
 * over at the same moment never both get it, and an owner whose lock was taken over cannot release the new
 * owner's lock.
 */
@QuarkusTest
class BuildLockRaceTest {

    @Inject
    ReleaseRegistry registry;

    @Inject
    SearchCluster cluster;

    @Inject
    ObjectMapper json;

    @Test
    void twoContendersForAnExpiredLockNeverBothWin() throws Exception {
        LiveRelease.await();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 25; round++) {
                expiredLockOf("a dead instance");
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Boolean>> contenders = new ArrayList<>();
                for (String owner : List.of("first " + round, "second " + round)) {
                    contenders.add(pool.submit(() -> {
                        start.await();
                        return registry.tryLock(owner, Duration.ofMinutes(5));
                    }));
                }
                int winners = 0;
                for (Future<Boolean> contender : contenders) {
                    winners += contender.get() ? 1 : 0;
                }
                assertThat(winners).as("round %d", round).isEqualTo(1);
                String holder = cluster.getDocumentSource(ReleaseRegistry.INDEX, "build-lock").orElseThrow()
                        .path("owner").asText();
                assertThat(holder).endsWith(" " + round);
                registry.unlock(holder);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anOwnerWhoseLockWasTakenOverCannotReleaseTheNewOne() {
        LiveRelease.await();
        expiredLockOf("slow instance");
        assertThat(registry.tryLock("new owner", Duration.ofMinutes(5))).isTrue();
        registry.unlock("slow instance");
        assertThat(registry.tryLock("third", Duration.ofMinutes(5))).isFalse();
        registry.unlock("new owner");
        assertThat(registry.tryLock("third", Duration.ofMinutes(5))).isTrue();
        registry.unlock("third");
    }

    private void expiredLockOf(String owner) {
        cluster.putDocument(ReleaseRegistry.INDEX, "build-lock", json.createObjectNode().put("kind", "lock").put("owner", owner)
                .put("expiresAt", Instant.now().minusSeconds(60).toString()), true);
    }
}
