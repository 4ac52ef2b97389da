package fi.keinokartta.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** An editor signed in through the form, as a browser would be: the sign-in cookie and the session cookie. */
public record EditorLogin(String credential, String session) {

    public static final String CREDENTIAL_COOKIE = "quarkus-credential";
    public static final String SESSION_COOKIE = "kk-session";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    public static EditorLogin signIn(String user, String password) {
        Response response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
        assertThat(response.statusCode()).as("sign-in of %s", user).isEqualTo(302);
        assertThat(response.header("Location")).as("sign-in of %s", user).doesNotContain("failed");
        return new EditorLogin(response.getCookie(CREDENTIAL_COOKIE), response.getCookie(SESSION_COOKIE));
    }

    /** A request carrying both cookies. */
    public RequestSpecification request() {
        RequestSpecification request = given().cookie(CREDENTIAL_COOKIE, credential);
        return session == null ? request : request.cookie(SESSION_COOKIE, session);
    }

    /** The CSRF token in the forms of an editor page. */
    public String csrfToken(String page) {
        Response response = request().get(page);
        assertThat(response.statusCode()).isEqualTo(200);
        Matcher matcher = CSRF_FIELD.matcher(response.asString());
        assertThat(matcher.find()).as("a form with a CSRF token on " + page).isTrue();
        return matcher.group(1);
    }
}
