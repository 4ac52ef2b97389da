package fi.keinokartta.testing;

import java.time.Clock;
import java.util.Map;

import fi.keinokartta.content.load.ContentLoader;
import fi.keinokartta.content.load.ContentLoader.LoadResult;
import fi.keinokartta.core.Catalogue;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.ReleaseRecord;
import fi.keinokartta.core.ReleaseStatus;
import fi.keinokartta.core.ServiceClock;

/** The test corpus as a catalogue and a release, without Quarkus or a search engine (for plain unit tests). */
public final class CorpusRelease {

    public static final Clock TODAY = ServiceClock.fixed("2026-11-26");

    private CorpusRelease() {
    }

    public static Catalogue catalogue() {
        LoadResult result = new ContentLoader(TODAY).load(CorpusFolder.CORPUS);
        if (!result.ok()) {
            throw new IllegalStateException("The test corpus does not load:\n" + result.report().format());
        }
        return result.catalogue();
    }

    public static Release release(Catalogue catalogue) {
        ReleaseRecord record = new ReleaseRecord(ReleaseRecord.KIND, "000000000001", 1, "keinokartta-items-000001", "hash",
                "schema", ReleaseStatus.LIVE, TODAY.instant(), "test", TODAY.instant(), "test", null, null, null, null,
                catalogue);
        return new Release(record, catalogue, Map.of());
    }
}
