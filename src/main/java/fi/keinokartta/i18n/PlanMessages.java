package fi.keinokartta.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The UI strings of the coordinator's plan (pages and API labels), kept apart from {@link Messages}. The texts are in
 * {@code messages/plan_fi.properties} (Finnish, the default locale), {@code plan_sv.properties} and
 * {@code plan_en.properties}, key for key on the same lines. Templates use them as {@code {plan:key}}; Java code through
 * {@link PlanTexts}.
 */
@MessageBundle(value = "plan", locale = "fi")
public interface PlanMessages {

    @Message
    String plan_title();

    @Message
    String plan_intro();

    @Message
    String plan_privacy();

    @Message
    String plan_may();

    @Message
    String start_heading();

    @Message
    String start_situation();

    @Message
    String start_submit();

    @Message
    String start_checker();

    @Message
    String start_without();

    @Message
    String situation_label();

    @Message
    String no_situation();

    @Message
    String phase_now();

    @Message
    String phase_next();

    @Message
    String phase_later();

    @Message
    String summary(int steps, int conflicts, int unknowns);

    @Message
    String phase_empty();

    @Message
    String suggestions();

    @Message
    String add_named(String title);

    @Message
    String add_heading();

    @Message
    String add_item();

    @Message
    String add_phase();

    @Message
    String add_submit();

    @Message
    String move_to(String title);

    @Message
    String move_submit();

    @Message
    String remove(String title);

    @Message
    String step_applicant();

    @Message
    String step_decider();

    @Message
    String step_channel();

    @Message
    String step_timing();

    @Message
    String step_prerequisites();

    @Message
    String step_duration();

    @Message
    String step_unknown();

    @Message
    String step_usage_sources();

    @Message
    String step_ask(String names);

    @Message
    String timing_before_start();

    @Message
    String timing_apply_within();

    @Message
    String timing_window();

    @Message
    String timing_checkpoint();

    @Message
    String timing_during();

    @Message
    String timing_unknown();

    @Message
    String days(int n);

    @Message
    String months(int n);

    @Message
    String conflicts_heading();

    @Message
    String conflict_excludes(String a, String b);

    @Message
    String conflict_order(String first, String then);

    @Message
    String conflict_at_step();

    @Message
    String no_conflicts();

    @Message
    String unknowns_heading();

    @Message
    String unknowns_intro();

    @Message
    String pairs_heading();

    @Message
    String same_phase();

    @Message
    String lanes_heading();

    @Message
    String lanes_intro();

    @Message
    String actor_person();

    @Message
    String actor_employer();

    @Message
    String actor_occupational_health_care();

    @Message
    String actor_kela();

    @Message
    String actor_pension_provider();

    @Message
    String actor_employment_services();

    @Message
    String actor_wellbeing_services_county();

    @Message
    String actor_other();

    @Message
    String applicant_person();

    @Message
    String applicant_employer();

    @Message
    String applicant_occupational_health_care();

    @Message
    String applicant_employment_services();

    @Message
    String applicant_wellbeing_services_county();

    @Message
    String applicant_professional();

    @Message
    String share_heading();

    @Message
    String share_link();

    @Message
    String share_hint();

    @Message
    String print_person();

    @Message
    String print_employer();

    @Message
    String print_person_title();

    @Message
    String print_employer_title();

    @Message
    String print_person_intro();

    @Message
    String print_employer_intro();

    @Message
    String print_employer_none();

    @Message
    String print_you_do();

    @Message
    String print_sources();

    @Message
    String print_qr();

    @Message
    String print_qr_label();

    @Message
    String print_button();

    @Message
    String back_to_plan();

    @Message
    String printed_on(String date, String release);

    @Message
    String release_changed(String old, String now);

    @Message
    String release_old_gone();

    @Message
    String release_no_changes();

    @Message
    String release_item_changed(String item);

    @Message
    String release_pair_changed(String a, String b, String before, String after);

    @Message
    String release_update();

    @Message
    String error_unknown_items(String names);

    @Message
    String error_unknown_situation(String name);

    @Message
    String error_unknown_phase(String names);

    @Message
    String error_too_many(int max);

    @Message
    String open_as_plan();

    @Message
    String make_plan();
    @Message
    String usage_heading();

    @Message
    String usage_add_to_plan();
}
