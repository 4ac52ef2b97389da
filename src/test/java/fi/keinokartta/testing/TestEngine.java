package fi.keinokartta.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the search engine for every @QuarkusTest of the suite. */
@QuarkusTestResource(SearchEngineTestResource.class)
public final class TestEngine {

    private TestEngine() {
    }
}
