package fi.keinokartta.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import fi.keinokartta.core.Release;
import fi.keinokartta.publishing.ReleaseTracker;
import fi.keinokartta.search.SearchCluster;

/** Ready only when a release is live and its index answers with documents: what a load balancer needs to know. */
@Readiness
@ApplicationScoped
public class LiveReleaseReadiness implements HealthCheck {

    @Inject
    ReleaseTracker tracker;

    @Inject
    SearchCluster cluster;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("live-release");
        Release release = tracker.live().orElse(null);
        if (release == null) {
            return response.down().withData("reason", tracker.clusterReachable()
                    ? "no release is live yet" : "the search cluster is unreachable").build();
        }
        try {
            long documents = cluster.count(release.indexName());
            response.withData("release", release.id()).withData("index", release.indexName()).withData("documents", documents);
            return (documents > 0 ? response.up() : response.down().withData("reason", "the live index is empty")).build();
        } catch (RuntimeException e) {
            return response.down().withData("release", release.id())
                    .withData("reason", "the search cluster is unreachable: " + e.getMessage()).build();
        }
    }
}
