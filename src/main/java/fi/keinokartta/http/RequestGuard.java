package fi.keinokartta.http;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fi.keinokartta.config.KeinokarttaConfig;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The first thing every request meets, before authentication and routing.
 * <ul>
 * <li>Addresses this site never uses are refused with 400: matrix parameters ({@code ;}, also as
 * {@code %3B}), encoded slashes and backslashes, and NUL. Path permissions and the REST router read such
 * paths differently (the router drops {@code ;…}, the permission pattern does not), which once let a
 * stranger into the editors' area.</li>
 * <li>Redirects never repeat the request's {@code Host}: an absolute {@code Location} to the host the
 * request named becomes relative, so a forged Host cannot send readers elsewhere.</li>
 * <li>Every answer carries the {@link SecurityHeaders}, also the refusals below.</li>
 * <li>The areas signed into with basic authentication (the editor API, the metrics) answer a missing or wrong
 * sign-in with a 401 that has a challenge and says what to do; Quarkus' own is empty.</li>
 * <li>Text answers say their character set, and in production every cookie is {@code Secure}.</li>
 * <li>Public text answers go compressed to clients that accept it, the editors' area never ({@link ResponseCompression}).</li>
 * <li>Nothing is stored by browsers or proxies unless it was marked storable ({@link HttpCaching}, assets), and
 * never an error, a non-GET answer, the editors' area, a preview, sign-in or an answer that sets a cookie.</li>
 * </ul>
 */
@ApplicationScoped
public class RequestGuard {

    /** What never appears in an address of this site, raw or percent-encoded. */
    private static final Pattern REFUSED_IN_PATH = Pattern.compile(";|%3[bB]|%2[fF]|%5[cC]|%00|\\\\");
    /**
     * The editors' addresses are plain: the sign-in keeps the address asked for in a cookie, and a cookie
     * cannot hold every character an address can (a ';' or a '"' once made such requests hang).
     */
    private static final Pattern PROTECTED_PATH = Pattern.compile("[A-Za-z0-9._~/%-]*");
    private static final List<String> TEXT_TYPES = List.of("text/html", "text/plain", "application/xml",
            "application/atom+xml", "text/css", "text/javascript");

    @Inject
    KeinokarttaConfig config;

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String formPostLocation;

    @ConfigProperty(name = "quarkus.http.auth.form.error-page", defaultValue = "/editor/login?failed=1")
    String formErrorPage;

    @Inject
    ResponseCompression compression;

    private boolean secureCookies;
    private boolean strictTransportSecurity;

    void install(@Observes Router router) {
        secureCookies = config.http().secureCookies();
        strictTransportSecurity = config.http().strictTransportSecurity();
        router.route().order(Integer.MIN_VALUE).handler(this::guard);
        // A wrong name or password on a basic-authentication area fails the request; answer it here, first.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answerSignInFailure);
        // Requests the router itself cannot read (a broken %-escape, a raw '{' or '|'): say why.
        router.errorHandler(400, this::refuseUnreadable);
    }

    private void refuseUnreadable(RoutingContext rc) {
        RouteMetrics.name(rc, RouteMetrics.UNMATCHED);
        SecurityHeaders.apply(rc.response().headers(), rc.request().path(), strictTransportSecurity);
        Problems.send(rc, 400, "This address cannot be read: it has a character that must be"
                + " written with a %-escape, or a broken %-escape. Check the address and try again.");
    }

    void guard(RoutingContext rc) {
        // Until a route names the request (the REST layer sets its template), its metrics say OTHER, never
        // the raw address: odd addresses must not multiply the request metrics' series (RouteMetrics).
        RouteMetrics.name(rc, RouteMetrics.UNMATCHED);
        // Registered before any refusal below, so that those answers get the security headers too.
        rc.addHeadersEndHandler(ignored -> adjustHeaders(rc));
        String path = rc.request().path();
        if (path == null || REFUSED_IN_PATH.matcher(path).find() || !isPrintableAscii(rc.request().uri())
                || (isProtected(path) && !PROTECTED_PATH.matcher(path).matches())) {
            Problems.send(rc, 400, "This address has characters this site never uses in addresses (such as ';', an encoded"
                    + " '/' or unescaped letters outside ASCII); remove them and try again.");
            return;
        }
        if (rc.request().method() == HttpMethod.POST && formPostLocation.equals(path) && !isForm(rc)) {
            // Quarkus' form sign-in fails with an exception (500) on anything but a form body.
            Problems.send(rc, 400, "Sign in with the form on /editor/login (a form body with j_username and j_password).");
            return;
        }
        BasicAuthArea area = BasicAuthArea.of(path);
        if (area != null && !BasicAuthArea.hasReadableCredentials(rc.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            // Quarkus would answer an empty 401 without a challenge.
            challenge(rc, area, null);
            return;
        }
        rc.next();
    }

    private void answerSignInFailure(RoutingContext rc) {
        BasicAuthArea area = BasicAuthArea.of(rc.request().path());
        Throwable failure = rc.failure();
        if (area == null || rc.response().ended() || rc.response().headWritten()) {
            rc.next();
        } else if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            challenge(rc, area, failure.getMessage());
        } else if (failure instanceof ForbiddenException) {
            Problems.send(rc, 403, "This account may not open " + area.what() + ": it needs the role '" + area.role() + "'.");
        } else {
            rc.next();
        }
    }

