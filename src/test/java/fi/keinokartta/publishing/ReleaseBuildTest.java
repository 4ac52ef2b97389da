package fi.keinokartta.publishing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.keinokartta.content.load.ContentLoader;
import fi.keinokartta.content.load.ContentLoader.LoadResult;
import fi.keinokartta.content.load.ValidationReport;
import fi.keinokartta.core.Catalogue;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.ItemText;
import fi.keinokartta.core.ReleaseRecord;
import fi.keinokartta.core.ReleaseStatus;
import fi.keinokartta.search.ItemDocument;
import fi.keinokartta.search.SearchCluster;
import fi.keinokartta.testing.CorpusFolder;
import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Releases: content is indexed into a fresh index and made live by one alias switch; invalid content
 * and failed builds never touch the live release.
 */
@QuarkusTest
class ReleaseBuildTest {

    @Inject
    ReleaseBuilder builder;

    @Inject
    Publisher publisher;

    @Inject
    ReleaseTracker tracker;

    @Inject
    ReleaseRegistry registry;

    @Inject
    SearchCluster cluster;

    @Inject
    SearchMapping searchMapping;

    @TempDir
    Path temp;

    private String originalRelease;

    @BeforeEach
    void rememberTheLiveRelease() {
        LiveRelease.await();
        originalRelease = tracker.live().orElseThrow().id();
    }

    @AfterEach
    void restoreTheLiveRelease() {
        if (!tracker.live().orElseThrow().id().equals(originalRelease)) {
            // Building the corpus again gives the same release, with a new index if its old one was dropped.
            publisher.publish(builder.build(new ContentLoader().load(CorpusFolder.CORPUS), "test").releaseId(), "test");
        }
    }

    private static void titleOfPalkkatukiIs(String title) {
        given().get("/api/v1/measures/palkkatuki").then().statusCode(200).body("title", equalTo(title));
    }

    @Test
    void invalidContentIsRefusedAndTheLiveReleaseKeepsServing() {
        CorpusFolder broken = CorpusFolder.copy(temp).replace("items/palkkatuki.yaml", "title: Palkkatuki", "title: Uusi")
                .replace("items/tyokokeilu.yaml", "type: service", "type: servise");
        LoadResult content = new ContentLoader().load(broken.root());

        assertThatThrownBy(() -> builder.build(content, "test"))
                .isInstanceOf(ReleaseException.class)
                .hasMessage("The content has errors and cannot be released: 1 error(s), for example "
                        + "items/tyokokeilu.yaml:3: error: 'type' has the value 'servise', which is not allowed; use one of: "
                        + "benefit, service, measure.");

        assertThat(tracker.live().orElseThrow().id()).isEqualTo(originalRelease);
        titleOfPalkkatukiIs("Palkkatuki");
    }

    @Test
    void aBuildThatFailsWhileIndexingLeavesNoTraceInTheLiveRelease() {
        LoadResult valid = new ContentLoader().load(CorpusFolder.CORPUS);
        List<Item> items = new ArrayList<>(valid.catalogue().items());
        Item first = items.get(0);
        // A title far beyond what validation allows makes the engine refuse the document (a term over 32 kB).
        ItemText giant = new ItemText("x".repeat(40_000), first.fi().summary(), first.fi().keywords(), first.fi().sections());
        items.set(0, new Item(first.id(), first.type(), first.categories(), first.providers(), first.situations(),
                first.related(), first.reviewed(), first.reviewBy(), first.sources(), first.figures(), giant, first.sv(),
                first.en(), first.usage()));
        Catalogue catalogue = valid.catalogue();
        LoadResult unindexable = new LoadResult(new Catalogue(catalogue.categories(), catalogue.providers(), items,
                catalogue.situations(), catalogue.rules(), catalogue.synonyms()), new ValidationReport(List.of()),
                "f".repeat(64), valid.fileCount());
        List<String> indicesBefore = cluster.indices(ItemDocument.INDEX_PATTERN);

        assertThatThrownBy(() -> builder.build(unindexable, "test")).isInstanceOf(ReleaseException.class);

        assertThat(cluster.indices(ItemDocument.INDEX_PATTERN)).containsExactlyInAnyOrderElementsOf(indicesBefore);
        assertThat(registry.list(1).get(0).status()).isEqualTo(ReleaseStatus.FAILED);
        assertThat(registry.list(1).get(0).failure()).isNotBlank();
        assertThat(cluster.indicesOfAlias(ItemDocument.READ_ALIAS)).containsExactly(tracker.live().orElseThrow().indexName());
        assertThat(tracker.live().orElseThrow().id()).isEqualTo(originalRelease);
        given().queryParam("q", "palkkatuki").get("/api/v1/search").then().statusCode(200)
                .body("hits[0].id", equalTo("palkkatuki"));
    }

