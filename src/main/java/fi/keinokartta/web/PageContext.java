package fi.keinokartta.web;

import java.util.List;

import fi.keinokartta.core.Language;
import fi.keinokartta.http.Assets;
import fi.keinokartta.http.Routes;

/**
 * What every page needs around its own content: its language, title and addresses (canonical and in
 * the other languages), the assets, the release it shows (and whether that is a preview) and where
 * feedback goes.
 */
public record PageContext(Language language, String title, String description, String path, List<Alternate> alternates,
        String baseUrl, Assets.Urls assets, ReleaseInfo release, String feedbackEmail, String section, String previewRelease) {

    /** The same page in a language. */
    public record Alternate(String lang, String name, String url, boolean current) {
    }

    /** The release the page was built from. */
    public record ReleaseInfo(String id, String date) {
    }

    public String lang() {
        return language.code();
    }

    public String canonical() {
        return baseUrl + path;
    }

    public String home() {
        return Routes.home(language);
    }

    public String searchUrl() {
        return Routes.search(language);
    }

    public String situationsUrl() {
        return Routes.situations(language);
    }

    public String checkerUrl() {
        return Routes.checker(language);
    }

    public String planUrl() {
        return Routes.plan(language);
    }

    public String accessibilityUrl() {
        return Routes.accessibility(language);
    }

    public String whatsNewUrl() {
        return Routes.whatsNew(language);
    }

    public String screenerUrl() {
        return Routes.screener(language);
    }

    public String employersUrl() {
        return Routes.employers(language);
    }

    public String feedUrl() {
        return Routes.feed(language);
    }

    /** For {@code aria-current} in the main navigation. */
    public boolean in(String name) {
        return name.equals(section);
    }
}
