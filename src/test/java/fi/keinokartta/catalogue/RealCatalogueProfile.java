package fi.keinokartta.catalogue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Runs the service on the real catalogue in content/ instead of the test corpus. */
public class RealCatalogueProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("keinokartta.content.dir", "content");
    }
}
