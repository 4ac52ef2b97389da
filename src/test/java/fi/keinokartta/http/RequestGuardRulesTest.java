package fi.keinokartta.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Redirects are made relative when they point at the host the request named, so a forged Host goes nowhere. */
class RequestGuardRulesTest {

    @Test
    void aRedirectToTheRequestsOwnHostBecomesRelative() {
        assertThat(RequestGuard.relativeToRequestHost("http://evil.example/fi/", "evil.example")).isEqualTo("/fi/");
        assertThat(RequestGuard.relativeToRequestHost("https://EVIL.example:8443/editor/login?x=1", "evil.example:8443"))
                .isEqualTo("/editor/login?x=1");
        assertThat(RequestGuard.relativeToRequestHost("http://evil.example", "evil.example")).isEqualTo("/");
        assertThat(RequestGuard.relativeToRequestHost("/fi/", "evil.example")).isEqualTo("/fi/");
        assertThat(RequestGuard.relativeToRequestHost("https://login.example/auth", "keinokartta.fi"))
                .as("a redirect to another service stays").isEqualTo("https://login.example/auth");
        assertThat(RequestGuard.relativeToRequestHost("http://evil.example.other/x", "evil.example"))
                .isEqualTo("http://evil.example.other/x");
        assertThat(RequestGuard.relativeToRequestHost("http://a/x", null)).isEqualTo("http://a/x");
    }

    @Test
    void textInAnEarlyErrorPageIsEscaped() {
        assertThat(Problems.page(400, "<script>\"&")).contains("&lt;script&gt;&quot;&amp;").doesNotContain("<script>");
    }
}
