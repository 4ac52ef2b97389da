package fi.keinokartta.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.keinokartta.core.ReleaseRecord;
import fi.keinokartta.core.ReleaseStatus;
import fi.keinokartta.search.SearchCluster;

/**
 * The release registry: an index in the search cluster that records every release (with its
 * catalogue), the audit log of publishing, and the build lock. Keeping it in the cluster rather than
 * in one instance's memory is what lets several instances serve the same release.
 */
@ApplicationScoped
public class ReleaseRegistry {

    public static final String INDEX = "keinokartta-releases";
    private static final String LOCK_ID = "build-lock";
    static final String CATALOGUE_FIELD = "catalogue";

    @Inject
    SearchCluster cluster;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Creates the registry index on first use; safe to call from several instances at once. */
    public void ensureExists() {
        if (cluster.indexExists(INDEX)) {
            return;
        }
        ObjectNode body = json.createObjectNode();
        body.putObject("settings").put("number_of_shards", 1).put("auto_expand_replicas", "0-1");
        ObjectNode mappings = body.putObject("mappings");
        // Only the fields we look things up by are indexed; the catalogue and the changes are just kept.
        mappings.put("dynamic", false);
        ObjectNode properties = mappings.putObject("properties");
        for (String keyword : List.of("kind", "releaseId", "indexName", "contentHash", "status", "createdBy",
                "publishedBy", "user", "action", "owner")) {
            properties.putObject(keyword).put("type", "keyword");
        }
        properties.putObject("sequence").put("type", "long");
        for (String date : List.of("createdAt", "publishedAt", "time", "expiresAt")) {
            properties.putObject(date).put("type", "date");
        }
        try {
            cluster.createIndex(INDEX, body);
        } catch (RuntimeException e) {
            if (!cluster.indexExists(INDEX)) {
                throw e; // not a race with another instance creating it
            }
        }
    }

    public void save(ReleaseRecord release) {
        cluster.putDocument(INDEX, documentId(release.releaseId()), json.valueToTree(release), true);
    }

    /** Changes a release's status, keeping its catalogue. */
    public void updateStatus(String releaseId, ReleaseStatus status) {
        cluster.updateDocument(INDEX, documentId(releaseId), json.createObjectNode().put("status", status.id()));
    }

    /**
     * Records that a release went live: when, by whom, and which release it replaced (the one a
     * rollback returns to).
     */
    public void markLive(String releaseId, Instant publishedAt, String publishedBy, String replaced) {
        ObjectNode changes = json.createObjectNode().put("status", ReleaseStatus.LIVE.id())
                .put("publishedAt", publishedAt.toString()).put("publishedBy", publishedBy);
        if (replaced != null) {
            changes.put("previousReleaseId", replaced);
        }
        cluster.updateDocument(INDEX, documentId(releaseId), changes);
    }

    /** With its catalogue: what an instance needs to serve the release. */
    public Optional<ReleaseRecord> find(String releaseId) {
        return cluster.getDocumentSource(INDEX, documentId(releaseId)).map(this::toRelease);
    }

    /** Without the catalogue, for lists and status checks. */
    public Optional<ReleaseRecord> findSummary(String releaseId) {
        return cluster.getDocumentSource(INDEX, documentId(releaseId), CATALOGUE_FIELD).map(this::toRelease);
    }

    public Optional<ReleaseRecord> findByIndex(String indexName) {
        return query(termQuery("indexName", indexName), 1, false).stream().findFirst();
    }

    /** Newest first, without catalogues. */
    public List<ReleaseRecord> list(int limit) {
        return query(termQuery("kind", ReleaseRecord.KIND), limit, true);
    }

    public long nextSequence() {
        return list(1).stream().mapToLong(ReleaseRecord::sequence).max().orElse(0) + 1;
    }

    public void audit(String action, String user, String releaseId, String previousReleaseId, String detail) {
        ObjectNode event = json.createObjectNode()
                .put("kind", "audit")
                .put("action", action)
                .put("user", user)
                .put("releaseId", releaseId)
                .put("time", Instant.now(clock).toString());
        if (previousReleaseId != null) {
            event.put("previousReleaseId", previousReleaseId);
        }
        if (detail != null) {
            event.put("detail", detail);
        }
        cluster.putDocument(INDEX, "audit-" + java.util.UUID.randomUUID(), event, true);
    }

