package fi.keinokartta.http;

import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;

import fi.keinokartta.core.Sha256;

/**
 * Addresses of the stylesheet and script with a version taken from their content, so they can be
 * cached for a year and still change the moment a new version is deployed.
 */
@ApplicationScoped
public class Assets {

    /** The versioned addresses. */
    public record Urls(String css, String js) {
    }

    private final Urls urls = new Urls(versioned("/static/site.css"), versioned("/static/site.js"));

    public Urls urls() {
        return urls;
    }

    private static String versioned(String path) {
        try (InputStream in = Assets.class.getResourceAsStream("/META-INF/resources" + path)) {
            if (in == null) {
                return path;
            }
            return path + "?v=" + Sha256.hex(in.readAllBytes()).substring(0, 10);
        } catch (IOException e) {
            return path;
        }
    }
}
