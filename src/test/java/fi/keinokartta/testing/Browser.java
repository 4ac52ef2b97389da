package fi.keinokartta.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A real headless Chromium (the system's, see src/test/sh/ensure-chromium) driven by Playwright.
 * One per test class; Playwright never downloads a browser of its own.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable())
                .setArgs(FLAGS)
                .setHeadless(true));
    }

    /** A fresh context: desktop by default, or the given width (a phone is 360). */
    public BrowserContext context(int width, boolean javaScript) {
        return chromium.newContext(new NewContextOptions().setViewportSize(width, 900).setJavaScriptEnabled(javaScript)
                .setLocale("fi-FI"));
    }

    private static Path executable() {
        String explicit = System.getenv("CHROMIUM_PATH");
        if (explicit != null && Files.isExecutable(Path.of(explicit))) {
            return Path.of(explicit);
        }
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium")
                .map(Path::of).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("No Chromium found: run src/test/sh/ensure-chromium or set CHROMIUM_PATH"));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }

    /** Presses Tab until the element has the focus, as a keyboard user would; fails if it never gets there. */
    public static void tabTo(Page page, Locator target) {
        for (int i = 0; i < 400; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) target.evaluate("element => element === document.activeElement")) {
                return;
            }
        }
        throw new AssertionError("Could not reach " + target + " with the Tab key");
    }
}
