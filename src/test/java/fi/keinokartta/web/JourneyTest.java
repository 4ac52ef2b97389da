package fi.keinokartta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import fi.keinokartta.testing.Browser;
import fi.keinokartta.testing.BrowserTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The main journey with the keyboard only, in each language: front page → search → filter → measure
 * page → what it combines with → combination checker with three measures. And the same without
 * JavaScript. Runs on the test corpus, whose answers are known.
 */
@QuarkusTest
class JourneyTest extends BrowserTest {

    @TestHTTPResource("/")
    URL base;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openPage() {
        context = browser.context(1280, true);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    private String mainText() {
        return page.locator("main").innerText();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fi | työkokeilua | Palvelu | Työkokeilu | Tarkista yhdistelmä tämän kanssa | Palkkatuki | Starttiraha | Tyypillisesti peräkkäin",
            "sv | arbetsprövning | Tjänst | Arbetsprövning | Kontrollera en kombination med detta | Lönesubvention | Startpeng | Vanligen efter varandra",
            "en | work trial | Service | Work trial | Check a combination with this | Pay subsidy | Start-up grant | Usually one after the other",
    })
    void keyboardOnlyFromTheFrontPageToACheckedCombination(String lang, String query, String type, String title,
            String checkWith, String second, String third, String sequence) {
        page.navigate(base + lang + "/");

        // The skip link is the first stop and takes the reader to the content.
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.className")).isEqualTo("skip-link");

        // Search with the keyboard.
        Browser.tabTo(page, page.locator("#front-q"));
        page.keyboard().type(query);
        page.keyboard().press("Enter");
        page.waitForURL("**/" + lang + "/*?q=*");
        assertThat(page.locator("main h1").innerText()).contains(query);
        assertThat(page.locator(".result h3 a").first().innerText()).isEqualTo(title);

        // Filter by type with the space bar: the page reloads with the filter and keeps the focus on it.
        Locator typeFilter = page.locator("input[type=checkbox][name=type][value=service]");
        Browser.tabTo(page, typeFilter);
        page.keyboard().press("Space");
        page.waitForURL("**type=service**");
        assertThat(page.locator("input[type=checkbox][name=type][value=service]").isChecked()).isTrue();
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("facet-type-service");
        assertThat(page.locator(".result-type").allInnerTexts()).containsOnly(type.toUpperCase(java.util.Locale.ROOT))
                .doesNotContainNull();

        // Open the measure.
        Browser.tabTo(page, page.locator(".result h3 a").first());
        page.keyboard().press("Enter");
        page.waitForURL("**/tyokokeilu");
        assertThat(page.locator("h1").innerText()).isEqualTo(title);
        assertThat(page.locator("#combines-heading").isVisible()).isTrue();
        assertThat(page.locator(".combinations").innerText()).contains(second);

        // From "combines with" to the checker, where this measure is already chosen.
        Browser.tabTo(page, page.getByText(checkWith));
        page.keyboard().press("Enter");
        page.waitForURL("**ids=tyokokeilu");
        assertThat(page.locator("#choice-tyokokeilu").isChecked()).isTrue();

        // Choose two more and check.
        Browser.tabTo(page, page.locator("#choice-palkkatuki"));
        page.keyboard().press("Space");
        Browser.tabTo(page, page.locator("#choice-starttiraha"));
        page.keyboard().press("Space");
        Browser.tabTo(page, page.locator(".checker-form button[type=submit]"));
        page.keyboard().press("Enter");
        page.waitForURL("**ids=starttiraha**");

        Locator matrix = page.locator("table.matrix");
        PlaywrightAssertions.assertThat(matrix.locator("tbody tr")).hasCount(3);
        List<String> columns = matrix.locator("thead th").allInnerTexts();
        assertThat(columns).containsExactlyInAnyOrder(title, second, third);
        assertThat(cell(matrix, title, second, columns)).contains(sequence);
        assertThat(cell(matrix, second, title, columns)).as("the matrix is symmetric").contains(sequence);
        assertThat(cell(matrix, second, third, columns)).as("pay subsidy and start-up grant").isNotBlank();
        PlaywrightAssertions.assertThat(page.locator(".pair-details > li")).hasCount(3);
    }

