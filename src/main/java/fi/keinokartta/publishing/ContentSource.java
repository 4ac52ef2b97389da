package fi.keinokartta.publishing;

import java.nio.file.Path;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fi.keinokartta.config.KeinokarttaConfig;
import fi.keinokartta.content.load.ContentLoader;
import fi.keinokartta.content.load.ContentLoader.LoadResult;

/** The content folder this service publishes from (keinokartta.content.dir), read and validated on request. */
@ApplicationScoped
public class ContentSource {

    @Inject
    KeinokarttaConfig config;

    @Inject
    Clock clock;

    public Path folder() {
        return config.content().dir().toAbsolutePath().normalize();
    }

    public LoadResult load() {
        return new ContentLoader(clock).load(folder());
    }
}