    /** The audit log, newest first. */
    public List<AuditEvent> auditLog(int limit) {
        ObjectNode query = searchBody(termQuery("kind", "audit"), limit, "time");
        return cluster.searchSources(INDEX, query).stream().map(node -> json.convertValue(node, AuditEvent.class)).toList();
    }

    /** One publishing action: who did what, when. */
    public record AuditEvent(String action, String user, String releaseId, String previousReleaseId, String detail, Instant time) {
    }

    /**
     * Takes the cluster-wide build lock, so two instances never build or publish at the same time.
     * A lock older than its timeout is taken over (its owner died). Creating and taking over are both
     * atomic in the engine (create-if-absent, and replace-if-unchanged by sequence number and primary
     * term), so of two instances racing for an expired lock exactly one gets it.
     */
    public boolean tryLock(String owner, java.time.Duration timeout) {
        Instant now = Instant.now(clock);
        ObjectNode lock = json.createObjectNode().put("kind", "lock").put("owner", owner)
                .put("expiresAt", now.plus(timeout).toString());
        if (cluster.createDocument(INDEX, LOCK_ID, lock)) {
            return true;
        }
        Optional<SearchCluster.VersionedDocument> current = cluster.getVersionedDocument(INDEX, LOCK_ID);
        if (current.isEmpty()) {
            return cluster.createDocument(INDEX, LOCK_ID, lock); // released meanwhile
        }
        Instant expiresAt = Instant.parse(current.get().source().path("expiresAt").asText(now.toString()));
        return expiresAt.isBefore(now) && cluster.replaceDocumentIfUnchanged(INDEX, LOCK_ID, lock, current.get());
    }

    /** Releases the lock if this owner still holds it (it may have been taken over after its timeout). */
    public void unlock(String owner) {
        cluster.getVersionedDocument(INDEX, LOCK_ID)
                .filter(lock -> owner.equals(lock.source().path("owner").asText()))
                .ifPresent(lock -> cluster.deleteDocumentIfUnchanged(INDEX, LOCK_ID, lock));
    }

    /** Records that an editor signed out: every session of theirs begun before now ends, on every instance. */
    public void recordSignOut(String user, Instant time) {
        ObjectNode event = json.createObjectNode().put("kind", "sign-out").put("user", user).put("time", time.toString());
        cluster.putDocument(INDEX, "sign-out-" + sha256(user), event, true);
    }

    /** When the editor last signed out, if ever. */
    public Optional<Instant> lastSignOut(String user) {
        return cluster.getDocumentSource(INDEX, "sign-out-" + sha256(user))
                .filter(node -> user.equals(node.path("user").asText()))
                .map(node -> Instant.parse(node.path("time").asText()));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ReleaseRecord> query(ObjectNode termQuery, int limit, boolean newestFirst) {
        ObjectNode body = searchBody(termQuery, limit, newestFirst ? "sequence" : null);
        body.putObject("_source").putArray("excludes").add(CATALOGUE_FIELD);
        return cluster.searchSources(INDEX, body).stream().map(this::toRelease).toList();
    }

    private ObjectNode searchBody(ObjectNode query, int limit, String sortDescending) {
        ObjectNode body = json.createObjectNode();
        body.put("size", limit);
        body.set("query", query);
        if (sortDescending != null) {
            body.putArray("sort").addObject().putObject(sortDescending).put("order", "desc");
        }
        return body;
    }

    private ObjectNode termQuery(String field, String value) {
        ObjectNode query = json.createObjectNode();
        query.putObject("term").put(field, value);
        return query;
    }

    private ReleaseRecord toRelease(JsonNode node) {
        try {
            return json.treeToValue(node, ReleaseRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable release record in " + INDEX + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String documentId(String releaseId) {
        return "release-" + releaseId;
    }
}