    @Test
    void theSameContentIsTheSameRelease() {
        ReleaseRecord again = builder.build(new ContentLoader().load(CorpusFolder.CORPUS), "test");
        assertThat(again.releaseId()).isEqualTo(originalRelease);
        assertThat(again.status()).isEqualTo(ReleaseStatus.LIVE);
    }

    @Test
    void aCandidateIsInvisibleUntilPublishedAndTheOldReleaseComesBackOnRollback() {
        // Releases are identified by their content: a title of its own makes this a release no other test built.
        String title = "Palkkatuki työnantajalle " + System.nanoTime();
        CorpusFolder changed = CorpusFolder.copy(temp).replace("items/palkkatuki.yaml", "title: Palkkatuki",
                "title: " + title);
        ReleaseRecord candidate = builder.build(new ContentLoader().load(changed.root()), "test");

        assertThat(candidate.status()).isEqualTo(ReleaseStatus.CANDIDATE);
        assertThat(candidate.releaseId()).isNotEqualTo(originalRelease);
        assertThat(candidate.changes().changed()).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo("palkkatuki");
            assertThat(change.fields()).containsExactly("title");
            assertThat(change.languages()).containsExactly("fi");
        });
        assertThat(cluster.count(candidate.indexName())).isEqualTo(6);
        titleOfPalkkatukiIs("Palkkatuki");

        ReleaseRecord live = publisher.publish(candidate.releaseId(), "editor");
        assertThat(live.status()).isEqualTo(ReleaseStatus.LIVE);
        assertThat(live.publishedBy()).isEqualTo("editor");
        assertThat(cluster.indicesOfAlias(ItemDocument.READ_ALIAS)).containsExactly(candidate.indexName());
        titleOfPalkkatukiIs(title);
        given().queryParam("q", "työnantajalle").get("/api/v1/search").then().body("hits[0].id", equalTo("palkkatuki"))
                .body("release", equalTo(candidate.releaseId()));

        ReleaseRecord back = publisher.rollback("editor");
        assertThat(back.releaseId()).isEqualTo(originalRelease);
        titleOfPalkkatukiIs("Palkkatuki");
        assertThat(registry.findSummary(candidate.releaseId()).orElseThrow().status()).isEqualTo(ReleaseStatus.PREVIOUS);
        assertThat(cluster.indexExists(candidate.indexName())).as("kept for a quick return").isTrue();
        assertThat(registry.auditLog(2)).extracting(ReleaseRegistry.AuditEvent::action).containsExactly("rollback", "publish");
    }

    @Test
    void rollbackReturnsToTheReleaseThatWasLiveJustBefore() {
        ReleaseRecord x = builder.build(new ContentLoader().load(CorpusFolder.copy(temp.resolve("x"))
                .replace("items/palkkatuki.yaml", "title: Palkkatuki", "title: Palkkatuki X").root()), "test");
        ReleaseRecord y = builder.build(new ContentLoader().load(CorpusFolder.copy(temp.resolve("y"))
                .replace("items/palkkatuki.yaml", "title: Palkkatuki", "title: Palkkatuki Y").root()), "test");
        publisher.publish(y.releaseId(), "editor");
        publisher.publish(x.releaseId(), "editor");
        titleOfPalkkatukiIs("Palkkatuki X");

        ReleaseRecord back = publisher.rollback("editor");

        assertThat(back.releaseId()).as("x was built while the original was live, but replaced y").isEqualTo(y.releaseId());
        titleOfPalkkatukiIs("Palkkatuki Y");
    }

    @Test
    void onlyTheLastFewReleasesKeepTheirIndex() {
        ReleaseRecord last = null;
        for (int i = 1; i <= 7; i++) {
            last = builder.build(new ContentLoader().load(CorpusFolder.copy(temp.resolve("v" + i))
                    .replace("items/palkkatuki.yaml", "title: Palkkatuki", "title: Palkkatuki " + i).root()), "test");
        }
        publisher.publish(last.releaseId(), "editor");

        List<ReleaseRecord> releases = registry.list(100);
        List<ReleaseRecord> kept = releases.stream().filter(r -> r.status() != ReleaseStatus.RETIRED
                && r.status() != ReleaseStatus.FAILED).toList();
        // keep-releases (5) newest, plus the release a rollback returns to.
        assertThat(kept).hasSizeLessThanOrEqualTo(6).extracting(ReleaseRecord::releaseId)
                .contains(last.releaseId(), originalRelease);
        kept.forEach(r -> assertThat(cluster.indexExists(r.indexName())).as(r.releaseId()).isTrue());
        List<ReleaseRecord> retired = releases.stream().filter(r -> r.status() == ReleaseStatus.RETIRED).toList();
        assertThat(retired).isNotEmpty();
        retired.forEach(r -> assertThat(cluster.indexExists(r.indexName())).as(r.releaseId()).isFalse());
        assertThat(publisher.rollback("editor").releaseId()).isEqualTo(originalRelease);

        // A dropped release comes back by building its content again: same id, a new index, served at once.
        ReleaseRecord first = builder.build(new ContentLoader().load(temp.resolve("v1").resolve("content")), "test");
        assertThat(retired).extracting(ReleaseRecord::releaseId).contains(first.releaseId());
        assertThat(cluster.indexExists(first.indexName())).isTrue();
        publisher.publish(first.releaseId(), "editor");
        assertThat(tracker.live().orElseThrow().indexName()).isEqualTo(first.indexName());
        titleOfPalkkatukiIs("Palkkatuki 1");
        given().queryParam("q", "palkkatuki").get("/api/v1/search").then().statusCode(200)
                .body("hits[0].title", equalTo("Palkkatuki 1"));
    }

    @Test
    void aReleaseThatFailedCannotBePublished() {
        ReleaseRecord failed = registry.list(50).stream().filter(r -> r.status() == ReleaseStatus.FAILED).findFirst()
                .orElseGet(() -> {
                    aBuildThatFailsWhileIndexingLeavesNoTraceInTheLiveRelease();
                    return registry.list(1).get(0);
                });
        assertThatThrownBy(() -> publisher.publish(failed.releaseId(), "editor"))
                .isInstanceOf(ReleaseException.class).hasMessageContaining("failed to build and cannot be published");
        assertThat(tracker.live().orElseThrow().id()).isEqualTo(originalRelease);
    }

    @Test
    void aReleaseWhoseReplicaCannotBePlacedIsNotPublished() throws Exception {
        String title = "Palkkatuki ilman kopiota " + System.nanoTime();
        ReleaseRecord candidate = builder.build(new ContentLoader().load(CorpusFolder.copy(temp)
                .replace("items/palkkatuki.yaml", "title: Palkkatuki", "title: " + title).root()), "test");
        // One replica, fixed: a single node can never place it, as a cluster that lost nodes could not.
        Request oneReplica = new Request("PUT", "/" + candidate.indexName() + "/_settings");
        oneReplica.setJsonEntity("{\"index\": {\"auto_expand_replicas\": false, \"number_of_replicas\": 1}}");
        searchMapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class).performRequest(oneReplica);

        assertThatThrownBy(() -> publisher.publish(candidate.releaseId(), "editor"))
                .isInstanceOf(ReleaseException.class).hasMessageContaining("does not have all its copies (replicas) in place");
        assertThat(tracker.live().orElseThrow().id()).isEqualTo(originalRelease);
        assertThat(cluster.indicesOfAlias(ItemDocument.READ_ALIAS)).doesNotContain(candidate.indexName());
        titleOfPalkkatukiIs("Palkkatuki");
    }
}
