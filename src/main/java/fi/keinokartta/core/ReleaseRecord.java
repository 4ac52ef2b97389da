package fi.keinokartta.core;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A release as recorded in the cluster's release registry: what was built from which content, by
 * whom, when it went live, what changed, and (unless left out for listing) the whole catalogue, so
 * every instance can serve exactly the same data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReleaseRecord(String kind, String releaseId, long sequence, String indexName, String contentHash,
        String schemaFingerprint, ReleaseStatus status, Instant createdAt, String createdBy, Instant publishedAt,
        String publishedBy, String previousReleaseId, Counts counts, ReleaseChanges changes, String failure,
        Catalogue catalogue) {

    public static final String KIND = "release";

    /** Sizes of the release, for lists and history. */
    public record Counts(int items, int rules, int situations, int warnings) {
    }

    public ReleaseRecord failed(String reason) {
        return new ReleaseRecord(kind, releaseId, sequence, indexName, contentHash, schemaFingerprint, ReleaseStatus.FAILED,
                createdAt, createdBy, publishedAt, publishedBy, previousReleaseId, counts, changes, reason, catalogue);
    }

    public ReleaseRecord withoutCatalogue() {
        return new ReleaseRecord(kind, releaseId, sequence, indexName, contentHash, schemaFingerprint, status, createdAt,
                createdBy, publishedAt, publishedBy, previousReleaseId, counts, changes, failure, null);
    }
}
