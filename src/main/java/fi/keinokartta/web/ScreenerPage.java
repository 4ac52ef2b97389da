package fi.keinokartta.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.http.Routes;
import fi.keinokartta.http.ServedRelease;
import fi.keinokartta.i18n.ScreenerMessages;
import fi.keinokartta.i18n.Texts;
import fi.keinokartta.screener.AnswerReader;
import fi.keinokartta.screener.Answers;
import fi.keinokartta.screener.Screener;
import fi.keinokartta.screener.ScreenerException;
import fi.keinokartta.view.ScreenerViews;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The screener: one GET form of a few questions, and its result at the same address once a status is
 * answered. The answers live only in the address; "change your answers" opens the form filled in.
 */
@ApplicationScoped
public class ScreenerPage {

    @Inject
    Clock clock;

    @Inject
    ServedRelease served;

    @Inject
    Pages pages;

    @Inject
    Texts texts;

    @Inject
    ScreenerViews views;

    /** The answers as the form shows them (raw strings, so a wrong value is shown back for correction). */
    public record Form(String status, String sickLeaveSince, String age, String occupationalHealth, String partTime,
            String error, String errorField, String today) {

        public boolean is(String field, String value) {
            String current = switch (field) {
                case "status" -> status;
                case "age" -> age;
                case "occupationalHealth" -> occupationalHealth;
                case "partTime" -> partTime;
                default -> null;
            };
            return value.equals(current == null ? "" : current);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(PageContext page, Form form);

        static native TemplateInstance result(PageContext page, Form form, ScreenerViews.ResultView result);
    }

    public Response render(Language language, UriInfo uri) {
        Release release = served.live();
        ScreenerMessages m = texts.screener(language);
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        LocalDate today = LocalDate.now(clock);
        Form form = new Form(first(query, Answers.Parameter.STATUS), first(query, Answers.Parameter.SICK_LEAVE_SINCE),
                first(query, Answers.Parameter.AGE), first(query, Answers.Parameter.OCCUPATIONAL_HEALTH),
                first(query, Answers.Parameter.PART_TIME), null, null, today.toString());
        Map<String, String> raw = new LinkedHashMap<>();
        query.forEach((k, v) -> {
            if (!k.equals("change") && !v.isEmpty() && !v.get(0).isBlank()) {
                raw.put(k, v.get(0));
            }
        });
        boolean answered = form.status() != null && !query.containsKey("change");
        if (answered) {
            try {
                Answers answers = AnswerReader.read(form.status(), form.sickLeaveSince(), form.age(), form.occupationalHealth(),
                        form.partTime(), today);
                ScreenerViews.ResultView result = views.result(release, Screener.screen(release, answers, today), language);
                PageContext page = pages.context(language, m.result_title(), result.situationTitle(),
                        l -> Routes.screener(l, answers.parameters()), release, "screener");
                return Response.ok(Pages.in(language, Templates.result(page, form, result))).build();
            } catch (ScreenerException e) {
                form = new Form(form.status(), form.sickLeaveSince(), form.age(), form.occupationalHealth(), form.partTime(),
                        e.getMessage(), e.parameter(), form.today());
            }
        }
        PageContext page = pages.context(language, m.form_title(), m.form_intro(), l -> Routes.screener(l, raw), release,
                "screener");
        return Response.status(form.error() == null ? 200 : 400).entity(Pages.in(language, Templates.form(page, form))).build();
    }

    private static String first(MultivaluedMap<String, String> query, String name) {
        String value = query.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
