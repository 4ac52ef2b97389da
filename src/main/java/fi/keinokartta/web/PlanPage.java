package fi.keinokartta.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;

import fi.keinokartta.content.render.FigureFormatter;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.ReleaseRecord;
import fi.keinokartta.core.Situation;
import fi.keinokartta.http.QueryParameters;
import fi.keinokartta.http.Routes;
import fi.keinokartta.http.ServedRelease;
import fi.keinokartta.i18n.Labels;
import fi.keinokartta.i18n.PlanMessages;
import fi.keinokartta.i18n.PlanTexts;
import fi.keinokartta.plan.Plan;
import fi.keinokartta.plan.PlanChanges;
import fi.keinokartta.plan.PlanException;
import fi.keinokartta.plan.PlanService;
import fi.keinokartta.publishing.ReleaseRegistry;
import fi.keinokartta.view.ItemView;
import fi.keinokartta.view.PlanView;
import fi.keinokartta.view.PlanViews;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The coordinator's plan (/fi/suunnitelma, /sv/plan, /en/plan). The plan lives in its address: the
 * situation, {@code step=item:phase} in order and the release it was checked with. Plain GET forms add,
 * remove and move steps (answered with a redirect to the plan's clean address); nothing is stored and
 * nothing personal is asked. {@code view=person} and {@code view=employer} are the two print versions.
 */
@ApplicationScoped
public class PlanPage {

    private static final Logger LOG = Logger.getLogger(PlanPage.class);
    private static final Pattern RELEASE_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final Set<String> ACTIONS = Set.of("add", "remove", "move", "ids");

    @Inject
    Clock clock;

    @Inject
    ServedRelease served;

    @Inject
    PlanService plans;

    @Inject
    PlanViews views;

    @Inject
    PlanTexts texts;

    @Inject
    Labels labels;

    @Inject
    Pages pages;

    @Inject
    ReleaseRegistry registry;

    public record Hidden(String name, String value) {
    }

    public record Option(String id, String label, boolean selected) {
    }

    /** The plan shown after a new release: what changed since the release named in the address. */
    public record ReleaseNotice(String message, boolean oldKept, List<String> changes, String updateUrl) {
    }

    public record PhaseBlock(PlanView.PhaseView phase, List<PlanView.StepView> steps, List<Option> suggestions) {
    }

    public record PlanPageView(boolean started, String action, List<Hidden> hidden, List<Option> situations,
            String situationTitle, List<String> errors, ReleaseNotice notice, PlanView plan, List<PhaseBlock> phases,
            List<Option> addable, String summary, String shareUrl, String personUrl, String employerUrl, String checkedOn,
            String qrSvg, List<ItemView.SourceView> sources, List<PlanView.StepView> employerSteps,
            List<ItemView.SourceView> employerSources, String checkerUrl) {

        public String title(String item) {
            return plan.title(item);
        }

        public List<PlanView.ConflictView> conflictsOf(String item) {
            return plan.conflictsOf(item);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageContext page, PlanPageView plan);

        static native TemplateInstance person(PageContext page, PlanPageView plan);

        static native TemplateInstance employer(PageContext page, PlanPageView plan);
    }

    public Response render(Language language, UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        Release release = served.live();
        PlanMessages m = texts.in(language);
        LocalDate today = LocalDate.now(clock);
        List<String> errors = new ArrayList<>();

        String situationId = first(query, "situation");
        if (situationId != null && release.situation(situationId).isEmpty()) {
            errors.add(m.error_unknown_situation(QueryParameters.shorten(situationId)));
            situationId = null;
        }
        Situation situation = situationId == null ? null : release.situation(situationId).get();
        List<Plan.Phase> phases = plans.phases(situation);
        Set<String> phaseIds = new LinkedHashSet<>(phases.stream().map(Plan.Phase::id).toList());

        // The steps in the address, in order: step=item:phase, then ids=a,b from the checker.
        LinkedHashMap<String, String> steps = new LinkedHashMap<>();
        List<String> unknownItems = new ArrayList<>();
        List<String> unknownPhases = new ArrayList<>();
        List<String> raw = new ArrayList<>(QueryParameters.split(query.get("step")));
        QueryParameters.split(query.get("ids")).forEach(raw::add);
        for (String step : raw) {
            int colon = step.indexOf(':');
            String item = (colon < 0 ? step : step.substring(0, colon)).strip();
            String phase = colon < 0 ? "" : step.substring(colon + 1).strip();
            if (release.item(item).isEmpty()) {
                unknownItems.add(QueryParameters.shorten(item));
            } else if (!steps.containsKey(item)) {
                if (!phase.isEmpty() && !phaseIds.contains(phase)) {
                    unknownPhases.add(labels.item(release, item, language));
                    phase = "";
                }
                steps.put(item, phase);
            }
        }
        applyAction(query, release, phaseIds, steps);
        if (steps.size() > PlanService.MAX_STEPS) {
            errors.add(m.error_too_many(PlanService.MAX_STEPS));
            List<String> keep = new ArrayList<>(steps.keySet()).subList(0, PlanService.MAX_STEPS);
            steps.keySet().retainAll(Set.copyOf(keep));
        }
        if (!unknownItems.isEmpty()) {
            errors.add(m.error_unknown_items(String.join(", ", unknownItems)));
        }
        if (!unknownPhases.isEmpty()) {
            errors.add(m.error_unknown_phase(String.join(", ", unknownPhases)));
        }

        List<PlanService.Request> requests = steps.entrySet().stream()
                .map(e -> new PlanService.Request(e.getKey(), e.getValue())).toList();
        Plan plan;
        try {
            plan = plans.check(release, situationId, requests, today);
        } catch (PlanException e) {
            // Everything it could refuse was filtered above; keep the page up with what it says.
            errors.add(e.getMessage());
            plan = plans.check(release, situationId, List.of(), today);
        }
        PlanView view = views.view(release, plan, language);

        boolean edited = ACTIONS.stream().anyMatch(query::containsKey);
        if (edited) {
            return Response.seeOther(URI.create(view.shareUrl())).build();
        }

        String requestedRelease = first(query, "release");
        ReleaseNotice notice = requestedRelease == null || requestedRelease.equals(release.id()) ? null
                : notice(requestedRelease, release, situationId, requests, plan, view, language, m, today);

        String viewParameter = Optional.ofNullable(first(query, "view")).orElse("");
        PlanPageView page = pageView(release, situation, plan, view, errors, notice, language, m, today);
        String rawQuery = uri.getRequestUri().getRawQuery();
        PageContext context = pages.context(language, m.plan_title(), m.plan_intro(),
                l -> Routes.plan(l) + (rawQuery == null ? "" : "?" + rawQuery), release, "plan");
        TemplateInstance template = switch (viewParameter) {
            case "person" -> Templates.person(context, page);
            case "employer" -> Templates.employer(context, page);
            default -> Templates.page(context, page);
        };
        boolean badRequest = !errors.isEmpty();
        return Response.status(badRequest ? 400 : 200).entity(Pages.in(language, template)).build();
    }

    /** add=item&to=phase, remove=item, move=item&to=phase: changes the steps before the redirect. */
    private static void applyAction(MultivaluedMap<String, String> query, Release release, Set<String> phaseIds,
            LinkedHashMap<String, String> steps) {
        String to = Optional.ofNullable(first(query, "to")).filter(phaseIds::contains).orElse("");
        String add = first(query, "add");
        if (add != null && release.item(add).isPresent()) {
            steps.remove(add);
            steps.put(add, to);
        }
        String move = first(query, "move");
        if (move != null && steps.containsKey(move)) {
            steps.remove(move);
            steps.put(move, to);
        }
        String remove = first(query, "remove");
        if (remove != null) {
            steps.remove(remove);
        }
    }

    private ReleaseNotice notice(String requested, Release release, String situation, List<PlanService.Request> requests,
            Plan plan, PlanView view, Language language, PlanMessages m, LocalDate today) {
        String shortOld = QueryParameters.shorten(requested);
        String message = m.release_changed(shortOld, release.id());
        Optional<ReleaseRecord> old = Optional.empty();
        if (RELEASE_ID.matcher(requested).matches()) {
            try {
                old = registry.find(requested).filter(r -> r.catalogue() != null);
            } catch (RuntimeException e) {
                LOG.debugf("Release %s of a shared plan could not be read: %s", requested, e.getMessage());
            }
        }
        if (old.isEmpty()) {
            return new ReleaseNotice(message, false, List.of(), view.shareUrl());
        }
        Release before = new Release(old.get(), old.get().catalogue(), Map.of());
        List<PlanService.Request> known = requests.stream().filter(r -> before.item(r.item()).isPresent()).toList();
        List<String> changes = new ArrayList<>();
        requests.stream().filter(r -> before.item(r.item()).isEmpty())
                .forEach(r -> changes.add(m.release_item_changed(labels.item(release, r.item(), language))));
        try {
            Plan then = plans.check(before, situation, known, today);
            for (PlanChanges.Change change : PlanChanges.between(then, plan)) {
                changes.add(change.kind() == PlanChanges.Kind.ITEM_CHANGED
                        ? m.release_item_changed(labels.item(release, change.a(), language))
                        : m.release_pair_changed(labels.item(release, change.a(), language),
                                labels.item(release, change.b(), language), labels.verdict(change.before(), language),
                                labels.verdict(change.after(), language)));
            }
        } catch (PlanException e) {
            return new ReleaseNotice(message, false, List.of(), view.shareUrl());
        }
        return new ReleaseNotice(message, true, changes, view.shareUrl());
    }

    private PlanPageView pageView(Release release, Situation situation, Plan plan, PlanView view, List<String> errors,
            ReleaseNotice notice, Language language, PlanMessages m, LocalDate today) {
        List<Hidden> hidden = new ArrayList<>();
        if (situation != null) {
            hidden.add(new Hidden("situation", situation.id()));
        }
        view.steps().forEach(s -> hidden.add(new Hidden("step", s.item() + ":" + s.phase())));
        hidden.add(new Hidden("release", release.id()));

        Set<String> inPlan = Set.copyOf(view.steps().stream().map(PlanView.StepView::item).toList());
        List<PhaseBlock> blocks = new ArrayList<>();
        for (PlanView.PhaseView phase : view.phases()) {
            List<Option> suggestions = phase.suggested().stream().filter(id -> !inPlan.contains(id))
                    .map(id -> new Option(id, labels.item(release, id, language), false)).toList();
            blocks.add(new PhaseBlock(phase, view.stepsIn(phase.id()), suggestions));
        }
        java.text.Collator collator = java.text.Collator.getInstance(language.locale());
        List<Option> addable = release.catalogue().items().stream().filter(i -> !inPlan.contains(i.id()))
                .sorted(Comparator.comparing((Item i) -> i.text(language).title(), collator))
                .map(i -> new Option(i.id(), i.text(language).title(), false)).toList();
        String situationId = situation == null ? null : situation.id();
        List<Option> situations = release.catalogue().situations().stream()
                .map(s -> new Option(s.id(), s.text(language).title(), s.id().equals(situationId))).toList();

        String share = view.shareUrl();
        String absolute = pages.baseUrl() + share;
        LinkedHashMap<String, ItemView.SourceView> sources = new LinkedHashMap<>();
        view.steps().forEach(s -> s.sources().forEach(src -> sources.putIfAbsent(src.url(), src)));
        view.conflicts().forEach(c -> c.sources().forEach(src -> sources.putIfAbsent(src.url(), src)));
        // The employer's version shows only steps with a part for the workplace, and only their sources.
        List<PlanView.StepView> employerSteps = view.steps().stream().filter(s -> s.involves("employer")).toList();
        LinkedHashMap<String, ItemView.SourceView> employerSources = new LinkedHashMap<>();
        employerSteps.forEach(s -> s.sources().forEach(src -> employerSources.putIfAbsent(src.url(), src)));
        return new PlanPageView(situation != null || !view.steps().isEmpty(), Routes.plan(language), hidden, situations,
                situation == null ? m.no_situation() : situation.text(language).title(), errors, notice, view, blocks, addable,
                m.summary(view.steps().size(), view.conflicts().size(), view.unknowns().size()), share,
                share + "&view=person", share + "&view=employer",
                m.printed_on(FigureFormatter.date(today, language), release.id()),
                QrSvg.of(absolute, m.print_qr_label()), List.copyOf(sources.values()), employerSteps,
                List.copyOf(employerSources.values()), Routes.checker(language));
    }

    private static String first(MultivaluedMap<String, String> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null) {
            return null;
        }
        String value = values.get(0).strip();
        return value.isEmpty() ? null : value;
    }
}