    /** @param refusal why the sign-in given was refused (our identity provider's words), or null when none was given */
    private static void challenge(RoutingContext rc, BasicAuthArea area, String refusal) {
        rc.response().putHeader("WWW-Authenticate", "Basic realm=\"" + area.realm() + "\", charset=\"UTF-8\"");
        Problems.send(rc, 401, (refusal == null || refusal.isBlank() ? "" : refusal.strip() + ". ") + "Sign in to " + area.what()
                + " with the name and password of an account that has the role '" + area.role() + "' (HTTP basic authentication).");
    }

    /** The editors' area: their pages, previews and API. */
    static boolean isProtected(String path) {
        return path.startsWith("/editor") || path.startsWith("/preview") || path.startsWith("/api/v1/editor");
    }

    /** The editors' area or the sign-in form's target: never stored, never kept, never compressed. */
    static boolean isEditorsOrSignIn(String path) {
        return path == null || isProtected(path) || path.startsWith("/j_security_check");
    }

    /** Browsers escape everything else; raw bytes outside printable ASCII come only from broken or hostile clients. */
    static boolean isPrintableAscii(String uri) {
        if (uri == null) {
            return false;
        }
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static boolean isForm(RoutingContext rc) {
        String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return lower.startsWith("application/x-www-form-urlencoded") || lower.startsWith("multipart/form-data");
    }

    private void adjustHeaders(RoutingContext rc) {
        HttpServerResponse response = rc.response();
        SecurityHeaders.apply(response.headers(), rc.request().path(), strictTransportSecurity);
        if (response.getStatusCode() == 200 && rc.request().method() == HttpMethod.POST
                && formPostLocation.equals(rc.request().path())) {
            // The form sign-in answers an incomplete form (no name or no password) with an empty 200: send the
            // person back to the form, as for a wrong password.
            response.setStatusCode(303).headers().set(HttpHeaders.LOCATION, formErrorPage);
        }
        String location = response.headers().get(HttpHeaders.LOCATION);
        if (location != null) {
            response.headers().set(HttpHeaders.LOCATION, relativeToRequestHost(location, rc.request().authority() == null
                    ? rc.request().getHeader(HttpHeaders.HOST) : rc.request().authority().toString()));
        }
        String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
        if (type != null && !type.toLowerCase(Locale.ROOT).contains("charset")
                && TEXT_TYPES.contains(type.strip().toLowerCase(Locale.ROOT))) {
            response.headers().set(HttpHeaders.CONTENT_TYPE, type.strip() + ";charset=UTF-8");
        }
        compression.decide(response.headers(), rc.request().path(), response.getStatusCode());
        String cacheControl = response.headers().get(HttpHeaders.CACHE_CONTROL);
        if (mustNotBeStored(rc, response.getStatusCode()) || (cacheControl == null && !isPermanentRedirect(response.getStatusCode()))) {
            // Only what HttpCaching (public answers) and the asset filter (versioned files) mark stays storable.
            response.headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (secureCookies) {
            List<String> cookies = response.headers().getAll(HttpHeaders.SET_COOKIE);
            if (!cookies.isEmpty()) {
                response.headers().remove(HttpHeaders.SET_COOKIE);
                for (String cookie : cookies) {
                    response.headers().add(HttpHeaders.SET_COOKIE,
                            cookie.toLowerCase(Locale.ROOT).contains("; secure") ? cookie : cookie + "; Secure");
                }
            }
        }
    }

    /**
     * Never stored by a browser or proxy, whatever else marked it: error answers (a passing outage must not be
     * kept), answers to anything but GET/HEAD, the editors' area, previews and sign-in, and answers that set a
     * cookie (a session must not be handed to the next reader).
     */
    private static boolean mustNotBeStored(RoutingContext rc, int status) {
        HttpMethod method = rc.request().method();
        return status >= 400 || !(method == HttpMethod.GET || method == HttpMethod.HEAD) || isEditorsOrSignIn(rc.request().path())
                || !rc.response().headers().getAll(HttpHeaders.SET_COOKIE).isEmpty();
    }

    private static boolean isPermanentRedirect(int status) {
        return status == 301 || status == 308;
    }

    /** {@code http://<host>/fi/} → {@code /fi/} when {@code <host>} is what the request named; others unchanged. */
    static String relativeToRequestHost(String location, String requestHost) {
        if (requestHost == null) {
            return location;
        }
        for (String scheme : List.of("http://", "https://")) {
            if (location.regionMatches(true, 0, scheme, 0, scheme.length())) {
                String rest = location.substring(scheme.length());
                int slash = rest.indexOf('/');
                String authority = slash < 0 ? rest : rest.substring(0, slash);
                if (authority.equalsIgnoreCase(requestHost)) {
                    return slash < 0 ? "/" : rest.substring(slash);
                }
            }
        }
        return location;
    }
}