    /** The text of the matrix cell in the row of one item and the column of another. */
    private static String cell(Locator matrix, String row, String column, List<String> columns) {
        Locator tr = matrix.locator("tbody tr").filter(new Locator.FilterOptions().setHas(
                matrix.page().locator("th", new com.microsoft.playwright.Page.LocatorOptions().setHasText(row))));
        return tr.locator("td").nth(columns.indexOf(column)).innerText();
    }

    @Test
    void startingFromASituationLeadsToItsMeasures() {
        page.navigate(base + "en/");
        Browser.tabTo(page, page.locator("a[href='/en/situations/tyonhakija']"));
        page.keyboard().press("Enter");
        page.waitForURL("**/en/situations/tyonhakija");
        assertThat(page.locator("h1").innerText()).isEqualTo("Jobseeker");
        // Two phases: the start (work trial, pay subsidy) and into work (pay subsidy, start-up grant).
        assertThat(page.locator(".phase-items a").allInnerTexts()).containsExactly("Work trial", "Pay subsidy", "Pay subsidy",
                "Start-up grant");
        // The pair rules are behind the checker; the page counts them and names the limits that matter most.
        assertThat(page.locator(".combinations").innerText()).contains("There are 2 documented combination rules for",
                "Pay subsidy + Start-up grant: ✕ Not at the same time", "Check all combinations");
        page.locator(".phase-items a").first().click();
        page.waitForURL("**/en/measures/tyokokeilu");
    }

    @Test
    void theLanguageSwitchKeepsTheReaderOnTheSamePage() {
        page.navigate(base + "fi/keinot/palkkatuki");
        page.locator(".language-switch a[lang=sv]").click();
        page.waitForURL("**/sv/atgarder/palkkatuki");
        assertThat(page.locator("h1").innerText()).isEqualTo("Lönesubvention");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("sv");
        assertThat(page.locator(".language-switch a[aria-current=true]").innerText()).isEqualTo("svenska");
    }

    @Test
    void everythingWorksWithoutJavaScript() {
        try (BrowserContext noScript = browser.context(1280, false)) {
            Page plain = noScript.newPage();
            plain.navigate(base + "fi/haku?q=tukea");
            // Without the script the filters start closed, after the results; the reader opens them.
            plain.locator(".facet-details summary").click();
            plain.locator("input[name=type][value=benefit]").check();
            plain.locator(".facet-form button[type=submit]").click();
            plain.waitForURL("**type=benefit**");
            assertThat(plain.locator(".result h3 a").allInnerTexts()).containsExactlyInAnyOrder("Palkkatuki", "Starttiraha",
                    "Osasairauspäiväraha");
            assertThat(plain.locator("[data-auto-submit-note]").isHidden()).isTrue();

            plain.navigate(base + "fi/yhdistelmat");
            plain.locator("#choice-osasairauspaivaraha").check();
            plain.locator("#choice-esteettomyys").check();
            plain.locator(".checker-form button[type=submit]").click();
            plain.waitForURL("**ids=**");
            assertThat(plain.locator("table.matrix td.verdict-together").first().innerText()).contains("Voi sopia yhteen");
            assertThat(plain.locator("[data-print]").isHidden()).as("print button needs the script").isTrue();
        }
    }

    @Test
    void printingShowsTheContentWithoutNavigationOrForms() {
        page.navigate(base + "en/combinations?ids=tyokokeilu&ids=palkkatuki&ids=starttiraha");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator(".main-nav").isVisible()).isFalse();
        assertThat(page.locator(".checker-form").isVisible()).isFalse();
        assertThat(page.locator("table.matrix").isVisible()).isTrue();
        assertThat(page.locator(".pair-details").isVisible()).isTrue();
        byte[] pdf = page.pdf();
        assertThat(pdf.length).as("the matrix prints").isGreaterThan(10_000);
    }

    @Test
    void suggestionsAppearWhileTyping() {
        page.navigate(base + "fi/");
        page.locator("#front-q").pressSequentially("palk", new Locator.PressSequentiallyOptions().setDelay(50));
        page.waitForFunction("() => document.querySelectorAll('#suggestions option').length > 0");
        List<String> options = page.locator("#suggestions option").evaluateAll("options => options.map(o => o.value)")
                instanceof List<?> values ? values.stream().map(String::valueOf).toList() : List.of();
        assertThat(options).contains("Palkkatuki");
    }
}
