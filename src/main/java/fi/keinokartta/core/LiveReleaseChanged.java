package fi.keinokartta.core;

import java.util.Optional;

/**
 * A CDI event: this instance now serves another release to the public (after a publish or a rollback,
 * noticed within one follow interval), or none. Caches of answers drop what belonged to the old one.
 */
public record LiveReleaseChanged(Optional<Release> live) {

    /** The id of the release now live, if any. */
    public Optional<String> releaseId() {
        return live.map(Release::id);
    }
}
