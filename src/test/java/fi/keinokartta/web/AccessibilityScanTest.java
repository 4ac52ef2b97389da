package fi.keinokartta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import fi.keinokartta.catalogue.RealCatalogueProfile;
import fi.keinokartta.testing.BrowserTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * axe-core in a real Chromium on every page type in every language, on the real catalogue, on a
 * desktop and on a 360 px wide phone: no WCAG 2.1 A/AA violation; no request leaves the site and
 * the Content-Security-Policy is never violated.
 */
@QuarkusTest
@TestProfile(RealCatalogueProfile.class)
class AccessibilityScanTest extends BrowserTest {

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({
            "fi/, 1280", "sv/, 1280", "en/, 360",
            "fi/haku?q=kuntoutus&category=kuntoutus, 1280", "sv/sok?q=rehabilitering, 360", "en/search?q=xyzzy, 1280",
            "fi/keinot/osasairauspaivaraha, 1280", "sv/atgarder/palkkatuki, 360", "en/measures/vammaistuki, 1280",
            "fi/tilanteet, 1280", "sv/situationer/tyonhakija, 1280", "en/situations/sairauslomalta-paluu, 360",
            "fi/yhdistelmat?ids=osasairauspaivaraha&ids=tyokokeilu&ids=kuntoutusraha, 1280",
            "sv/kombinationer?ids=palkkatuki&ids=tyokokeilu&ids=starttiraha&situation=tyonhakija, 360",
            "en/combinations, 1280",
            "fi/saavutettavuusseloste, 1280", "sv/tillganglighetsutlatande, 360", "en/accessibility-statement, 1280",
            "fi/uutta, 1280", "en/whats-new, 360",
            "fi/keinot/ei-ole, 1280", "en/no-such-page, 360",
            "fi/kysely, 360", "sv/fragor, 1280", "en/questions, 360", "fi/kysely, 1280", "sv/fragor, 360", "en/questions, 1280",
            "fi/kysely?status=employed&sickLeaveSince=2026-09-20&occupationalHealth=yes, 360",
            "sv/fragor?status=pension&partTime=yes, 1280", "en/questions?status=unemployed&age=30-54, 360",
            "fi/kysely?status=unemployed&age=under-30, 1280", "sv/fragor?status=employed&sickLeaveSince=2026-10-01, 360",
            "en/questions?status=entrepreneur&partTime=yes, 1280", "fi/kysely?status=employed&sickLeaveSince=2999-01-01, 360",
            "fi/tyonantajalle, 360", "sv/for-arbetsgivare, 1280", "en/for-employers, 360",
            "fi/tyonantajalle, 1280", "sv/for-arbetsgivare, 360", "en/for-employers, 1280",
            "fi/tilanteet/sairauslomalta-paluu, 360", "sv/situationer/sairauslomalta-paluu, 360",
            "fi/tilanteet/sairauslomalta-paluu, 1280", "sv/situationer/sairauslomalta-paluu, 1280",
            "en/situations/sairauslomalta-paluu, 1280",
    })
    void noAccessibilityViolations(String path, int width) {
        List<String> outsideRequests = new ArrayList<>();
        List<String> cspViolations = new ArrayList<>();
        try (BrowserContext context = browser.context(width, true)) {
            Page page = context.newPage();
            page.onRequest(request -> {
                if (!request.url().startsWith(base.toString()) && !request.url().startsWith("data:")) {
                    outsideRequests.add(request.url());
                }
            });
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    cspViolations.add(message.text());
                }
            });
            Response response = page.navigate(base + path);
            assertThat(response).isNotNull();
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo(path.substring(0, 2));

            AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();

            assertThat(results.getViolations()).as(describe(results.getViolations())).isEmpty();
            assertThat(outsideRequests).as("requests to other sites").isEmpty();
            assertThat(cspViolations).as("Content-Security-Policy violations").isEmpty();
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).as("horizontal scrolling at %d px", width).isLessThanOrEqualTo(0);
        }
    }

    @org.junit.jupiter.api.Test
    void theEditorsPagesAreAccessibleToo() {
        try (BrowserContext context = browser.context(1280, true)) {
            Page page = context.newPage();
            page.navigate(base + "editor/login");
            assertThat(new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze()
                    .getViolations()).isEmpty();
            page.locator("#j_username").fill("editor");
            page.locator("#j_password").fill("test-editor-password");
            page.locator("#j_password").press("Enter");
            page.waitForURL("**/editor/");
            String live = page.locator("a[href^='/editor/releases/']").first().innerText();
            for (String path : List.of("editor/", "editor/releases", "editor/releases/" + live, "editor/validation",
                    "editor/stale", "editor/coverage", "editor/audit", "preview/" + live + "/fi/", "preview/" + live + "/en/measures/palkkatuki")) {
                page.navigate(base + path);
                AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
                assertThat(results.getViolations()).as(path + "\n" + describe(results.getViolations())).isEmpty();
            }
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
