package fi.keinokartta.search;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import fi.keinokartta.core.Release;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Answers kept per release: a release never changes, so the same normalised request on the same release
 * has the same answer. The key always holds the release (its id and its index, since a release rebuilt
 * after its index was dropped keeps its id), so no answer is ever given for another release.
 * <p>
 * Two bounded caches, each bounded by an estimate of its answers' memory: one for the release live now
 * and one for every other release (candidates in preview; a request that began just before a switch).
 * Previewing therefore never pushes the public's answers out. When the live release changes, the old live
 * release's answers are dropped at once ({@link #liveChanged}); answers of other releases age out of their
 * small cache.
 */
public final class ReleaseScopedCache {

    /** A cached answer's key: the release (id and index) and the request, whose equals/hashCode must be by value. */
    record Key(String release, Object request) {
    }

    private record Entry(Object value, int weight) {
    }

    private final Cache<Key, Entry> live;
    private final Cache<Key, Entry> others;
    private volatile String liveRelease;

    /**
     * @param liveBytes   bound of the live release's answers (estimated bytes); 0 keeps nothing
     * @param otherBytes  bound of every other release's answers together
     * @param registry    where hits, misses, evictions and sizes are reported (tag {@code cache})
     * @param name        the name in the metrics
     */
    public ReleaseScopedCache(long liveBytes, long otherBytes, MeterRegistry registry, String name) {
        this.live = build(liveBytes);
        this.others = build(otherBytes);
        if (registry != null) {
            CaffeineCacheMetrics.monitor(registry, live, name + "-live");
            CaffeineCacheMetrics.monitor(registry, others, name + "-other");
        }
    }

    private static Cache<Key, Entry> build(long bytes) {
        return Caffeine.newBuilder()
                .maximumWeight(Math.max(0, bytes))
                .weigher((Key key, Entry entry) -> entry.weight())
                // Evictions run on the caller's thread: cheap here, and the bound holds when put returns.
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    /**
     * The answer to {@code request} on {@code release}: from the cache, or computed now and kept. A failure
     * of {@code compute} is thrown and nothing is kept. Two requests that miss at once both compute (the
     * engine call is not made while holding a lock).
     *
     * @param weigher an estimate of the answer's own memory in bytes (not counting what the release holds)
     */
    public <V> V get(Release release, Object request, Supplier<V> compute, ToIntFunction<V> weigher) {
        Optional<V> found = find(release, request);
        if (found.isPresent()) {
            return found.get();
        }
        V value = compute.get();
        put(release, request, value, weigher.applyAsInt(value));
        return value;
    }

    /** The answer kept for {@code request} on {@code release}, if there is one. */
    public <V> Optional<V> find(Release release, Object request) {
        Key key = new Key(releaseKey(release), Objects.requireNonNull(request));
        Entry found = live.getIfPresent(key);
        if (found == null) {
            found = others.getIfPresent(key);
        }
        @SuppressWarnings("unchecked")
        V value = found == null ? null : (V) found.value();
        return Optional.ofNullable(value);
    }

    /**
     * Keeps an answer made from {@code release}.
     *
     * @param weight an estimate of the answer's own memory in bytes (not counting what the release holds)
     */
    public void put(Release release, Object request, Object value, int weight) {
        Key key = new Key(releaseKey(release), Objects.requireNonNull(request));
        Entry entry = new Entry(value, Math.max(1, weight + 96));
        if (key.release().equals(liveRelease)) {
            live.put(key, entry);
            if (!key.release().equals(liveRelease)) {
                // The live release changed meanwhile: keep the live cache to the live release.
                live.invalidate(key);
            }
        } else {
            others.put(key, entry);
        }
    }

    /** The live release is now {@code release} (or none): the previous live release's answers go. */
    public void liveChanged(Optional<Release> release) {
        String now = release.map(ReleaseScopedCache::releaseKey).orElse(null);
        liveRelease = now;
        live.asMap().keySet().removeIf(key -> !key.release().equals(now));
    }

    /** Drops everything (tests, and an operator's last resort). */
    public void clear() {
        live.invalidateAll();
        others.invalidateAll();
    }

    /** The estimated memory of the live release's answers, and of the others', in bytes. */
    long[] weights() {
        return new long[] { live.policy().eviction().orElseThrow().weightedSize().orElse(0),
                others.policy().eviction().orElseThrow().weightedSize().orElse(0) };
    }

    /** How many answers are kept for the live release and for the others. */
    long[] sizes() {
        return new long[] { live.estimatedSize(), others.estimatedSize() };
    }

    private static String releaseKey(Release release) {
        return release.id() + "/" + release.indexName();
    }
}
