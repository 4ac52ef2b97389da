package fi.keinokartta.publishing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.jboss.logging.Logger;

import fi.keinokartta.content.load.ContentLoader.LoadResult;
import fi.keinokartta.core.Catalogue;
import fi.keinokartta.core.ReleaseChanges;
import fi.keinokartta.core.ReleaseRecord;
import fi.keinokartta.core.ReleaseStatus;
import fi.keinokartta.core.Sha256;
import fi.keinokartta.search.IndexSchema;
import fi.keinokartta.search.ItemDocument;
import fi.keinokartta.search.ItemDocumentFactory;
import fi.keinokartta.search.SearchCluster;
import fi.keinokartta.search.SearchCluster.AliasAction;

/**
 * Builds a candidate release from validated content: a fresh index with the release's synonyms, all
 * items indexed and counted, the whole catalogue recorded in the registry. The live release is never
 * touched; a failed build removes its index and is recorded as failed.
 */
@ApplicationScoped
public class ReleaseBuilder {

    private static final Logger LOG = Logger.getLogger(ReleaseBuilder.class);

    @Inject
    SearchCluster cluster;

    @Inject
    ReleaseRegistry registry;

    @Inject
    IndexSchema schema;

    @Inject
    SearchMapping searchMapping;

    @Inject
    ItemDocumentFactory documents;

    @Inject
    BuildLock lock;

    @Inject
    Clock clock;

    /**
     * @return the candidate; when a release of the very same content and index schema exists with its
     *         index, that release is returned instead of building it again
     */
    public ReleaseRecord build(LoadResult content, String user) {
        if (!content.ok()) {
            throw new ReleaseException("The content has errors and cannot be released: " + content.report().errors().size()
                    + " error(s), for example " + content.report().errors().get(0).format());
        }
        registry.ensureExists();
        // The documents are part of the identity: a change in how texts are rendered must reach the index.
        List<ItemDocument> itemDocuments;
        try {
            itemDocuments = documents.documents(content.catalogue(), "");
        } catch (RuntimeException e) {
            throw new ReleaseException("The catalogue could not be turned into search documents: " + e.getMessage(), e);
        }
        String releaseId = releaseId(content.contentHash(), schema.fingerprint() + documentsFingerprint(itemDocuments));
        return lock.call("build " + releaseId, () -> {
            Optional<ReleaseRecord> existing = registry.findSummary(releaseId);
            if (existing.isPresent() && existing.get().status() != ReleaseStatus.FAILED
                    && existing.get().status() != ReleaseStatus.RETIRED && cluster.indexExists(existing.get().indexName())) {
                return existing.get();
            }
            return buildNew(releaseId, content, user);
        });
    }

    private ReleaseRecord buildNew(String releaseId, LoadResult content, String user) {
        long started = System.nanoTime();
        Catalogue catalogue = content.catalogue();
        long sequence = registry.nextSequence();
        String indexName = ItemDocument.indexName(sequence);
        Optional<ReleaseRecord> live = liveRelease();
        Catalogue previous = live.flatMap(r -> registry.find(r.releaseId())).map(ReleaseRecord::catalogue).orElse(null);
        ReleaseRecord record = new ReleaseRecord(ReleaseRecord.KIND, releaseId, sequence, indexName, content.contentHash(),
                schema.fingerprint(), ReleaseStatus.CANDIDATE, Instant.now(clock), user, null, null,
                live.map(ReleaseRecord::releaseId).orElse(null),
                new ReleaseRecord.Counts(catalogue.items().size(), catalogue.rules().size(), catalogue.situations().size(),
                        content.report().warnings().size()),
                ReleaseChanges.between(previous, catalogue), null, catalogue);
        try {
            cluster.createIndex(indexName, schema.createIndexBody(catalogue));
            cluster.updateAliases(List.of(
                    AliasAction.removeFromAll(ItemDocument.INDEX_PATTERN, ItemDocument.WRITE_ALIAS),
                    AliasAction.add(indexName, ItemDocument.WRITE_ALIAS, true)));
            try (SearchSession session = searchMapping.createSession()) {
                documents.documents(catalogue, releaseId).forEach(session.indexingPlan()::add);
            }
            cluster.refresh(indexName);
            long indexed = cluster.count(indexName);
            if (indexed != catalogue.items().size()) {
                throw new ReleaseException("The new index holds " + indexed + " items instead of " + catalogue.items().size() + ".");
            }
            registry.save(record);
            LOG.infof("Built release %s (%s, %d items, %d rules) in %d ms", releaseId, indexName, catalogue.items().size(),
                    catalogue.rules().size(), (System.nanoTime() - started) / 1_000_000);
            return record;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Building release %s failed; the live release is untouched", releaseId);
            try {
                cluster.deleteIndex(indexName);
                registry.save(record.failed(e.getMessage()));
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e instanceof ReleaseException re ? re : new ReleaseException("Building the release failed: " + e.getMessage(), e);
        }
    }

    private Optional<ReleaseRecord> liveRelease() {
        return cluster.indicesOfAlias(ItemDocument.READ_ALIAS).stream().findFirst().flatMap(registry::findByIndex);
    }

    private static String documentsFingerprint(List<ItemDocument> itemDocuments) {
        MessageDigest digest = Sha256.digest();
        itemDocuments.forEach(d -> digest.update(d.canonical().getBytes(StandardCharsets.UTF_8)));
        return Sha256.hex(digest).substring(0, 16);
    }

    /** Same content, same index schema and same documents give the same release id. */
    static String releaseId(String contentHash, String schemaFingerprint) {
        return Sha256.hex(contentHash + ":" + schemaFingerprint).substring(0, 12);
    }
}
