package fi.keinokartta.editor;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fi.keinokartta.publishing.ReleaseRegistry;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;

/**
 * The editors' sessions. Quarkus' form sign-in keeps only the user name in its cookie, so a copied cookie
 * would stay valid until it times out even after logging out. Each sign-in therefore also gets a signed
 * session cookie that records when it began; signing out records the time in the cluster, and every
 * session begun before a user's last sign-out is refused on every instance. The same signature key binds
 * each form's CSRF token to its session.
 */
@ApplicationScoped
public class EditorSessions {

    public static final String COOKIE = "kk-session";
    /** However active, a session ends this long after sign-in. */
    static final Duration MAX_AGE = Duration.ofHours(12);
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    /** A session read from a valid cookie. */
    public record Session(String user, Instant begun, String cookieValue) {
    }

    @Inject
    ReleaseRegistry registry;

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> sharedKey;

    Clock clock = Clock.systemUTC();

    private final SecureRandom random = new SecureRandom();
    private volatile byte[] key;

    /** A new session for a user who has just signed in: the value of its cookie. */
    public String begin(String user) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String payload = BASE64.encodeToString(user.getBytes(StandardCharsets.UTF_8)) + "." + Instant.now(clock).toEpochMilli()
                + "." + BASE64.encodeToString(nonce);
        return payload + "." + sign("session\n" + payload);
    }

    /** The session of a cookie value, if its signature is ours and it has not expired. */
    public Optional<Session> read(String cookieValue) {
        if (cookieValue == null || cookieValue.length() > 512) {
            return Optional.empty();
        }
        String[] parts = cookieValue.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(sign("session\n" + payload).getBytes(StandardCharsets.US_ASCII),
                parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            String user = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            Instant begun = Instant.ofEpochMilli(Long.parseLong(parts[1]));
            Instant now = Instant.now(clock);
            if (begun.isAfter(now.plusSeconds(60)) || begun.plus(MAX_AGE).isBefore(now)) {
                return Optional.empty();
            }
            return Optional.of(new Session(user, begun, cookieValue));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when the session belongs to the user and began after the user's last sign-out (asks the cluster). */
    public boolean isCurrent(Session session, String user) {
        return session.user().equals(user)
                && registry.lastSignOut(user).map(signedOut -> session.begun().isAfter(signedOut)).orElse(true);
    }

    /** Ends every session of the user, on every instance. */
    public void endAll(String user) {
        registry.recordSignOut(user, Instant.now(clock));
    }

    /** The CSRF token of a session's forms: only someone who holds the session cookie can know it. */
    public String csrfToken(Session session) {
        return sign("csrf\n" + session.cookieValue());
    }

    public Cookie cookie(String value, boolean secure) {
        return Cookie.cookie(COOKIE, value).setPath("/").setHttpOnly(true).setSecure(secure)
                .setSameSite(CookieSameSite.STRICT);
    }

    /** The HMAC-SHA256 of a text under the session key, base64url (43 characters). */
    String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return BASE64.encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Derived from the key that also encrypts the sign-in cookie, so every instance that accepts one accepts
     * the other; without it (development and tests) a random key per start.
     */
    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = sharedKey.filter(k -> !k.isBlank()).map(EditorSessions::derive).orElseGet(() -> {
                        byte[] bytes = new byte[32];
                        random.nextBytes(bytes);
                        return bytes;
                    });
                }
                current = key;
            }
        }
        return current;
    }

    private static byte[] derive(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(("keinokartta editor sessions\n" + secret).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
