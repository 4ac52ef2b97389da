package fi.keinokartta.editor;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Signs editors in against the local account file (password, throttled) and restores them from the
 * sign-in cookie (trusted, but only together with a current session cookie: see {@link EditorSessions}).
 */
public class EditorIdentityProvider {

    private static final Logger LOG = Logger.getLogger(EditorIdentityProvider.class);

    static SecurityIdentity identity(EditorAccounts.Account account) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(account.name()))
                .addRoles(account.roles()).build();
    }

    static Optional<RoutingContext> routingContext(AuthenticationRequest request) {
        return Optional.ofNullable(HttpSecurityUtils.getRoutingContextAttribute(request));
    }

    /** A password sign-in (the sign-in form, or basic authentication on the editor API). */
    @ApplicationScoped
    public static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
        @Inject
        EditorAccounts accounts;

        @Inject
        SignInThrottle throttle;

        @Inject
        EditorSessions sessions;

        @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
        String formPostLocation;

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            Optional<RoutingContext> http = routingContext(request);
            String address = http.map(rc -> rc.request().remoteAddress()).map(a -> a.hostAddress()).orElse(null);
            String name = request.getUsername();
            // bcrypt is slow on purpose: keep it off the event loop.
            return context.runBlocking(() -> {
                Duration wait = throttle.waitFor(name, address);
                if (!wait.isZero()) {
                    LOG.warnf("Sign-in refused without checking the password: account '%s' from %s must wait %d s",
                            name == null ? "" : name.replaceAll("\\p{Cntrl}", "?"), address, wait.toSeconds() + 1);
                    throw new AuthenticationFailedException("Too many failed sign-ins; wait and try again");
                }
                char[] password = request.getPassword() == null ? new char[0] : request.getPassword().getPassword();
                Optional<EditorAccounts.Account> account = name == null ? Optional.empty() : accounts.verify(name, password);
                if (account.isEmpty()) {
                    throttle.failed(name, address);
                    throw new AuthenticationFailedException("Wrong name or password");
                }
                throttle.succeeded(name);
                // A form sign-in begins a session: its cookie is what logging out can end.
                http.filter(rc -> formPostLocation.equals(rc.normalizedPath())).ifPresent(rc -> rc.response()
                        .addCookie(sessions.cookie(sessions.begin(account.get().name()), rc.request().isSSL())));
                return identity(account.get());
            });
        }
    }

    /** Every request after the form sign-in carries only the name: the session and the roles are checked again. */
    @ApplicationScoped
    public static class Trusted implements IdentityProvider<TrustedAuthenticationRequest> {
        @Inject
        EditorAccounts accounts;

        @Inject
        EditorSessions sessions;

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
            String cookie = routingContext(request).map(rc -> rc.request().getCookie(EditorSessions.COOKIE))
                    .map(Cookie::getValue).orElse(null);
            return context.runBlocking(() -> {
                boolean current = sessions.read(cookie).map(s -> sessions.isCurrent(s, request.getPrincipal())).orElse(false);
                if (!current) {
                    throw new AuthenticationFailedException("The session has ended; sign in again");
                }
                return accounts.find(request.getPrincipal()).map(EditorIdentityProvider::identity)
                        .orElseThrow(() -> new AuthenticationFailedException("The account no longer exists"));
            });
        }
    }
}
