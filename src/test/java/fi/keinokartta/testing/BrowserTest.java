package fi.keinokartta.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Tests of the pages in a real Chromium: one browser per test class, and a live release before each test. */
public abstract class BrowserTest {

    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void releaseIsLive() {
        LiveRelease.await();
    }
}
