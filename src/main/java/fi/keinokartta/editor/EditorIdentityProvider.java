package fi.keinokartta.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Signs editors in against the local account file (password) and restores them from the sign-in cookie (trusted). */
public class EditorIdentityProvider {

    static SecurityIdentity identity(EditorAccounts.Account account) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(account.name()))
                .addRoles(account.roles()).build();
    }

    /** A password sign-in (the sign-in form, or basic authentication on the editor API). */
    @ApplicationScoped
    public static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
        @Inject
        EditorAccounts accounts;

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            // bcrypt is slow on purpose: keep it off the event loop.
            return context.runBlocking(() -> accounts.verify(request.getUsername(), request.getPassword().getPassword())
                    .map(EditorIdentityProvider::identity)
                    .orElseThrow(() -> new AuthenticationFailedException("Wrong name or password")));
        }
    }

    /** Every request after the form sign-in carries only the name: the roles are read again from the file. */
    @ApplicationScoped
    public static class Trusted implements IdentityProvider<TrustedAuthenticationRequest> {
        @Inject
        EditorAccounts accounts;

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> accounts.find(request.getPrincipal())
                    .map(EditorIdentityProvider::identity)
                    .orElseThrow(() -> new AuthenticationFailedException("The account no longer exists")));
        }
    }
}
