package fi.keinokartta.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import fi.keinokartta.catalogue.RealCatalogueProfile;
import fi.keinokartta.testing.Browser;
import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Writes the screenshots in docs/screenshots (desktop and phone width) when asked to:
 * {@code ./mvnw test -Dtest=ScreenshotsTest -Dscreenshots.dir=docs/screenshots}. Skipped otherwise.
 */
@QuarkusTest
@TestProfile(RealCatalogueProfile.class)
class ScreenshotsTest {

    /** The four-measure plan from the sick-leave situation. */
    private static final String PLAN = "fi/suunnitelma?situation=sairauslomalta-paluu&step=tyoterveyshuolto:sairausloman-alku"
            + "&step=tyopaikan-jarjestelyt:tyoterveyshuollon-lausunto&step=osasairauspaivaraha:paluu-vahitellen"
            + "&step=tyokokeilu:paluu-vahitellen";

    private static final String[][] PAGES = {
            { "front", "fi/" },
            { "search", "fi/haku?q=kuntoutus&type=service" },
            { "measure", "fi/keinot/osasairauspaivaraha" },
            { "situation", "sv/situationer/sairauslomalta-paluu" },
            { "checker", "en/combinations?ids=osasairauspaivaraha&ids=tyokokeilu&ids=kuntoutusraha&ids=sairauspaivaraha" },
            { "screener", "fi/kysely?status=employed&change=1" },
            { "screener-result", "fi/kysely?status=employed&sickLeaveSince=2026-09-28&occupationalHealth=yes" },
            { "employers", "en/for-employers" },
            { "plan", PLAN },
    };


    @TestHTTPResource("/")
    URL base;

    @Test
    void writeScreenshots() {
        String target = System.getProperty("screenshots.dir");
        assumeTrue(target != null && !target.isBlank(), "set -Dscreenshots.dir=<folder> to write screenshots");
        LiveRelease.await();
        try (Browser browser = new Browser()) {
            for (int width : new int[] { 1280, 360 }) {
                try (BrowserContext context = browser.context(width, true)) {
                    Page page = context.newPage();
                    for (String[] shot : PAGES) {
                        page.navigate(base + shot[1]);
                        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                                .setType(com.microsoft.playwright.options.ScreenshotType.JPEG).setQuality(70)
                                .setPath(Path.of(target, shot[0] + "-" + (width > 600 ? "desktop" : "mobile") + ".jpg")));
                    }
                }
            }
            // The plan's print version for the person, as printed (print media, A4-ish width).
            try (BrowserContext context = browser.context(800, true)) {
                Page page = context.newPage();
                page.navigate(base + PLAN + "&view=person");
                page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setType(com.microsoft.playwright.options.ScreenshotType.JPEG).setQuality(70)
                        .setPath(Path.of(target, "plan-print.jpg")));
            }
        }
    }
}
