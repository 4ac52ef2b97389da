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

    @Test
    void onlyBasicCredentialsThatCanBeReadAreHandedToTheSignIn() {
        assertThat(BasicAuthArea.of("/q/metrics")).isEqualTo(BasicAuthArea.METRICS);
        assertThat(BasicAuthArea.of("/q/metrics/x")).isEqualTo(BasicAuthArea.METRICS);
        assertThat(BasicAuthArea.of("/api/v1/editor/releases")).isEqualTo(BasicAuthArea.EDITOR_API);
        assertThat(BasicAuthArea.of("/q/metricsx")).isNull();
        assertThat(BasicAuthArea.of("/api/v1/editorial")).isNull();
        assertThat(BasicAuthArea.of("/editor/")).as("people sign in to the editors' pages with a form").isNull();
        assertThat(BasicAuthArea.hasReadableCredentials("Basic c2NyYXBlcjpwdw==")).isTrue(); // scraper:pw
        assertThat(BasicAuthArea.hasReadableCredentials("basic c2NyYXBlcjpwdw==")).isTrue();
        assertThat(BasicAuthArea.hasReadableCredentials(null)).isFalse();
        assertThat(BasicAuthArea.hasReadableCredentials("Bearer c2NyYXBlcjpwdw==")).isFalse();
        assertThat(BasicAuthArea.hasReadableCredentials("Basic %%%")).isFalse();
        assertThat(BasicAuthArea.hasReadableCredentials("Basic c2NyYXBlcg==")).as("no colon").isFalse();
        assertThat(BasicAuthArea.hasReadableCredentials("Basic OnB3")).as("no name").isFalse();
    }

    @Test
    void strictTransportSecurityOnlyWhereTheSiteIsServedOverHttps() {
        io.vertx.core.MultiMap plain = io.vertx.core.MultiMap.caseInsensitiveMultiMap();
        SecurityHeaders.apply(plain, "/fi/", false);
        assertThat(plain.get("Strict-Transport-Security")).isNull();
        assertThat(plain.get("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe");
        io.vertx.core.MultiMap https = io.vertx.core.MultiMap.caseInsensitiveMultiMap();
        SecurityHeaders.apply(https, "/q/swagger-ui/", true);
        assertThat(https.get("Strict-Transport-Security")).startsWith("max-age=");
        assertThat(https.get("Content-Security-Policy")).isEqualTo(SecurityHeaders.TOOLS_POLICY);
    }
}
