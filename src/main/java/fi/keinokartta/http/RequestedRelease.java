package fi.keinokartta.http;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import fi.keinokartta.core.Release;

/** The release a request asked to see instead of the live one: a candidate in preview. */
@RequestScoped
public class RequestedRelease {

    private Release release;
    private String prefix;
    private Release served;

    void preview(Release release, String prefix) {
        this.release = release;
        this.prefix = prefix;
    }

    public Optional<Release> release() {
        return Optional.ofNullable(release);
    }

    /** The release this request was answered from, once {@link ServedRelease} chose it (for its ETag). */
    public Optional<Release> served() {
        return Optional.ofNullable(served);
    }

    void served(Release release) {
        this.served = release;
    }

    /** The address prefix of the preview, e.g. {@code /preview/3fa9c1d2e4b5}. */
    public Optional<String> prefix() {
        return Optional.ofNullable(prefix);
    }
}
