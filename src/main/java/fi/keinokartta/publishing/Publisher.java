package fi.keinokartta.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fi.keinokartta.config.KeinokarttaConfig;
import fi.keinokartta.core.ReleaseRecord;
import fi.keinokartta.core.ReleaseStatus;
import fi.keinokartta.search.ItemDocument;
import fi.keinokartta.search.SearchCluster;
import fi.keinokartta.search.SearchCluster.AliasAction;

/**
 * Makes a release live by one atomic alias switch (readers see the old or the new release, never a
 * mix), rolls back the same way, records both in the audit log and drops indices of releases beyond
 * the few kept for rollback.
 */
@ApplicationScoped
public class Publisher {

    private static final Logger LOG = Logger.getLogger(Publisher.class);

    @Inject
    SearchCluster cluster;

    @Inject
    ReleaseRegistry registry;

    @Inject
    BuildLock lock;

    @Inject
    ReleaseTracker tracker;

    @Inject
    KeinokarttaConfig config;

    @Inject
    Clock clock;

    public ReleaseRecord publish(String releaseId, String user) {
        return lock.call("publish " + releaseId, () -> switchTo(releaseId, user, "publish", true));
    }

    /** Makes the release that was live before the current one live again. */
    public ReleaseRecord rollback(String user) {
        return lock.call("rollback", () -> {
            ReleaseRecord live = currentLive()
                    .orElseThrow(() -> new ReleaseException("No release is live, so there is nothing to roll back."));
            String previous = live.previousReleaseId();
            Optional<ReleaseRecord> target = previous == null ? Optional.empty() : registry.findSummary(previous);
            if (target.isEmpty() || !cluster.indexExists(target.get().indexName())) {
                throw new ReleaseException("The release before " + live.releaseId()
                        + " is no longer kept, so there is nothing to roll back to; publish an earlier release from the list instead.");
            }
            // No wait for replicas here: rolling back must work at once, even while a lost node's copies are
            // being placed again; the index answers as soon as its primary is active.
            return switchTo(target.get().releaseId(), user, "rollback", false);
        });
    }

    private ReleaseRecord switchTo(String releaseId, String user, String action, boolean allCopies) {
        long started = System.nanoTime();
        ReleaseRecord release = registry.findSummary(releaseId)
                .orElseThrow(() -> new ReleaseException("There is no release " + releaseId + "."));
        if (release.status() == ReleaseStatus.FAILED) {
            throw new ReleaseException("The release " + releaseId + " failed to build and cannot be published: " + release.failure());
        }
        if (release.status() == ReleaseStatus.RETIRED || !cluster.indexExists(release.indexName())) {
            throw new ReleaseException("The index of release " + releaseId + " is no longer kept; build it again from its content.");
        }
        long indexed = cluster.count(release.indexName());
        if (indexed != release.counts().items()) {
            throw new ReleaseException("The index of release " + releaseId + " holds " + indexed + " items instead of "
                    + release.counts().items() + "; it is not published.");
        }
        Optional<ReleaseRecord> live = currentLive();
        if (live.isPresent() && live.get().releaseId().equals(releaseId)) {
            return release;
        }
        if (allCopies && !cluster.awaitAllCopies(release.indexName(), config.publishing().replicaWait())) {
            throw new ReleaseException("The index of release " + releaseId + " does not have all its copies (replicas) in place "
                    + "in the search cluster after " + config.publishing().replicaWait().toSeconds()
                    + " s, so losing one node could take the catalogue with it; it is not published. "
                    + "Check the cluster's health and publish again.");
        }
        cluster.updateAliases(List.of(
                AliasAction.removeFromAll(ItemDocument.INDEX_PATTERN, ItemDocument.READ_ALIAS),
                AliasAction.add(release.indexName(), ItemDocument.READ_ALIAS, false)));
        Instant now = Instant.now(clock);
        registry.markLive(releaseId, now, user, live.map(ReleaseRecord::releaseId).orElse(null));
        live.ifPresent(old -> registry.updateStatus(old.releaseId(), ReleaseStatus.PREVIOUS));
        registry.audit(action, user, releaseId, live.map(ReleaseRecord::releaseId).orElse(null), null);
        LOG.infof("%s: release %s is live (was %s), by %s, in %d ms", action, releaseId,
                live.map(ReleaseRecord::releaseId).orElse("none"), user, (System.nanoTime() - started) / 1_000_000);
        retireOldReleases(releaseId, live.map(ReleaseRecord::releaseId).orElse(null));
        tracker.refresh();
        return registry.findSummary(releaseId).orElseThrow();
    }

    private Optional<ReleaseRecord> currentLive() {
        return cluster.indicesOfAlias(ItemDocument.READ_ALIAS).stream().findFirst().flatMap(registry::findByIndex);
    }

    /** Keeps the indices of the newest releases, the live one and the one a rollback returns to; drops the rest. */
    private void retireOldReleases(String liveId, String rollbackTarget) {
        int keep = Math.max(2, config.publishing().keepReleases());
        List<ReleaseRecord> kept = registry.list(200).stream()
                .filter(r -> r.status() == ReleaseStatus.CANDIDATE || r.status() == ReleaseStatus.PREVIOUS
                        || r.status() == ReleaseStatus.LIVE)
                .toList();
        int position = 0;
        for (ReleaseRecord release : kept) {
            position++;
            if (position <= keep || release.releaseId().equals(liveId) || release.releaseId().equals(rollbackTarget)) {
                continue;
            }
            try {
                cluster.deleteIndex(release.indexName());
                registry.updateStatus(release.releaseId(), ReleaseStatus.RETIRED);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not drop the index of old release %s", release.releaseId());
            }
        }
    }
}
