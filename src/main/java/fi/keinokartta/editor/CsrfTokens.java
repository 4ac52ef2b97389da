package fi.keinokartta.editor;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

import fi.keinokartta.api.ApiProblem;

/**
 * Protection of the editors' forms against cross-site requests: a random token in a strict same-site
 * cookie that every state-changing form must send back (double submit), plus a same-origin check.
 */
@ApplicationScoped
public class CsrfTokens {

    public static final String COOKIE = "kk-csrf";
    public static final String FIELD = "csrf";

    private final SecureRandom random = new SecureRandom();

    /** The token of the request's cookie, or a new one (then also send {@link #cookie(String)}). */
    public String tokenOrNew(String fromCookie) {
        if (isWellFormed(fromCookie)) {
            return fromCookie;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public NewCookie cookie(String token) {
        return new NewCookie.Builder(COOKIE).value(token).path("/editor").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    /** Refuses the request (403) unless the form token matches the cookie and the request comes from this site. */
    public void verify(String formToken, String cookieToken, String origin, URI requestUri) {
        if (origin != null && !origin.equals("null")) {
            URI from = URI.create(origin);
            if (!from.getHost().equalsIgnoreCase(requestUri.getHost()) || from.getPort() != requestUri.getPort()) {
                throw new ApiProblem(403, "The form was sent from another site; it was refused.", null);
            }
        }
        if (!isWellFormed(formToken) || !isWellFormed(cookieToken) || !MessageDigest.isEqual(
                formToken.getBytes(StandardCharsets.US_ASCII), cookieToken.getBytes(StandardCharsets.US_ASCII))) {
            throw new ApiProblem(403, "The form's security token is missing or out of date: reload the page and try again.", null);
        }
    }

    private static boolean isWellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
