package fi.keinokartta.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The addresses signed into with HTTP basic authentication (by scripts and Prometheus, not people in a
 * browser), as the permissions in {@code application.properties} name them; {@link RequestGuard} gives their
 * 401 a challenge and a message.
 */
enum BasicAuthArea {
    EDITOR_API("/api/v1/editor", "Keinokartta editor API", "the editor API", "editor"),
    METRICS("/q/metrics", "Keinokartta metrics", "the metrics", "metrics");

    private final String prefix;
    private final String realm;
    private final String what;
    private final String role;

    BasicAuthArea(String prefix, String realm, String what, String role) {
        this.prefix = prefix;
        this.realm = realm;
        this.what = what;
        this.role = role;
    }

    String realm() {
        return realm;
    }

    String what() {
        return what;
    }

    String role() {
        return role;
    }

    /** The area a path is in, or null. */
    static BasicAuthArea of(String path) {
        if (path == null) {
            return null;
        }
        for (BasicAuthArea area : values()) {
            if (path.equals(area.prefix) || path.startsWith(area.prefix + "/")) {
                return area;
            }
        }
        return null;
    }

    /** {@code Basic <base64 of name:password>}: anything else is no sign-in at all. */
    static boolean hasReadableCredentials(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith("basic ")) {
            return false;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            return decoded.indexOf(':') > 0;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
