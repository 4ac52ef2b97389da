package fi.keinokartta.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fi.keinokartta.core.LiveReleaseChanged;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.ReleaseRecord;
import fi.keinokartta.search.ItemDocument;
import fi.keinokartta.search.SearchCluster;
import fi.keinokartta.search.SearchUnavailableException;
import io.quarkus.scheduler.Scheduled;

/**
 * Follows which release is live in the cluster (the read alias) and keeps it, and any release opened
 * for preview, loaded in memory. Every instance runs one, so all instances serve the same release
 * within one follow interval of a publish or rollback, and none needs the others.
 */
@ApplicationScoped
public class ReleaseTracker {

    private static final Logger LOG = Logger.getLogger(ReleaseTracker.class);
    private static final int CACHED_RELEASES = 6;

    @Inject
    Clock clock;

    @Inject
    SearchCluster cluster;

    @Inject
    ReleaseRegistry registry;

    /** Told (synchronously, within refresh) whenever the live release changes: caches drop the old release's answers. */
    @Inject
    Event<LiveReleaseChanged> liveChanged;

    private final AtomicReference<Release> live = new AtomicReference<>();
    private final Map<String, Release> loaded = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Release> eldest) {
            return size() > CACHED_RELEASES;
        }
    };
    private volatile boolean clusterReachable;

    /** The release the public sees, if one is live and this instance could reach the cluster at least once. */
    public Optional<Release> live() {
        return Optional.ofNullable(live.get());
    }

    /** Whether the last look at the cluster succeeded. */
    public boolean clusterReachable() {
        return clusterReachable;
    }

    @Scheduled(every = "{keinokartta.publishing.follow-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void follow() {
        refresh();
    }

    /** Looks at the cluster now: which index is live, and loads its release when it changed. */
    public synchronized void refresh() {
        try {
            List<String> indices = cluster.indicesOfAlias(ItemDocument.READ_ALIAS);
            if (indices.isEmpty()) {
                if (live.getAndSet(null) != null) {
                    liveChanged.fire(new LiveReleaseChanged(Optional.empty()));
                }
            } else {
                String index = indices.get(0);
                Release current = live.get();
                if (current == null || !current.indexName().equals(index)) {
                    ReleaseRecord record = registry.findByIndex(index)
                            .orElseThrow(() -> new IllegalStateException("The live index " + index + " has no release record"));
                    Release release = load(record);
                    live.set(release);
                    LOG.infof("Now serving release %s (%s)", release.id(), index);
                    liveChanged.fire(new LiveReleaseChanged(Optional.of(release)));
                }
            }
            clusterReachable = true;
        } catch (SearchUnavailableException e) {
            if (clusterReachable) {
                LOG.warnf("The search cluster is unreachable: %s", e.getMessage());
            }
            clusterReachable = false;
        }
    }

    /** A release by id (for preview), as the registry records it now. */
    public Release load(String releaseId) {
        return load(registry.findSummary(releaseId)
                .orElseThrow(() -> new ReleaseException("There is no release " + releaseId + ".")));
    }

    /**
     * The release of a registry record, loaded once and then kept. A release rebuilt after its index was
     * dropped keeps its id but gets a new index, and publishing changes its history, so both are checked.
     */
    synchronized Release load(ReleaseRecord summary) {
        Release cached = loaded.get(summary.releaseId());
        if (cached != null && cached.indexName().equals(summary.indexName())
                && java.util.Objects.equals(cached.record().publishedAt(), summary.publishedAt())) {
            return cached;
        }
        ReleaseRecord record = registry.find(summary.releaseId())
                .orElseThrow(() -> new ReleaseException("There is no release " + summary.releaseId() + "."));
        Release release = new Release(record, record.catalogue(), lastChanged(record));
        loaded.put(record.releaseId(), release);
        return release;
    }

    /**
     * When each item last changed, from the history of published releases up to this one: the date
     * of the newest release that added or changed it.
     */
    private Map<String, LocalDate> lastChanged(ReleaseRecord release) {
        Map<String, LocalDate> dates = new HashMap<>();
        List<ReleaseRecord> history = registry.list(500).stream()
                .filter(r -> r.sequence() <= release.sequence())
                .filter(r -> r.publishedAt() != null || r.releaseId().equals(release.releaseId()))
                .filter(r -> r.changes() != null)
                .sorted(Comparator.comparingLong(ReleaseRecord::sequence))
                .toList();
        for (ReleaseRecord step : history) {
            Instant when = step.publishedAt() != null ? step.publishedAt() : step.createdAt();
            LocalDate day = LocalDate.ofInstant(when, clock.getZone());
            step.changes().added().forEach(id -> dates.put(id, day));
            step.changes().changed().forEach(change -> dates.put(change.id(), day));
        }
        return dates;
    }
}
