package fi.keinokartta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
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
 * The sick-leave situation page on a 360 px phone, on the real catalogue: document.body.scrollHeight in each
 * language. Before "what to do now" and the pair summary (commit af9e8cf, 26.11.2026) it measured 25,056 px in
 * Finnish, 27,268 px in Swedish and 26,134 px in English; it must stay at most a third of the Finnish length
 * in every language. The numbers are written to target/page-length.txt.
 */
@QuarkusTest
@TestProfile(RealCatalogueProfile.class)
class SickLeavePageLengthTest {

    /** A third of the Finnish page's length on a 360 px phone before this change (25,056 px / 3). */
    static final int LIMIT = 8_352;

    @TestHTTPResource("/")
    URL base;

    @Test
    void theSickLeavePageIsShortOnAPhone() throws Exception {
        LiveRelease.await();
        StringBuilder report = new StringBuilder();
        try (Browser browser = new Browser(); BrowserContext context = browser.context(360, true)) {
            Page page = context.newPage();
            for (String path : new String[] { "fi/tilanteet/sairauslomalta-paluu", "sv/situationer/sairauslomalta-paluu",
                    "en/situations/sairauslomalta-paluu" }) {
                page.navigate(base + path);
                int height = ((Number) page.evaluate("() => document.body.scrollHeight")).intValue();
                report.append(path).append(" 360px scrollHeight=").append(height).append('\n');
                assertThat(height).as(path).isLessThanOrEqualTo(LIMIT);
                // Shorter, and it starts with what to do now and the timeline.
                assertThat(page.locator("#actions-heading").isVisible()).isTrue();
                assertThat(page.locator(".actions > ol > li").count()).isBetween(3, 5);
                assertThat(page.locator(".actions a[href^='https://']").count()).isEqualTo(page.locator(".actions > ol > li").count());
                assertThat(page.locator(".timeline-list .checkpoint").count()).isGreaterThanOrEqualTo(6);
                assertThat(page.locator(".combination-list li").count()).isLessThanOrEqualTo(3);
            }
        } finally {
            Files.writeString(Path.of("target", "page-length.txt"), report.toString());
        }
    }
}
