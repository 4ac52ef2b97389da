package fi.keinokartta.editor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.keinokartta.publishing.ReleaseRegistry;
import fi.keinokartta.publishing.ReleaseTracker;
import fi.keinokartta.testing.EditorLogin;
import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Nobody but a signed-in editor changes or sees anything in the editors' area or previews, whatever the
 * address looks like: every editor page, action, preview and editor API address, in every spelling of its
 * path, without a session, with the wrong role, with a forged form token or from another site, is refused,
 * and the live release, the release list and the audit log stay as they were.
 */
@QuarkusTest
class EditorSecurityTest {

    static final String EDITOR_PASSWORD = "test-editor-password";
    static final String READER_PASSWORD = "test-reader-password";

    @Inject
    ReleaseTracker tracker;

    @Inject
    ReleaseRegistry registry;

    @Inject
    SignInThrottle throttle;

    private String live;

    @BeforeEach
    void releaseIsLive() {
        LiveRelease.await();
        live = tracker.live().orElseThrow().id();
    }

    @AfterEach
    void forgetFailedSignIns() {
        throttle.forgetAll();
    }

    /** Spellings of one path that routers and permission checks have been known to read differently. */
    static final List<UnaryOperator<String>> PATH_VARIANTS = List.of(
            p -> p,
            p -> p.replaceFirst("^/(\\w+)", "/$1;"),
            p -> p.replaceFirst("^/(\\w+)", "/$1;x=1"),
            p -> p.replaceFirst("^/(\\w+)", "/$1%3B"),
            p -> p.replaceFirst("^/(\\w+)", "/$1%3b"),
            p -> "/" + p,
            p -> "/." + p,
            p -> p.replaceFirst("^/(\\w+)/", "/$1/./"),
            p -> p + ";",
            p -> p.replaceFirst("^/(\\w+)", "/$1%2F").replaceFirst("%2F/", "%2F"),
            p -> p.toUpperCase(java.util.Locale.ROOT));

    record Action(String method, String path, boolean form) {
    }

    private List<Action> actions() {
        return List.of(
                new Action("GET", "/editor/", false), new Action("GET", "/editor/audit", false),
                new Action("GET", "/editor/validation", false), new Action("GET", "/editor/releases", false),
                new Action("GET", "/editor/releases/" + live, false), new Action("GET", "/editor/stale", false),
                new Action("GET", "/editor/coverage", false),
                new Action("POST", "/editor/build", true), new Action("POST", "/editor/releases/" + live + "/publish", true),
                new Action("POST", "/editor/rollback", true), new Action("POST", "/editor/logout", true),
                new Action("GET", "/preview/" + live + "/fi/", false),
                new Action("GET", "/preview/" + live + "/api/v1/taxonomies", false),
                new Action("GET", "/api/v1/editor/releases", false), new Action("GET", "/api/v1/editor/validation", false),
                new Action("POST", "/api/v1/editor/releases", false), new Action("POST", "/api/v1/editor/rollback", false),
                new Action("POST", "/api/v1/editor/releases/" + live + "/publish", false));
    }

    @Test
    void everyEditorAddressInEverySpellingRefusesStrangers() {
        EditorLogin editor = EditorLogin.signIn("editor", EDITOR_PASSWORD);
        EditorLogin reader = EditorLogin.signIn("reader", READER_PASSWORD);
        String token = editor.csrfToken("/editor/");
        String origin = RestAssured.baseURI + ":" + RestAssured.port;
        int auditBefore = registry.auditLog(500).size();
        int releasesBefore = registry.list(500).size();

        List<String> accepted = new ArrayList<>();
        int tries = 0;
        for (Action action : actions()) {
            for (UnaryOperator<String> variant : PATH_VARIANTS) {
                String path = variant.apply(action.path());
                List<RequestSpecification> strangers = new ArrayList<>();
                strangers.add(given());
                strangers.add(reader.request().header("Origin", origin).formParam("csrf", token));
                strangers.add(given().auth().preemptive().basic("reader", READER_PASSWORD));
                strangers.add(given().auth().preemptive().basic("editor", "wrong password"));
                if (action.form()) {
                    strangers.add(editor.request().header("Origin", origin).formParam("csrf", "B".repeat(43)));
                    strangers.add(editor.request().header("Origin", origin));
                    strangers.add(editor.request().header("Origin", "https://evil.example").formParam("csrf", token));
                    strangers.add(editor.request().header("Origin", "null").formParam("csrf", token));
                    strangers.add(editor.request().formParam("csrf", token)); // no Origin, no Sec-Fetch-Site
                }
                for (RequestSpecification stranger : strangers) {
                    tries++;
                    Response response = stranger.config(quick()).redirects().follow(false).urlEncodingEnabled(false)
                            .request(action.method(), path);
                    if (!isRefusal(response)) {
                        accepted.add(action.method() + " " + path + " → " + response.statusCode() + " "
                                + response.header("Location"));
                    }
                    throttle.forgetAll(); // the wrong passwords above must not lock the accounts out
                }
            }
        }
        assertThat(accepted).as("accepted out of %d tries", tries).isEmpty();
        assertThat(tries).isGreaterThan(500);
        assertThat(tracker.live().orElseThrow().id()).isEqualTo(live);
        assertThat(registry.auditLog(500)).hasSize(auditBefore);
        assertThat(registry.list(500)).hasSize(releasesBefore);
    }

