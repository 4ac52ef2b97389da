package fi.keinokartta.core;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a release is in its life: built, live, kept for rollback, dropped, or failed to build. */
public enum ReleaseStatus {
    /** Built and indexed, browsable in preview, not live. */
    CANDIDATE("candidate"),
    /** Served to the public. */
    LIVE("live"),
    /** Was live; its index is kept so that rolling back to it takes seconds. */
    PREVIOUS("previous"),
    /** Its index was dropped to save space; only its history remains. */
    RETIRED("retired"),
    /** The build failed; nothing of it was ever served. */
    FAILED("failed");

    private final String id;

    ReleaseStatus(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
