package fi.keinokartta.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fi.keinokartta.core.Release;
import fi.keinokartta.publishing.ReleaseTracker;

/** The live release for a request (the same one however often it is asked), or a 503 problem that says why there is none. */
@ApplicationScoped
public class ServedRelease {

    @Inject
    ReleaseTracker tracker;

    @Inject
    RequestedRelease requested;

    /** The release this request is served from: the live one, or a candidate under /preview/. */
    public Release live() {
        if (requested.release().isPresent()) {
            return requested.release().get();
        }
        if (requested.served().isPresent()) {
            // Asked twice in one request (a page and its parts): the same release both times.
            return requested.served().get();
        }
        Release live = tracker.live().orElseThrow(() -> ApiProblem.unavailable(tracker.clusterReachable()
                ? "No release is live yet: the first release of the catalogue is still being built. Try again in a moment."
                : "The search engine is not reachable right now, so no release can be served. Try again in a moment."));
        requested.served(live);
        return live;
    }
}
