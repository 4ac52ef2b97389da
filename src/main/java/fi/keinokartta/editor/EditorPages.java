package fi.keinokartta.editor;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fi.keinokartta.content.load.ContentLoader.LoadResult;
import fi.keinokartta.content.load.ContentProblem;
import fi.keinokartta.core.Catalogue;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.ReleaseChanges;
import fi.keinokartta.core.ReleaseRecord;
import fi.keinokartta.core.StaleFigures;
import fi.keinokartta.http.ApiProblem;
import fi.keinokartta.http.Assets;
import fi.keinokartta.http.Routes;
import fi.keinokartta.i18n.Messages;
import fi.keinokartta.i18n.Texts;
import fi.keinokartta.publishing.ContentSource;
import fi.keinokartta.publishing.Publisher;
import fi.keinokartta.publishing.ReleaseBuilder;
import fi.keinokartta.publishing.ReleaseRegistry;
import fi.keinokartta.publishing.ReleaseTracker;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The editors' area: the state of the content folder, candidates to preview and publish, rollback,
 * history with what changed, the validation and stale-content reports and the audit log. Only signed-in
 * editors reach it (application.properties); every form that changes something carries a CSRF token.
 */
@Path("/editor")
@Produces(MediaType.TEXT_HTML)
// The role is checked here too, not only by the path permissions in application.properties: a path that
// the permission's pattern does not match must never reach these methods.
@RolesAllowed("editor")
public class EditorPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");
    static final int STALE_WITHIN_DAYS = 30;

    @Inject
    Clock clock;

    @Inject
    SecurityIdentity identity;

    @Inject
    CsrfTokens csrf;

    @Inject
    EditorSessions sessions;

    @Inject
    EditorFrame frame;

    @Inject
    Texts texts;

    @Inject
    ContentSource content;

    @Inject
    ReleaseBuilder builder;

    @Inject
    Publisher publisher;

    @Inject
    ReleaseRegistry registry;

    @Inject
    ReleaseTracker tracker;

    /** What every editor page needs: language, user, the form token and a message after an action. */
    public record EditorContext(String lang, String title, String user, String csrf, Assets.Urls assets, String notice) {
    }

    public record ReleaseRow(String id, String status, String created, String createdBy, String published,
            String publishedBy, String counts, boolean live) {
    }

    public record ReleaseDetail(ReleaseRow row, String contentHash, String indexName, String failure, List<String> added,
            List<String> removed, List<String> changed, String ruleChanges, String previewUrl, boolean publishable,
            boolean live) {
    }

    public record StaleRow(String file, String title, String reviewBy, boolean overdue) {
    }

    /** A figure whose period has ended without a newer value. */
    public record StaleFigureRow(String file, String title, String figure, String label, String validTo) {
    }

    public record AuditRow(String time, String user, String action, String release, String previous) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(EditorContext page, boolean failed);

        static native TemplateInstance dashboard(EditorContext page, ReleaseRow live, List<ReleaseRow> candidates,
                String folder, String problems, boolean contentOk, boolean canRollBack);

        static native TemplateInstance releases(EditorContext page, List<ReleaseRow> releases);

        static native TemplateInstance release(EditorContext page, ReleaseDetail release);

        static native TemplateInstance validation(EditorContext page, String folder, List<ContentProblem> problems,
                String counts);

        static native TemplateInstance stale(EditorContext page, List<StaleRow> rows, List<StaleFigureRow> figures);

        static native TemplateInstance audit(EditorContext page, List<AuditRow> rows);
    }

    // --- Pages --------------------------------------------------------------------------------------

    @GET
    @Path("login")
    @PermitAll
    @Operation(hidden = true)
    public Response login(@QueryParam("failed") String failed, @HeaderParam("Accept-Language") String accept,
            @CookieParam(EditorSessions.COOKIE) String session) {
        Language language = language(accept);
        return page(session, language, (context) -> Templates.login(context, failed != null),
                texts.in(language).editor_login_title(), null);
    }

    @GET
    @Operation(hidden = true)
    public Response dashboard(@QueryParam("done") String done, @QueryParam("release") String releaseId,
            @HeaderParam("Accept-Language") String accept, @CookieParam(EditorSessions.COOKIE) String session) {
        Language language = language(accept);
        Messages m = texts.in(language);
        List<ReleaseRecord> releases = registry.list(50);
        ReleaseRow live = releases.stream().filter(r -> r.status() == fi.keinokartta.core.ReleaseStatus.LIVE).findFirst()
                .map(r -> row(r, m)).orElse(null);
        List<ReleaseRow> candidates = releases.stream()
                .filter(r -> r.status() == fi.keinokartta.core.ReleaseStatus.CANDIDATE).limit(5).map(r -> row(r, m)).toList();
        // Rollback is offered only when the release before the live one is still kept (see Publisher.rollback).
        boolean canRollBack = releases.stream().filter(r -> r.status() == fi.keinokartta.core.ReleaseStatus.LIVE)
                .findFirst().map(ReleaseRecord::previousReleaseId)
                .flatMap(previous -> releases.stream().filter(r -> r.releaseId().equals(previous)).findFirst())
                .filter(r -> r.status() == fi.keinokartta.core.ReleaseStatus.PREVIOUS).isPresent();
        LoadResult result = content.load();
        String notice = notice(done, releaseId, m);
        return page(session, language, context -> Templates.dashboard(context, live, candidates, m.editor_folder(content.folder()
                .toString()), m.editor_problem_counts(result.report().errors().size(), result.report().warnings().size()),
                result.ok(), canRollBack), m.editor_title(), notice);
    }

    @GET
    @Path("releases")
    @Operation(hidden = true)
    public Response releases(@HeaderParam("Accept-Language") String accept, @CookieParam(EditorSessions.COOKIE) String session) {
        Language language = language(accept);
        Messages m = texts.in(language);
        List<ReleaseRow> rows = registry.list(100).stream().map(r -> row(r, m)).toList();
        return page(session, language, context -> Templates.releases(context, rows), m.editor_releases(), null);
    }

    @GET
    @Path("releases/{id}")
    @Operation(hidden = true)
    public Response release(@PathParam("id") String id, @QueryParam("done") String done,
            @HeaderParam("Accept-Language") String accept, @CookieParam(EditorSessions.COOKIE) String session) {
        Language language = language(accept);
        Messages m = texts.in(language);
        ReleaseRecord record = registry.findSummary(id).orElseThrow(() -> ApiProblem.notFound("There is no release " + id + "."));
        Optional<Release> live = tracker.live();
        ReleaseChanges changes = record.changes();
        Release names = live.orElse(null);
        ReleaseDetail detail = new ReleaseDetail(row(record, m), record.contentHash(), record.indexName(), record.failure(),
                changes == null ? List.of() : changes.added().stream().map(i -> title(names, i, language)).toList(),
                changes == null ? List.of() : changes.removed(),
                changes == null ? List.of() : changes.changed().stream()
                        .map(c -> title(names, c.id(), language) + ": " + String.join(", ", c.fields())
                                + (c.languages().isEmpty() ? "" : " (" + String.join(", ", c.languages()) + ")"))
                        .toList(),
                changes == null ? null : m.editor_rule_changes(changes.rulesAdded().size(), changes.rulesChanged().size(),
                        changes.rulesRemoved().size(), changes.situationsChanged().size()),
                "/preview/" + record.releaseId() + Routes.home(language),
                record.status() == fi.keinokartta.core.ReleaseStatus.CANDIDATE
                        || record.status() == fi.keinokartta.core.ReleaseStatus.PREVIOUS,
                record.status() == fi.keinokartta.core.ReleaseStatus.LIVE);
        return page(session, language, context -> Templates.release(context, detail), m.editor_release() + " " + id,
                notice(done, id, m));
    }

    @GET
    @Path("validation")
    @Operation(hidden = true)
    public Response validation(@HeaderParam("Accept-Language") String accept, @CookieParam(EditorSessions.COOKIE) String session) {
        Language language = language(accept);
        Messages m = texts.in(language);
        LoadResult result = content.load();
        return page(session, language, context -> Templates.validation(context, m.editor_folder(content.folder().toString()),
                result.report().problems(), m.editor_problem_counts(result.report().errors().size(),
                        result.report().warnings().size())), m.editor_validation(), null);
    }

    @GET
    @Path("stale")
    @Operation(hidden = true)
    public Response stale(@HeaderParam("Accept-Language") String accept, @CookieParam(EditorSessions.COOKIE) String session) {
        Language language = language(accept);
        Messages m = texts.in(language);
        LoadResult result = content.load();
        Catalogue catalogue = result.ok() ? result.catalogue() : tracker.live().map(Release::catalogue).orElse(null);
        LocalDate today = LocalDate.now(clock);
        LocalDate soon = today.plusDays(STALE_WITHIN_DAYS);
        List<StaleRow> rows = new ArrayList<>();
        if (catalogue != null) {
            catalogue.items().stream().filter(i -> !i.reviewBy().isAfter(soon)).forEach(i -> rows.add(new StaleRow(
                    "items/" + i.id() + ".yaml", i.text(language).title(), date(i.reviewBy()), i.reviewBy().isBefore(today))));
            catalogue.situations().stream().filter(s -> !s.reviewBy().isAfter(soon)).forEach(s -> rows.add(new StaleRow(
                    "situations/" + s.id() + ".yaml", s.text(language).title(), date(s.reviewBy()), s.reviewBy().isBefore(today))));
        }
        rows.sort(Comparator.comparing(StaleRow::overdue).reversed().thenComparing(StaleRow::file));
        List<StaleFigureRow> figures = catalogue == null ? List.of() : StaleFigures.in(catalogue, today).stream()
                .map(s -> new StaleFigureRow(s.file(), s.item().text(language).title(), s.figure().id(),
                        s.figure().label().get(language), date(s.figure().validTo())))
                .toList();
        return page(session, language, context -> Templates.stale(context, rows, figures), m.editor_stale(), null);
    }

    @GET
    @Path("audit")
    @Operation(hidden = true)
    public Response audit(@HeaderParam("Accept-Language") String accept, @CookieParam(EditorSessions.COOKIE) String session) {
        Language language = language(accept);
        List<AuditRow> rows = registry.auditLog(200).stream()
                .map(e -> new AuditRow(TIME.withZone(clock.getZone()).format(e.time()), e.user(), e.action(), e.releaseId(), e.previousReleaseId()))
                .toList();
        return page(session, language, context -> Templates.audit(context, rows), texts.in(language).editor_audit(), null);
    }

    // --- Actions (POST, with the CSRF token) ----------------------------------------------------------

    @POST
    @Path("build")
    @Operation(hidden = true)
    public Response build(@FormParam(CsrfTokens.FIELD) String formToken, @CookieParam(EditorSessions.COOKIE) String session,
            @HeaderParam("Origin") String origin, @HeaderParam("Sec-Fetch-Site") String fetchSite, @Context UriInfo uri) {
        csrf.verify(formToken, session, origin, fetchSite, uri.getRequestUri());
        LoadResult result = content.load();
        if (!result.ok()) {
            return seeOther("/editor/validation");
        }
        ReleaseRecord candidate = builder.build(result, user());
        return seeOther("/editor/releases/" + candidate.releaseId() + "?done=built");
    }

    @POST
    @Path("releases/{id}/publish")
    @Operation(hidden = true)
    public Response publish(@PathParam("id") String id, @FormParam(CsrfTokens.FIELD) String formToken,
            @CookieParam(EditorSessions.COOKIE) String session, @HeaderParam("Origin") String origin, @HeaderParam("Sec-Fetch-Site") String fetchSite, @Context UriInfo uri) {
        csrf.verify(formToken, session, origin, fetchSite, uri.getRequestUri());
        publisher.publish(id, user());
        return seeOther("/editor/releases/" + id + "?done=published");
    }

    @POST
    @Path("rollback")
    @Operation(hidden = true)
    public Response rollback(@FormParam(CsrfTokens.FIELD) String formToken, @CookieParam(EditorSessions.COOKIE) String session,
            @HeaderParam("Origin") String origin, @HeaderParam("Sec-Fetch-Site") String fetchSite, @Context UriInfo uri) {
        csrf.verify(formToken, session, origin, fetchSite, uri.getRequestUri());
        ReleaseRecord back = publisher.rollback(user());
        return seeOther("/editor/?done=rolled-back&release=" + back.releaseId());
    }

    @POST
    @Path("logout")
    @Operation(hidden = true)
    public Response logout(@FormParam(CsrfTokens.FIELD) String formToken, @CookieParam(EditorSessions.COOKIE) String session,
            @HeaderParam("Origin") String origin, @HeaderParam("Sec-Fetch-Site") String fetchSite, @Context UriInfo uri) {
        csrf.verify(formToken, session, origin, fetchSite, uri.getRequestUri());
        // Ends this and every other session of the editor on every instance, not just this browser's cookie.
        sessions.endAll(user());
        NewCookie credential = new NewCookie.Builder("quarkus-credential").value("").path("/").maxAge(0).build();
        NewCookie sessionCookie = new NewCookie.Builder(EditorSessions.COOKIE).value("").path("/").maxAge(0).build();
        return Response.seeOther(URI.create("/editor/login")).cookie(credential, sessionCookie).build();
    }

    // --- Helpers ------------------------------------------------------------------------------------

    private interface Render {
        TemplateInstance render(EditorContext context);
    }

    private Response page(String session, Language language, Render render, String title, String notice) {
        return frame.page(session, language, render::render, title, notice);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    private static Language language(String acceptLanguage) {
        return Language.fromAcceptLanguage(acceptLanguage);
    }

    private static String notice(String done, String release, Messages m) {
        if (done == null || release == null || !release.matches("[0-9a-f]{12}")) {
            return null;
        }
        return switch (done) {
            case "published" -> m.editor_done_published(release);
            case "rolled-back" -> m.editor_done_rolled_back(release);
            case "built" -> m.editor_done_built(release);
            default -> null;
        };
    }

    private ReleaseRow row(ReleaseRecord r, Messages m) {
        return new ReleaseRow(r.releaseId(), r.status().id(), time(r.createdAt()), r.createdBy(), time(r.publishedAt()),
                r.publishedBy(), r.counts() == null ? "" : m.editor_counts_value(r.counts().items(), r.counts().rules(),
                        r.counts().situations()),
                r.status() == fi.keinokartta.core.ReleaseStatus.LIVE);
    }

    private String time(Instant instant) {
        return instant == null ? "" : TIME.withZone(clock.getZone()).format(instant);
    }

    private static String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d.M.yyyy"));
    }

    private static String title(Release release, String id, Language language) {
        return release == null ? id : release.item(id).map(i -> i.text(language).title() + " (" + id + ")").orElse(id);
    }
}
