package fi.keinokartta.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The pure rules behind the editors' security, without a running service. */
class EditorSecurityRulesTest {

    private static final URI REQUEST = URI.create("http://localhost:8080/editor/build");

    @Test
    void onlyThisSitesOriginPasses() {
        assertThat(CsrfTokens.comesFromThisSite("http://localhost:8080", null, REQUEST, "https://keinokartta.fi")).isTrue();
        assertThat(CsrfTokens.comesFromThisSite("https://keinokartta.fi", null, REQUEST, "https://keinokartta.fi")).isTrue();
        assertThat(CsrfTokens.comesFromThisSite("https://keinokartta.fi:443", null, REQUEST, "https://keinokartta.fi")).isTrue();
        assertThat(CsrfTokens.comesFromThisSite(null, "same-origin", REQUEST, "https://keinokartta.fi")).isTrue();
        for (String origin : List.of("http://localhost:8081", "https://localhost:8080", "http://evil.example", "null",
                "file:///x", "::::", "http://", "javascript:alert(1)", " ")) {
            assertThat(CsrfTokens.comesFromThisSite(origin, null, REQUEST, "https://keinokartta.fi")).as(origin).isFalse();
        }
        assertThat(CsrfTokens.comesFromThisSite(null, null, REQUEST, "https://keinokartta.fi")).isFalse();
        assertThat(CsrfTokens.comesFromThisSite(null, "cross-site", REQUEST, "https://keinokartta.fi")).isFalse();
        assertThat(CsrfTokens.comesFromThisSite("http://evil.example", "same-origin", REQUEST, "https://keinokartta.fi"))
                .as("a wrong Origin is not saved by Sec-Fetch-Site").isFalse();
    }

    @Test
    void backOffDoublesUpToItsCeiling() {
        assertThat(SignInThrottle.backOff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInThrottle.backOff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottle.backOff(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(SignInThrottle.backOff(11)).isEqualTo(SignInThrottle.CEILING);
        assertThat(SignInThrottle.backOff(1_000_000)).isEqualTo(SignInThrottle.CEILING);
    }

    @Test
    void anAccountWaitsAfterItsFreeFailuresAndIsClearedBySuccess() {
        SignInThrottle throttle = new SignInThrottle();
        throttle.clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
        for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
            assertThat(throttle.waitFor("editor", "10.0.0.1")).isZero();
            throttle.failed("editor", "10.0.0.1");
        }
        assertThat(throttle.waitFor("editor", "10.0.0.1")).isZero();
        throttle.failed("editor", "10.0.0.1");
        assertThat(throttle.waitFor("Editor ", "10.0.0.2")).as("the same account, however spelt, from anywhere")
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("other", "10.0.0.2")).isZero();
        throttle.succeeded("editor");
        assertThat(throttle.waitFor("editor", "10.0.0.2")).isZero();
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedDown() {
        SignInThrottle throttle = new SignInThrottle();
        throttle.clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
        for (int i = 0; i <= SignInThrottle.FREE_ADDRESS_FAILURES; i++) {
            throttle.failed("name" + i, "10.0.0.9");
        }
        assertThat(throttle.waitFor("yet another", "10.0.0.9")).isPositive();
        assertThat(throttle.waitFor("yet another", "10.0.0.10")).isZero();
    }

    @Test
    void unknownNamesAreCheckedAtTheCostOfRealAccounts() {
        assertThat(EditorAccounts.cost("$2a$12$xqIz/tB/LF/lHqPXS8rHd.bZvMrxODQWpr0tUWOwm6Eu4yPH3C8SK")).hasValue(12);
        assertThat(EditorAccounts.cost("plain text")).isEmpty();
        assertThat(EditorAccounts.highestCost(List.of(
                new EditorAccounts.Account("a", Set.of("editor"), "$2a$10$abcdefghijklmnopqrstuv"),
                new EditorAccounts.Account("b", Set.of("editor"), "$2a$13$abcdefghijklmnopqrstuv")))).isEqualTo(13);
        assertThat(EditorAccounts.highestCost(List.of())).isEqualTo(12);
    }

    @Test
    void aSessionCookieIsOursOnlyWithItsSignatureAndWithinItsAge() {
        EditorSessions sessions = new EditorSessions();
        sessions.sharedKey = java.util.Optional.of("a key shared by all instances");
        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        sessions.clock = Clock.fixed(now, ZoneOffset.UTC);
        String cookie = sessions.begin("editor");
        assertThat(sessions.read(cookie)).get().extracting(EditorSessions.Session::user).isEqualTo("editor");

        String[] parts = cookie.split("\\.");
        String otherUser = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("admin".getBytes()) + "." + parts[1]
                + "." + parts[2] + "." + parts[3];
        assertThat(sessions.read(otherUser)).isEmpty();
        assertThat(sessions.read(cookie + "x")).isEmpty();
        assertThat(sessions.read("")).isEmpty();
        assertThat(sessions.read(null)).isEmpty();
        assertThat(sessions.read("a.b.c.d")).isEmpty();

        EditorSessions anotherKey = new EditorSessions();
        anotherKey.sharedKey = java.util.Optional.of("another key");
        anotherKey.clock = sessions.clock;
        assertThat(anotherKey.read(cookie)).isEmpty();

        sessions.clock = Clock.fixed(now.plus(EditorSessions.MAX_AGE).plusSeconds(1), ZoneOffset.UTC);
        assertThat(sessions.read(cookie)).as("too old").isEmpty();

        EditorSessions sameKey = new EditorSessions();
        sameKey.sharedKey = java.util.Optional.of("a key shared by all instances");
        sameKey.clock = Clock.fixed(now.plusSeconds(5), ZoneOffset.UTC);
        assertThat(sameKey.read(cookie)).as("another instance with the shared key").isPresent();
        assertThat(sameKey.csrfToken(sameKey.read(cookie).orElseThrow())).hasSize(43)
                .isNotEqualTo(sameKey.csrfToken(sameKey.read(sameKey.begin("editor")).orElseThrow()));
    }
}
