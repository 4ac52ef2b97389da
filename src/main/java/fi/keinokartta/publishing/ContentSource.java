package fi.keinokartta.publishing;

import java.nio.file.Path;

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

    private final ContentLoader loader = new ContentLoader();

    public Path folder() {
        return config.content().dir().toAbsolutePath().normalize();
    }

    public LoadResult load() {
        return loader.load(folder());
    }
}
