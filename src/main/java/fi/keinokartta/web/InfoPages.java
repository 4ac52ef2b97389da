package fi.keinokartta.web;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import fi.keinokartta.content.render.FigureFormatter;
import fi.keinokartta.core.Language;
import fi.keinokartta.http.Routes;
import fi.keinokartta.i18n.Messages;
import fi.keinokartta.i18n.Texts;
import fi.keinokartta.publishing.ReleaseTracker;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The accessibility statement required of a Finnish public web service (Act 306/2019). */
@ApplicationScoped
public class InfoPages {

    /** The day this statement was last reviewed against the service. */
    static final LocalDate STATEMENT_DATE = LocalDate.of(2026, 11, 23);

    @Inject
    Pages pages;

    @Inject
    Texts texts;

    @Inject
    ReleaseTracker tracker;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accessibility(PageContext page, String statementDate);
    }

    public Response accessibility(Language language) {
        Messages m = texts.in(language);
        // This page must answer even when no release can be served: it does not depend on the catalogue.
        PageContext page = pages.context(language, m.a11y_title(), m.a11y_intro(), Routes::accessibility,
                tracker.live().orElse(null), "accessibility");
        return Response.ok(Pages.in(language, Templates.accessibility(page, FigureFormatter.date(STATEMENT_DATE, language))))
                .build();
    }
}
