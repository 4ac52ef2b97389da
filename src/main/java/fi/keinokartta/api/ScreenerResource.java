package fi.keinokartta.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.http.ApiProblem;
import fi.keinokartta.http.Problem;
import fi.keinokartta.http.QueryParameters;
import fi.keinokartta.http.ServedRelease;
import fi.keinokartta.screener.AnswerReader;
import fi.keinokartta.screener.Answers;
import fi.keinokartta.screener.Screener;
import fi.keinokartta.screener.ScreenerException;
import fi.keinokartta.view.ScreenerViews;

/** The screener as JSON: from a few answers to what may suit, what was not checked and the sick-leave timeline. */
@Path("/api/v1/screener")
@Tag(name = "Screener")
public class ScreenerResource {

    @Inject
    Clock clock;

    @Inject
    ServedRelease served;

    @Inject
    ScreenerViews views;

    /** The answer, in the order of the contract. */
    public record ScreenerResponse(String situation, String situationTitle, String lang, String release,
            List<Suggestion> maySuit, List<String> notChecked, Timeline timeline, String pageUrl, String planUrl) {
    }

    public record Suggestion(String id, String title, String why) {
    }

    /** Present only when sickLeaveSince was given. */
    public record Timeline(String since, int day, List<Checkpoint> checkpoints, List<Checkpoint> limits) {
    }

    /**
     * @param day the day of sick leave it falls on (the first day is day 1); null for a limit
     * @param due the date it falls on (YYYY-MM-DD); null for a limit
     * @param estimate true when counted in working days (public holidays may move it)
     */
    public record Checkpoint(String id, Integer day, String title, String due, String what, String state, boolean estimate) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What may suit, from a few answers",
            description = "The situation the answers lead to, up to five measures that may suit (most important first, each "
                    + "with why), the situation's other measures as notChecked (not checked here, never 'not eligible'), and "
                    + "with sickLeaveSince the sick-leave timeline: today's day of sick leave and every checkpoint's day, date "
                    + "and what is due. pageUrl is the same result as a page; planUrl opens it as a coordinator's plan.")
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = "status", in = ParameterIn.QUERY, required = true,
            description = "employed, unemployed, pension (on a disability pension), entrepreneur or student (studying or young)")
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = "sickLeaveSince", in = ParameterIn.QUERY,
            description = "The first day of sick leave, YYYY-MM-DD, not in the future")
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = "age", in = ParameterIn.QUERY,
            description = "under-30, 30-54 or 55-plus")
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = "occupationalHealth", in = ParameterIn.QUERY,
            description = "Occupational health care available: yes, no or unknown")
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = "partTime", in = ParameterIn.QUERY,
            description = "Could part-time work be possible: yes, no or unknown")
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = "lang", in = ParameterIn.QUERY,
            description = "fi (default), sv or en")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ScreenerResponse.class)))
    @APIResponse(responseCode = "400", description = "A missing or unknown status, a date that is not YYYY-MM-DD or is in the "
            + "future, an unknown age band or choice", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public ScreenerResponse screen(@Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters(uri.getQueryParameters(), Set.of(Answers.Parameter.STATUS,
                Answers.Parameter.SICK_LEAVE_SINCE, Answers.Parameter.AGE, Answers.Parameter.OCCUPATIONAL_HEALTH,
                Answers.Parameter.PART_TIME, "lang"));
        Language language = parameters.language();
        Release release = served.live();
        LocalDate today = LocalDate.now(clock);
        Screener.Result result;
        try {
            Answers answers = AnswerReader.read(value(parameters, Answers.Parameter.STATUS),
                    value(parameters, Answers.Parameter.SICK_LEAVE_SINCE), value(parameters, Answers.Parameter.AGE),
                    value(parameters, Answers.Parameter.OCCUPATIONAL_HEALTH), value(parameters, Answers.Parameter.PART_TIME),
                    today);
            result = Screener.screen(release, answers, today);
        } catch (ScreenerException e) {
            throw ApiProblem.badParameter(e.parameter(), e.getMessage());
        }
        ScreenerViews.ResultView view = views.result(release, result, language);
        Timeline timeline = view.timeline() == null ? null
                : new Timeline(view.timeline().since(), view.timeline().day(), checkpoints(view.timeline().checkpoints()),
                        checkpoints(view.timeline().limits()));
        return new ScreenerResponse(view.situation(), view.situationTitle(), language.code(), release.id(),
                view.maySuit().stream().map(s -> new Suggestion(s.id(), s.title(), s.why())).toList(),
                result.notChecked(), timeline, view.pageUrl(), view.planUrl());
    }

    private static List<Checkpoint> checkpoints(List<ScreenerViews.CheckpointView> views) {
        return views.stream().map(c -> new Checkpoint(c.id(), c.day(), c.title(), c.due(), c.whatText(), c.state(), c.estimate()))
                .toList();
    }

    private static String value(QueryParameters parameters, String name) {
        return parameters.single(name).map(v -> QueryParameters.shorten(v)).orElse(null);
    }
}
