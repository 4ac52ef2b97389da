package fi.keinokartta.publishing;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fi.keinokartta.config.KeinokarttaConfig;
import fi.keinokartta.config.KeinokarttaConfig.OnStart;
import fi.keinokartta.content.load.ContentLoader.LoadResult;
import fi.keinokartta.core.ReleaseRecord;
import fi.keinokartta.core.ReleaseStatus;
import fi.keinokartta.search.SearchUnavailableException;
import io.quarkus.scheduler.Scheduled;

/**
 * What the service does with its content folder once the cluster is reachable after start (see
 * keinokartta.content.on-start), and optionally whenever the folder changes. Runs in the background:
 * the service answers (not ready) while it waits for the cluster.
 */
@ApplicationScoped
public class StartupPublishing {

    private static final Logger LOG = Logger.getLogger(StartupPublishing.class);
    static final String SYSTEM_USER = "system";

    @Inject
    KeinokarttaConfig config;

    @Inject
    ContentSource content;

    @Inject
    ReleaseBuilder builder;

    @Inject
    Publisher publisher;

    @Inject
    ReleaseTracker tracker;

    @Inject
    ReleaseRegistry registry;

    @Inject
    org.eclipse.microprofile.context.ManagedExecutor executor;

    private volatile boolean done;
    private final java.util.concurrent.atomic.AtomicBoolean working = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile String lastSeenHash;

    /** Whether the start-up work (building or publishing the content folder as configured) is over. */
    public boolean settled() {
        return done;
    }

    /** Starts at once rather than at the first tick of the retry schedule below. */
    void onStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        executor.execute(this::untilDone);
    }

    @Scheduled(every = "3s", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void untilDone() {
        if (done || !working.compareAndSet(false, true)) {
            return;
        }
        try {
            registry.ensureExists();
            tracker.refresh();
            if (!tracker.clusterReachable()) {
                return;
            }
            OnStart policy = config.content().onStart();
            boolean nothingLive = tracker.live().isEmpty();
            if (policy != OnStart.NONE || nothingLive) {
                releaseContentFolder(policy == OnStart.PUBLISH || nothingLive);
            }
            done = true;
        } catch (SearchUnavailableException e) {
            LOG.debugf("Waiting for the search cluster: %s", e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not release the content folder %s; the live release (if any) keeps serving", content.folder());
            done = true;
        } finally {
            working.set(false);
        }
    }

    @Scheduled(every = "{keinokartta.content.poll-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!done) {
            return;
        }
        try {
            releaseContentFolder(config.content().onStart() == OnStart.PUBLISH);
        } catch (RuntimeException e) {
            LOG.warnf("Polling the content folder failed: %s", e.getMessage());
        }
    }

    /**
     * Reads the content folder and, when it differs from what was last seen, builds a candidate (and
     * publishes it if asked to). Invalid content is reported and never released.
     */
    public Optional<ReleaseRecord> releaseContentFolder(boolean publish) {
        LoadResult result = content.load();
        if (result.contentHash() != null && result.contentHash().equals(lastSeenHash)) {
            return Optional.empty();
        }
        if (!result.ok()) {
            // Reported once per version of the folder, not at every poll.
            lastSeenHash = result.contentHash();
            LOG.errorf("The content folder %s cannot be released:%n%s", content.folder(), result.report().format());
            return Optional.empty();
        }
        ReleaseRecord candidate = builder.build(result, SYSTEM_USER);
        lastSeenHash = result.contentHash();
        if (publish && candidate.status() != ReleaseStatus.LIVE) {
            return Optional.of(publisher.publish(candidate.releaseId(), SYSTEM_USER));
        }
        return Optional.of(candidate);
    }
}
