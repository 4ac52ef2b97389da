package fi.keinokartta.editor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.keinokartta.content.load.ContentLoader;
import fi.keinokartta.publishing.Publisher;
import fi.keinokartta.publishing.ReleaseTracker;
import fi.keinokartta.testing.CorpusFolder;
import fi.keinokartta.testing.EditorLogin;
import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The editors' flow through the pages: sign in, build a candidate from a changed content folder,
 * preview it while the public site is untouched, publish it, see it in what's new, roll it back.
 * Only signed-in editors get in, and no state changes without the form's CSRF token.
 */
@QuarkusTest
@TestProfile(EditorFlowTest.OwnContentFolder.class)
class EditorFlowTest {

    static final Path FOLDER = Path.of("target/editor-flow-content");
    static final String EDITOR_PASSWORD = "test-editor-password";

    /** The service publishes from a copy of the corpus that the test edits, as an editor would. */
    public static class OwnContentFolder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            CorpusFolder.copyTo(FOLDER);
            return Map.of("keinokartta.content.dir", FOLDER.resolve("content").toString());
        }
    }

    @Inject
    ReleaseTracker tracker;

    @Inject
    Publisher publisher;

    @Inject
    fi.keinokartta.publishing.ReleaseBuilder builder;

    @TempDir
    Path temp;

    private String originalRelease;

    @BeforeEach
    void releaseIsLive() {
        LiveRelease.await();
        originalRelease = tracker.live().orElseThrow().id();
    }

    @AfterEach
    void restore() {
        CorpusFolder.copyTo(FOLDER);
        if (!tracker.live().orElseThrow().id().equals(originalRelease)) {
            publisher.publish(builder.build(new ContentLoader().load(FOLDER.resolve("content")), "test").releaseId(), "test");
        }
    }

    /** Signs in through the form; the sign-in and session cookies. */
    static EditorLogin signIn(String user, String password) {
        return EditorLogin.signIn(user, password);
    }

    /** The signed-in browser's request, sent from this site's own pages (as a browser says with Origin). */
    private static io.restassured.specification.RequestSpecification as(EditorLogin login) {
        return login.request().header("Origin", io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port);
    }

    @Test
    void nobodyButSignedInEditorsGetsIn() {
        given().redirects().follow(false).get("/editor/").then().statusCode(302)
                .header("Location", endsWith("/editor/login"));
        given().get("/editor/login").then().statusCode(200).body(containsString("j_security_check"));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "editor").formParam("j_password", "wrong").post("/j_security_check")
                .then().statusCode(302).header("Location", endsWith("/editor/login?failed=1"));

        EditorLogin reader = signIn("reader", "test-reader-password");
        reader.request().get("/editor/").then().statusCode(403);
        reader.request().get("/preview/" + originalRelease + "/fi/").then().statusCode(403);

        // Scripts are told how to sign in (a challenge and a sentence), never an empty refusal.
        given().get("/api/v1/editor/releases").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic realm=")).body("detail", containsString("role 'editor'"));
        given().auth().preemptive().basic("reader", "test-reader-password").get("/api/v1/editor/releases").then().statusCode(403)
                .body("detail", containsString("role 'editor'"));
        given().auth().preemptive().basic("editor", "wrong").get("/api/v1/editor/releases").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic realm=")).body("detail", containsString("Wrong name or password"));
        given().auth().preemptive().basic("editor", EDITOR_PASSWORD).get("/api/v1/editor/releases").then().statusCode(200);
        signIn("editor", EDITOR_PASSWORD).request().get("/editor/").then().statusCode(200)
                .body(containsString("Kirjautuneena: editor"));
    }

    @Test
    void noChangeWithoutTheFormsToken() {
        EditorLogin session = signIn("editor", EDITOR_PASSWORD);
        as(session).redirects().follow(false).post("/editor/build")
                .then().statusCode(403).body(containsString("security token"));
        String token = session.csrfToken("/editor/");
        as(session).formParam("csrf", "x".repeat(43))
                .redirects().follow(false).post("/editor/rollback").then().statusCode(403);
        session.request().formParam("csrf", token)
                .header("Origin", "https://evil.example").redirects().follow(false).post("/editor/rollback")
                .then().statusCode(403).body(containsString("another site"));
        assertThat(tracker.live().orElseThrow().id()).isEqualTo(originalRelease);
    }

    @Test
    void changePreviewPublishAndRollBack() {
        EditorLogin session = signIn("editor", EDITOR_PASSWORD);
        String token = session.csrfToken("/editor/");

        // An editor changes an entry in the content folder and asks for a candidate.
        new CorpusFolder(FOLDER.resolve("content")).replace("items/palkkatuki.yaml", "title: Palkkatuki",
                "title: Palkkatuki työnantajalle");
        String location = as(session)
                .formParam("csrf", token).redirects().follow(false).post("/editor/build")
                .then().statusCode(303).extract().header("Location");
        String candidate = location.replaceAll(".*/editor/releases/([0-9a-f]{12}).*", "$1");
        assertThat(candidate).hasSize(12).isNotEqualTo(originalRelease);

        // The release page shows what changed and offers preview and publish.
        session.request().get("/editor/releases/" + candidate).then().statusCode(200)
                .body(containsString("Palkkatuki (palkkatuki): title (fi)"))
                .body(containsString("/preview/" + candidate + "/fi/"))
                .body(containsString("action=\"/editor/releases/" + candidate + "/publish\""));

        // Preview shows the candidate, marked as such, with its links kept in the preview; the public site is unchanged.
        session.request().get("/preview/" + candidate + "/fi/keinot/palkkatuki").then()
                .statusCode(200)
                .header("X-Robots-Tag", "noindex")
                .body(containsString("<h1>Palkkatuki työnantajalle</h1>"))
                .body(containsString("ESIKATSELU"))
                .body(containsString("href=\"/preview/" + candidate + "/fi/haku\""));
        session.request().get("/preview/" + candidate + "/api/v1/measures/palkkatuki")
                .then().statusCode(200).body("title", equalTo("Palkkatuki työnantajalle")).body("release", equalTo(candidate));
        given().get("/fi/keinot/palkkatuki").then().body(containsString("<h1>Palkkatuki</h1>"))
                .body(not(containsString("ESIKATSELU")));
        session.request().post("/preview/" + candidate + "/api/v1/editor/rollback")
                .then().statusCode(405);

        // Publish.
        as(session).formParam("csrf", token)
                .redirects().follow(false).post("/editor/releases/" + candidate + "/publish")
                .then().statusCode(303).header("Location", endsWith("/editor/releases/" + candidate + "?done=published"));
        given().get("/fi/keinot/palkkatuki").then().body(containsString("<h1>Palkkatuki työnantajalle</h1>"))
                .body(containsString("<dt>Sisältö muuttunut viimeksi</dt><dd>"
                        + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"))
                                .format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy")) + "</dd>"));
        given().get("/fi/uutta").then().body(containsString("Palkkatuki työnantajalle</a> – muuttui: otsikko (fi)"));
        given().get("/fi/uutta/feed.xml").then().body(containsString("Palkkatuki työnantajalle"));
        session.request().get("/editor/audit").then()
                .body(containsString("<td>editor</td><td>publish</td>"));
        // The release before is kept, so the dashboard offers to roll back to it.
        session.request().get("/editor/").then()
                .body(containsString("action=\"/editor/rollback\""));

        // Roll back: the previous answers come back.
        as(session).formParam("csrf", token)
                .redirects().follow(false).post("/editor/rollback").then().statusCode(303);
        given().get("/fi/keinot/palkkatuki").then().body(containsString("<h1>Palkkatuki</h1>"));
        assertThat(tracker.live().orElseThrow().id()).isEqualTo(originalRelease);
    }

    @Test
    void theStaleReportListsFiguresWhosePeriodHasEnded() {
        EditorLogin session = signIn("editor", EDITOR_PASSWORD);
        session.request().get("/editor/stale").then().statusCode(200)
                .body(not(containsString("Vanhentuneet luvut")));

        new CorpusFolder(FOLDER.resolve("content")).replace("items/tyokokeilu.yaml", "validFrom: '2025-01-01'\n  source: kela",
                "validFrom: '2025-01-01'\n  validTo: '2025-12-31'\n  source: kela");

        session.request().get("/editor/stale").then().statusCode(200)
                .body(containsString("Vanhentuneet luvut (1)"))
                .body(containsString("Työkokeilu: Enimmäiskesto <code>items/tyokokeilu.yaml · kesto</code>"))
                .body(containsString("31.12.2025 – <strong>vanhentunut</strong>"))
                .body(not(containsString("Kaikki tiedot on tarkistettu ajallaan")));
    }

    @Test
    void aBrokenChangeIsRefusedAndTheEditorSeesWhy() {
        EditorLogin session = signIn("editor", EDITOR_PASSWORD);
        String token = session.csrfToken("/editor/");
        new CorpusFolder(FOLDER.resolve("content")).replace("items/palkkatuki.yaml", "type: benefit", "type: benefitt");

        as(session).formParam("csrf", token)
                .redirects().follow(false).post("/editor/build")
                .then().statusCode(303).header("Location", endsWith("/editor/validation"));
        session.request().get("/editor/validation").then().statusCode(200)
                .body(containsString("items/palkkatuki.yaml:3"))
                .body(containsString("&#39;type&#39; has the value &#39;benefitt&#39;"))
                .body(not(containsString(FOLDER.toAbsolutePath().toString())));
        session.request().get("/editor/").then().statusCode(200)
                .body(not(containsString(FOLDER.toAbsolutePath().toString())));
        given().auth().preemptive().basic("editor", EDITOR_PASSWORD).post("/api/v1/editor/releases")
                .then().statusCode(422).body("publishable", equalTo(false)).body("folder", equalTo("content"))
                .body("problems[0].file", equalTo("items/palkkatuki.yaml"));
        assertThat(tracker.live().orElseThrow().id()).isEqualTo(originalRelease);
        given().get("/api/v1/measures/palkkatuki").then().statusCode(200).body("type", equalTo("benefit"));
    }

    @Test
    void aMeasurePastItsReviewDateSaysSoOnItsPage() {
        new CorpusFolder(FOLDER.resolve("content")).replace("items/starttiraha.yaml", "reviewed: '2026-11-01'",
                "reviewed: '2025-06-01'").replace("items/starttiraha.yaml", "reviewBy: '2099-12-31'", "reviewBy: '2026-01-01'");
        HttpResponseSpec.built(given().auth().preemptive().basic("editor", EDITOR_PASSWORD).post("/api/v1/editor/releases"))
                .publishAs("editor", EDITOR_PASSWORD);
        given().get("/fi/keinot/starttiraha").then().statusCode(200)
                .body(containsString("tämän sivun tiedot olisi pitänyt tarkistaa 1.1.2026 mennessä"));
        given().get("/en/measures/starttiraha").then().body(containsString("should have been checked by 1 January 2026"));
        given().get("/api/v1/measures/starttiraha").then().body("reviewOverdue", equalTo(true));
    }

    /** A build answered by the editor API, to publish in one go. */
    record HttpResponseSpec(String releaseId) {
        static HttpResponseSpec built(Response response) {
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            return new HttpResponseSpec(response.jsonPath().getString("releaseId"));
        }

        void publishAs(String user, String password) {
            given().auth().preemptive().basic(user, password).post("/api/v1/editor/releases/" + releaseId + "/publish")
                    .then().statusCode(200).body("status", equalTo("live"));
        }
    }

    @Test
    void theStaleReportListsEntriesToReview() {
        new CorpusFolder(FOLDER.resolve("content")).replace("items/starttiraha.yaml", "reviewBy: '2099-12-31'",
                "reviewBy: '2026-11-24'");
        EditorLogin session = signIn("editor", EDITOR_PASSWORD);
        session.request().get("/editor/stale").then().statusCode(200)
                .body(containsString("items/starttiraha.yaml"))
                .body(not(containsString("items/palkkatuki.yaml")));
    }

    @Test
    void editorsSeeTheCombinationCoverageAndThePairsWithoutARule() {
        given().redirects().follow(false).get("/editor/coverage").then().statusCode(302)
                .header("Location", endsWith("/editor/login"));
        signIn("reader", "test-reader-password").request().get("/editor/coverage").then().statusCode(403);

        EditorLogin session = signIn("editor", EDITOR_PASSWORD);
        session.request().get("/editor/").then().statusCode(200)
                .body(containsString("href=\"/editor/coverage\""));
        session.request().get("/editor/coverage").then().statusCode(200)
                .body(containsString("Yhdistelmien kattavuus"))
                .body(not(containsString("Esteettömyys (esteettomyys)")));

        // An editor places a measure in a phase next to two others it has no rule with.
        new CorpusFolder(FOLDER.resolve("content")).replace("situations/tyonhakija.yaml", "  - palkkatuki\n",
                "  - palkkatuki\n  - esteettomyys\n");
        String page = session.request().header("Accept-Language", "en").get("/editor/coverage").then().statusCode(200).extract().asString();
        assertThat(page).contains("Combination coverage", "without a rule 2.", "The wider goal")
                .contains("Accessibility (esteettomyys)", "Work trial (tyokokeilu) + Accessibility (esteettomyys)",
                        "Pay subsidy (palkkatuki) + Accessibility (esteettomyys)");
        assertThat(tracker.live().orElseThrow().id()).isEqualTo(originalRelease);
    }
}