    private static RestAssuredConfig quick() {
        return RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 10_000).setParam("http.connection.timeout", 5_000));
    }

    /** A refusal: an error status, or a redirect to the sign-in page; never a page, a preview or an action. */
    private static boolean isRefusal(Response response) {
        int status = response.statusCode();
        if (status == 302 || status == 303) {
            String location = response.header("Location");
            return location != null && location.contains("/editor/login") && !location.contains("/editor/login?done");
        }
        return status == 400 || status == 401 || status == 403 || status == 404 || status == 405;
    }

    @Test
    void theFormsOfOneSessionDoNotWorkInAnother() {
        EditorLogin first = EditorLogin.signIn("editor", EDITOR_PASSWORD);
        EditorLogin second = EditorLogin.signIn("editor", EDITOR_PASSWORD);
        String origin = RestAssured.baseURI + ":" + RestAssured.port;
        given().cookie(EditorLogin.CREDENTIAL_COOKIE, second.credential()).cookie(EditorLogin.SESSION_COOKIE, second.session())
                .header("Origin", origin).formParam("csrf", first.csrfToken("/editor/")).redirects().follow(false)
                .post("/editor/rollback").then().statusCode(403).body(containsString("security token"));
        for (String malformed : List.of("file:///x", "::::", "http://", "http://[::1", "javascript:alert(1)")) {
            second.request().header("Origin", malformed).formParam("csrf", second.csrfToken("/editor/")).redirects()
                    .follow(false).post("/editor/rollback").then().statusCode(403);
        }
        second.request().header("Sec-Fetch-Site", "cross-site").formParam("csrf", second.csrfToken("/editor/")).redirects()
                .follow(false).post("/editor/rollback").then().statusCode(403);
        assertThat(tracker.live().orElseThrow().id()).isEqualTo(live);
    }

    @Test
    void loggingOutEndsTheSessionEvenForACopiedCookie() {
        EditorLogin session = EditorLogin.signIn("editor", EDITOR_PASSWORD);
        session.request().get("/editor/audit").then().statusCode(200);
        String token = session.csrfToken("/editor/");

        session.request().header("Origin", RestAssured.baseURI + ":" + RestAssured.port).formParam("csrf", token)
                .redirects().follow(false).post("/editor/logout").then().statusCode(303);

        // The browser dropped its cookies; someone who copied them before must not get in either.
        session.request().redirects().follow(false).get("/editor/audit").then().statusCode(302);
        given().cookie(EditorLogin.CREDENTIAL_COOKIE, session.credential()).redirects().follow(false).get("/editor/audit")
                .then().statusCode(302);
        // Signing in again works at once.
        EditorLogin.signIn("editor", EDITOR_PASSWORD).request().get("/editor/audit").then().statusCode(200);
    }

    @Test
    void guessingPasswordsIsSlowedDownAndTheRightOneWaitsToo() {
        for (int i = 0; i <= SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
            signInStatus("reader", "wrong " + i).then().statusCode(302).header("Location", containsString("failed"));
        }
        assertThat(throttle.failureCount("reader")).as("failed sign-ins are counted").isGreaterThan(
                SignInThrottle.FREE_ACCOUNT_FAILURES);
        // A few more failures and the wait is long enough that no timing on a busy machine matters.
        for (int i = 0; i < 8; i++) {
            throttle.failed("reader", "192.0.2.7");
        }
        signInStatus("reader", READER_PASSWORD).then().header("Location", containsString("failed"));
        given().auth().preemptive().basic("reader", READER_PASSWORD).get("/api/v1/editor/releases").then().statusCode(401)
                .body("detail", containsString("wait and try again"));
        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            signInStatus("reader", "wrong again " + i).then().header("Location", containsString("failed"));
        }
        // Refused without checking a password: 20 tries take far less than 20 bcrypt checks (~0.5 s each).
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
        // Other accounts are not locked out by it.
        assertThat(throttle.waitFor("editor", "192.0.2.1")).isZero();
        assertThat(throttle.waitFor("reader", "192.0.2.1")).isGreaterThan(Duration.ofSeconds(60));
    }

    private static Response signInStatus(String user, String password) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("j_username", user)
                .formParam("j_password", password).post("/j_security_check");
    }

    @Test
    void aStrayAuthorizationHeaderChangesNothingOnPublicAddresses() {
        for (String path : List.of("/api/v1/taxonomies", "/fi/", "/en/search?q=work", "/sitemap.xml")) {
            given().header("Authorization", "Basic dG9pbWl0dGFqYTp3cm9uZw==").get(path).then().statusCode(200);
            given().header("Authorization", "Bearer not-a-token").get(path).then().statusCode(200);
        }
    }

    @Test
    void theSignInEndpointAnswersBadRequestsClearly() {
        given().redirects().follow(false).contentType("application/json").body("{}").post("/j_security_check").then()
                .statusCode(400).body(containsString("/editor/login"));
        given().redirects().follow(false).contentType("text/plain").body("x").post("/j_security_check").then().statusCode(400);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").body("")
                .post("/j_security_check").then().statusCode(303).header("Location", equalTo("/editor/login?failed=1"));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("j_username", "editor")
                .post("/j_security_check").then().statusCode(303).header("Location", equalTo("/editor/login?failed=1"));
    }

    @Test
    void aMatrixParameterIsRefusedAtOnceEvenWhereSignInWouldRedirect() {
        for (String path : List.of("/editor/audit;", "/editor;/", "/preview;/" + "0".repeat(12) + "/fi/", "/fi/haku;x=1",
                "/api/v1/measures/palkkatuki;v=2")) {
            // Refused before any route filter ran, yet with the security headers of every answer.
            given().config(quick()).urlEncodingEnabled(false).redirects().follow(false).get(path).then().statusCode(400)
                    .body(containsString("never uses")).header("X-Frame-Options", "DENY").header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", containsString("default-src 'self'"));
        }
        given().config(quick()).urlEncodingEnabled(false).get("/api/v1/taxonomies;x").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("never uses"));
    }

    @Test
    void redirectsNeverRepeatAForgedHost() {
        given().header("Host", "evil.example").redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", equalTo("/fi/"));
        given().header("Host", "evil.example").redirects().follow(false).get("/editor/").then().statusCode(302)
                .header("Location", equalTo("/editor/login"));
        given().header("Host", "evil.example").redirects().follow(false).get("/sv/keinot/palkkatuki").then().statusCode(301)
                .header("Location", not(containsString("evil")));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : List.of("/editor/login", "/q/health/ready", "/nope", "/fi/", "/api/v1/taxonomies",
                "/editor/audit", "/sitemap.xml")) {
            Response response = given().redirects().follow(false).get(path);
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
            assertThat(response.header("Referrer-Policy")).as(path).isNotNull();
            String type = response.header("Content-Type");
            if (type != null && (type.startsWith("text/") || type.contains("xml"))) {
                assertThat(type.toLowerCase(java.util.Locale.ROOT)).as(path).contains("charset=utf-8");
            }
        }
    }

    @Test
    void addressesWithCharactersNoIdHasAreNotFoundNotFailures() {
        for (String path : List.of("/sv/keinot/a%20b", "/fi/atgarder/x%22y", "/en/uutta/%7Bpage.title%7D", "/sv/tilanteet/%09",
                "/fi/measures/%E2%80%AE", "/en/tilanteet/a%0Ab", "/fi/situationer/%C3%A4")) {
            given().urlEncodingEnabled(false).redirects().follow(false).get(path).then().statusCode(404);
        }
        given().urlEncodingEnabled(false).redirects().follow(false).get("/sv/keinot/palkkatuki?q=a%7Cb").then().statusCode(301)
                .header("Location", equalTo("/sv/atgarder/palkkatuki?q=a%7Cb"));
    }
}
