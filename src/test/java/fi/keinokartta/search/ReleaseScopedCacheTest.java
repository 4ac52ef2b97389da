package fi.keinokartta.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import fi.keinokartta.core.Catalogue;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.ReleaseRecord;
import fi.keinokartta.core.ReleaseStatus;
import fi.keinokartta.testing.CorpusRelease;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The release-scoped answer cache: keyed by release, bounded by weight, emptied of the old release on a switch. */
class ReleaseScopedCacheTest {

    private static final Catalogue CATALOGUE = CorpusRelease.catalogue();
    private static final Release R1 = release("000000000001", "keinokartta-items-000001");
    private static final Release R2 = release("000000000002", "keinokartta-items-000002");
    /** The same release id rebuilt into a new index (its old index was dropped). */
    private static final Release R1_REBUILT = release("000000000001", "keinokartta-items-000003");
    private static final Release PREVIEW = release("000000000009", "keinokartta-items-000009");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicInteger computed = new AtomicInteger();

    private String answer(ReleaseScopedCache cache, Release release, String request, int weight) {
        return cache.get(release, request, () -> {
            computed.incrementAndGet();
            return release.id() + "/" + release.indexName() + ":" + request;
        }, value -> weight);
    }

    @Test
    void theSameRequestOnTheSameReleaseIsComputedOnce() {
        ReleaseScopedCache cache = withR1Live(1_000_000, 100_000);
        assertThat(answer(cache, R1, "q=tyokokeilu", 100)).isEqualTo(R1.id() + "/" + R1.indexName() + ":q=tyokokeilu");
        assertThat(answer(cache, R1, "q=tyokokeilu", 100)).isEqualTo(R1.id() + "/" + R1.indexName() + ":q=tyokokeilu");
        assertThat(computed).hasValue(1);
        assertThat(registry.get("cache.gets").tag("cache", "test-live").tag("result", "hit").functionCounter().count()).isEqualTo(1);
    }

    @Test
    void anotherReleaseNeverGetsTheAnswerOfThisOne() {
        ReleaseScopedCache cache = withR1Live(1_000_000, 100_000);
        answer(cache, R1, "q", 100);
        assertThat(answer(cache, R2, "q", 100)).startsWith(R2.id());
        assertThat(answer(cache, R1_REBUILT, "q", 100)).as("a rebuilt release has a new index").endsWith("000003:q");
        assertThat(computed).hasValue(3);
    }

    @Test
    void aSwitchDropsTheOldLiveReleasesAnswers() {
        ReleaseScopedCache cache = withR1Live(1_000_000, 100_000);
        answer(cache, R1, "a", 100);
        answer(cache, R1, "b", 100);
        assertThat(cache.sizes()[0]).isEqualTo(2);

        cache.liveChanged(Optional.of(R2));
        assertThat(cache.sizes()[0]).as("the old live release's answers are gone").isZero();
        answer(cache, R2, "a", 100);
        assertThat(cache.sizes()[0]).isEqualTo(1);

        // Rollback: back to R1, whose answers are computed afresh; R2's go.
        cache.liveChanged(Optional.of(R1));
        assertThat(cache.sizes()[0]).isZero();
        computed.set(0);
        answer(cache, R1, "a", 100);
        assertThat(computed).hasValue(1);

        cache.liveChanged(Optional.empty());
        assertThat(cache.sizes()[0]).isZero();
    }

    @Test
    void memoryIsBoundedByWeight() {
        ReleaseScopedCache cache = withR1Live(50_000, 5_000);
        for (int i = 0; i < 2_000; i++) {
            answer(cache, R1, "q" + i, 1_000);
            answer(cache, PREVIEW, "q" + i, 1_000);
        }
        long[] weights = cache.weights();
        assertThat(weights[0]).as("live answers' weight").isLessThanOrEqualTo(50_000).isGreaterThan(25_000);
        assertThat(weights[1]).as("other releases' weight").isLessThanOrEqualTo(5_000);
        assertThat(registry.get("cache.evictions").tag("cache", "test-live").functionCounter().count()).isGreaterThan(1_000);
    }

    @Test
    void previewsNeverPushTheLiveReleasesAnswersOut() {
        ReleaseScopedCache cache = withR1Live(100_000, 10_000);
        for (int i = 0; i < 50; i++) {
            answer(cache, R1, "hot" + i, 1_000);
        }
        for (int i = 0; i < 5_000; i++) {
            answer(cache, PREVIEW, "preview" + i, 1_000);
        }
        computed.set(0);
        for (int i = 0; i < 50; i++) {
            answer(cache, R1, "hot" + i, 1_000);
        }
        assertThat(computed).as("every hot live answer still cached").hasValue(0);
    }

    @Test
    void aFailureIsNotKept() {
        ReleaseScopedCache cache = withR1Live(100_000, 10_000);
        assertThatThrownBy(() -> cache.get(R1, "q", () -> {
            throw new SearchUnavailableException("down", null);
        }, v -> 1)).isInstanceOf(SearchUnavailableException.class);
        assertThat(answer(cache, R1, "q", 10)).isNotNull();
        assertThat(computed).hasValue(1);
    }

    @Test
    void sizeZeroKeepsNothing() {
        ReleaseScopedCache cache = withR1Live(0, 0);
        answer(cache, R1, "q", 10);
        answer(cache, R1, "q", 10);
        assertThat(computed).hasValue(2);
    }

    /** A cache of these sizes (live release, all others) while R1 is live. */
    private ReleaseScopedCache withR1Live(long liveSize, long otherSize) {
        ReleaseScopedCache cache = new ReleaseScopedCache(liveSize, otherSize, registry, "test");
        cache.liveChanged(Optional.of(R1));
        return cache;
    }

    private static Release release(String id, String index) {
        ReleaseRecord record = new ReleaseRecord(ReleaseRecord.KIND, id, Long.parseLong(id), index, "hash", "schema",
                ReleaseStatus.LIVE, CorpusRelease.TODAY.instant(), "test", CorpusRelease.TODAY.instant(), "test", null, null,
                null, null, CATALOGUE);
        return new Release(record, CATALOGUE, Map.of());
    }
}
