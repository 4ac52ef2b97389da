package fi.keinokartta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import fi.keinokartta.catalogue.RealCatalogueProfile;
import fi.keinokartta.core.ServiceClock;
import fi.keinokartta.testing.Browser;
import fi.keinokartta.testing.BrowserTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The people of issue 11 on the real catalogue, in their language, with the keyboard only: from the front page
 * through the screener to a short personal answer, changing an answer on the way; the same without JavaScript;
 * and an employer reaching the employers' page and its checklist.
 */
@QuarkusTest
@TestProfile(RealCatalogueProfile.class)
class ScreenerJourneyTest extends BrowserTest {

    static final LocalDate TODAY = LocalDate.now(ServiceClock.system());

    @TestHTTPResource("/")
    URL base;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openPage() {
        context = browser.context(360, true);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** Chooses a radio button with the keyboard: Tab into its group, then Space and the arrow keys until it is checked. */
    private void choose(String name, String value) {
        Locator target = page.locator("input[name=" + name + "][value='" + value + "']");
        for (int i = 0; i < 200; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("n => document.activeElement && document.activeElement.name === n", name)) {
                break;
            }
        }
        assertThat(page.evaluate("() => document.activeElement.name")).isEqualTo(name);
        page.keyboard().press("Space");
        for (int i = 0; i < 6 && !target.isChecked(); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(target.isChecked()).as(name + "=" + value).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // A person two months into sick leave (back problem), in Finnish.
            "fi | employed | 50 | yes | unknown | Pitkällä sairauslomalla ja paluu työhön | Tänään on sairausloman 51. päivä | Sairauspäiväraha",
            // An unemployed person with a mental-health condition, in English.
            "en | unemployed | | unknown | yes | Jobseeker with partial work ability | | Work try-out",
            // A Swedish-speaking person on a disability pension who wants to work a little.
            "sv | pension | | unknown | yes | Sjuk- eller invalidpensionerad och vill arbeta | | Att lämna pensionen vilande",
    })
    void aPersonReachesAShortAnswerWithTheKeyboard(String lang, String status, Integer daysAgo, String health,
            String partTime, String situation, String today, String firstSuggestion) {
        page.navigate(base + lang + "/");
        Browser.tabTo(page, page.locator("a[href='/" + lang + "/" + pageWord(lang) + "']").first());
        page.keyboard().press("Enter");
        page.waitForURL("**/" + lang + "/" + pageWord(lang));

        choose("status", status);
        if (daysAgo != null) {
            Browser.tabTo(page, page.locator("#sick-leave-since"));
            page.locator("#sick-leave-since").fill(TODAY.minusDays(daysAgo).toString());
        }
        choose("occupationalHealth", health);
        choose("partTime", partTime);
        Browser.tabTo(page, page.locator("button[type=submit]").last());
        page.keyboard().press("Enter");
        page.waitForURL("**status=" + status + "**");

        String main = page.locator("main").innerText();
        assertThat(main).contains(situation);
        assertThat(page.locator(".may-suit > li").count()).isBetween(3, 5);
        assertThat(page.locator(".may-suit > li").first().innerText()).contains(firstSuggestion);
        assertThat(page.locator(".may-suit .why").allInnerTexts()).allMatch(why -> !why.isBlank());
        if (today != null) {
            assertThat(main).contains(today);
            assertThat(page.locator(".checkpoint-next").count()).isEqualTo(1);
        }
        int height = ((Number) page.evaluate("() => document.body.scrollHeight")).intValue();
        assertThat(height).as("a short answer on a phone").isLessThan(7_000);

        // Change an answer: the form opens with the answers kept, and the new result differs.
        Browser.tabTo(page, page.locator("a[href*='change=1']"));
        page.keyboard().press("Enter");
        page.waitForURL("**change=1**");
        assertThat(page.locator("input[name=status][value=" + status + "]").isChecked()).isTrue();
        choose("partTime", "no");
        Browser.tabTo(page, page.locator("button[type=submit]").last());
        page.keyboard().press("Enter");
        page.waitForURL("**partTime=no**");
        assertThat(page.locator("main").innerText()).contains(situation);
    }

    @Test
    void theScreenerWorksWithoutJavaScript() {
        try (BrowserContext noScript = browser.context(1280, false)) {
            Page p = noScript.newPage();
            p.navigate(base + "fi/kysely");
            p.locator("#status-employed").check();
            p.locator("#sick-leave-since").fill(TODAY.minusDays(20).toString());
            p.locator("#ohc-yes").check();
            p.locator("button[type=submit]").last().click();
            p.waitForURL("**status=employed**");
            assertThat(p.locator("main").innerText()).contains("Tänään on sairausloman 21. päivä")
                    .contains("Ei tarkistettu tässä").doesNotContain("ei oikeutta");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fi | tyonantajalle | Muistilista | Työolosuhteiden järjestelytuki",
            "sv | for-arbetsgivare | Checklista | Stöd för specialarrangemang på arbetsplatsen",
            "en | for-employers | Checklist | Subsidy for arranging working conditions",
    })
    void anEmployerFindsDutiesSupportAndAChecklist(String lang, String word, String checklist, String support) {
        page.navigate(base + lang + "/");
        Browser.tabTo(page, page.locator("a[href='/" + lang + "/" + word + "']").first());
        page.keyboard().press("Enter");
        page.waitForURL("**/" + word);
        assertThat(page.locator("#checklist-heading").innerText()).isEqualTo(checklist);
        assertThat(page.locator("main").innerText()).contains(support);
        assertThat(page.locator(".checklist-list li").count()).isGreaterThanOrEqualTo(8);
        assertThat(page.locator("[data-print]").isVisible()).isTrue();
    }

    private static String pageWord(String lang) {
        return switch (lang) {
            case "fi" -> "kysely";
            case "sv" -> "fragor";
            default -> "questions";
        };
    }
}
