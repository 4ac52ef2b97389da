package fi.keinokartta.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.http.ApiProblem;
import fi.keinokartta.http.Problem;
import fi.keinokartta.http.QueryParameters;
import fi.keinokartta.http.ServedRelease;
import fi.keinokartta.plan.PlanException;
import fi.keinokartta.plan.PlanService;
import fi.keinokartta.view.PlanView;
import fi.keinokartta.view.PlanViews;

/** Checks a coordinator's plan: steps in phases, lanes by actor, every pair, conflicts and open questions. */
@Path("/api/v1/plans/check")
@Tag(name = "Plans")
public class PlanResource {

    /** A plan as sent: {@code {"situation":"…","lang":"fi","steps":[{"item":"…","phase":"…"}]}}. */
    public record PlanRequest(
            @Schema(description = "A situation id; its phases are the plan's phases. Without it the phases are now, next and later.")
            String situation,
            @Schema(description = "fi (default), sv or en") String lang,
            @Schema(description = "At most 20 steps, each item once; a missing phase means the first phase that suggests the item")
            List<StepRequest> steps) {
    }

    public record StepRequest(String item, String phase) {
    }

    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Inject
    Clock clock;

    @Inject
    ServedRelease served;

    @Inject
    PlanService plans;

    @Inject
    PlanViews views;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a plan",
            description = "Orders the steps by phase, names who applies and who decides, the channel, timing and prerequisites "
                    + "of each, gives a lane per actor, and checks every pair with the documented rules valid today: an "
                    + "'excludes' rule inside one phase and a 'sequence' rule placed the other way round are conflicts; pairs "
                    + "without a rule are listed with whom to ask. Nothing is stored. shareUrl and printUrl are relative to the site.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlanRequest.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, an unknown situation, item, phase or language, an item "
            + "given twice, or more than 20 steps",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PlanView post(String body) {
        PlanRequest request = parse(body);
        Language language = request.lang() == null ? Language.DEFAULT : Language.fromCode(request.lang())
                .orElseThrow(() -> ApiProblem.badParameter("lang", "Unknown language '" + QueryParameters.shorten(request.lang())
                        + "'; use one of: " + Language.codes() + "."));
        List<PlanService.Request> steps = new ArrayList<>();
        for (StepRequest step : request.steps() == null ? List.<StepRequest>of() : request.steps()) {
            if (step == null || step.item() == null || step.item().isBlank()) {
                throw ApiProblem.badParameter("steps", "Every step needs an item id: {\"item\":\"tyokokeilu\",\"phase\":\"…\"}.");
            }
            steps.add(new PlanService.Request(step.item().strip(), step.phase()));
        }
        return check(blankToNull(request.situation()), steps, language);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a plan given in its shareable address",
            description = "The same as POST, with the parameters of the plan page's address: situation, step=item:phase (repeated, "
                    + "in order), lang. A release parameter (the release the plan was made with) is accepted; the plan is always "
                    + "checked against the live release, named in the answer.")
    @Parameter(name = "situation", in = ParameterIn.QUERY, description = "A situation id (see /api/v1/taxonomies)")
    @Parameter(name = "step", in = ParameterIn.QUERY, description = "item:phase, repeated; the phase may be left out (item)")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "fi (default), sv or en")
    @Parameter(name = "release", in = ParameterIn.QUERY, description = "The release the plan was made with (informative)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "An unknown situation, item, phase, language or parameter, or more than 20 steps",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PlanView get(@Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters(uri.getQueryParameters(), Set.of("situation", "step", "lang", "release"));
        Language language = parameters.language();
        parameters.single("release");
        List<PlanService.Request> steps = new ArrayList<>();
        for (String step : parameters.multiple("step")) {
            int colon = step.indexOf(':');
            steps.add(colon < 0 ? new PlanService.Request(step, null)
                    : new PlanService.Request(step.substring(0, colon).strip(), step.substring(colon + 1)));
        }
        return check(parameters.single("situation").orElse(null), steps, language);
    }

    private PlanView check(String situation, List<PlanService.Request> steps, Language language) {
        Release release = served.live();
        try {
            return views.view(release, plans.check(release, situation, steps, LocalDate.now(clock)), language);
        } catch (PlanException e) {
            throw ApiProblem.badParameter(e.field(), e.getMessage());
        }
    }

    private static PlanRequest parse(String body) {
        if (body == null || body.isBlank()) {
            throw ApiProblem.badParameter("body", "Send a plan as JSON: {\"situation\":\"…\",\"lang\":\"fi\",\"steps\":[{\"item\":\"…\",\"phase\":\"…\"}]}.");
        }
        try {
            PlanRequest request = STRICT.readValue(body, PlanRequest.class);
            if (request == null) {
                throw ApiProblem.badParameter("body", "The body is JSON null; send a plan object.");
            }
            return request;
        } catch (UnrecognizedPropertyException e) {
            throw ApiProblem.badParameter(e.getPropertyName(), "Unknown field '" + QueryParameters.shorten(e.getPropertyName())
                    + "'; a plan has situation, lang and steps (each with item and phase).");
        } catch (JsonProcessingException e) {
            throw ApiProblem.badParameter("body", "The body is not a plan in JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "): {\"situation\":\"…\",\"lang\":\"fi\",\"steps\":[{\"item\":\"…\",\"phase\":\"…\"}]}.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
