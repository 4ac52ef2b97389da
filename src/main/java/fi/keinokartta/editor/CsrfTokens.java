package fi.keinokartta.editor;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fi.keinokartta.config.KeinokarttaConfig;
import fi.keinokartta.http.ApiProblem;

/**
 * Protection of the editors' forms against cross-site requests. Every form that changes something carries
 * a token derived from the editor's own session (an HMAC of the session cookie), so a token is worth
 * nothing outside that session; and the request must say it comes from this site (a same-origin
 * {@code Origin}, or {@code Sec-Fetch-Site: same-origin} when a browser sends no Origin).
 */
@ApplicationScoped
public class CsrfTokens {

    public static final String FIELD = "csrf";

    @Inject
    EditorSessions sessions;

    @Inject
    KeinokarttaConfig config;

    /** The token for the forms of the session in this cookie; empty when there is no valid session. */
    public String tokenFor(String sessionCookie) {
        return sessions.read(sessionCookie).map(sessions::csrfToken).orElse("");
    }

    /** Refuses the request (403) unless it comes from this site and carries its session's token. */
    public void verify(String formToken, String sessionCookie, String origin, String fetchSite, URI requestUri) {
        if (!comesFromThisSite(origin, fetchSite, requestUri, config.web().baseUrl())) {
            throw new ApiProblem(403, "The form was sent from another site, or the browser did not say where from; it was refused.",
                    null);
        }
        String expected = tokenFor(sessionCookie);
        if (expected.isEmpty() || formToken == null || !MessageDigest.isEqual(
                formToken.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiProblem(403, "The form's security token is missing or out of date: reload the page and try again.", null);
        }
    }

    /**
     * A same-origin request: its Origin names this site (as the request was addressed, or as the configured
     * public address when a proxy stands in between). A missing Origin is accepted only when the browser
     * says {@code Sec-Fetch-Site: same-origin}; {@code null} or a malformed Origin never is.
     */
    static boolean comesFromThisSite(String origin, String fetchSite, URI requestUri, String baseUrl) {
        if (origin == null || origin.isBlank()) {
            return "same-origin".equals(fetchSite);
        }
        URI from;
        try {
            from = new URI(origin.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        if (from.getHost() == null || from.getScheme() == null) {
            return false;
        }
        return sameOrigin(from, requestUri) || sameOrigin(from, safeUri(baseUrl));
    }

    private static boolean sameOrigin(URI a, URI b) {
        if (b == null || b.getHost() == null || b.getScheme() == null) {
            return false;
        }
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return uri.getScheme().toLowerCase(Locale.ROOT).equals("https") ? 443 : 80;
    }

    private static URI safeUri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
