package fi.keinokartta.editor;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import fi.keinokartta.core.Language;
import fi.keinokartta.editor.EditorPages.EditorContext;
import fi.keinokartta.http.Assets;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The frame of every editor page: the signed-in user, the form token bound to the session, no caching.
 * A bean of its own (not a method of a resource) so that a resource's class-level role check never applies
 * to it, and so that every editor page gets the same frame.
 */
@ApplicationScoped
public class EditorFrame {

    @Inject
    SecurityIdentity identity;

    @Inject
    CsrfTokens csrf;

    @Inject
    EditorSessions sessions;

    @Inject
    Assets assets;

    public Response page(String session, Language language, Function<EditorContext, TemplateInstance> render, String title,
            String notice) {
        String user = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        NewCookie newSession = null;
        if (user != null && sessions.read(session).isEmpty()) {
            // Signed in some other way than the local form (OpenID Connect): the forms still need a session to
            // bind their tokens to.
            session = sessions.begin(user);
            newSession = new NewCookie.Builder(EditorSessions.COOKIE).value(session).path("/").httpOnly(true)
                    .sameSite(NewCookie.SameSite.STRICT).build();
        }
        EditorContext context = new EditorContext(language.code(), title, user, csrf.tokenFor(session), assets.urls(), notice);
        TemplateInstance template = render.apply(context).setLocale(language.locale());
        Response.ResponseBuilder response = Response.ok(template).header("Cache-Control", "no-store");
        return newSession == null ? response.build() : response.cookie(newSession).build();
    }
}
