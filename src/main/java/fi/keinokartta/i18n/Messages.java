package fi.keinokartta.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every UI string of the service, by key. The texts are in {@code messages/msg_fi.properties} (Finnish,
 * the default locale), {@code msg_sv.properties} and {@code msg_en.properties}, key for key on the same
 * lines (MessageFilesTest). Templates use them as {@code {msg:key}}; Java code through {@link Texts}.
 */
@MessageBundle(value = "msg", locale = "fi")
public interface Messages {

    // --- Item types ---------------------------------------------------------------------------
    @Message
    String type_benefit();

    @Message
    String type_service();

    @Message
    String type_measure();

    // --- Verdicts: how two items combine (GUIDE §4 wording: "may suit", never a hard "no") ------
    @Message
    String verdict_together();

    @Message
    String verdict_primary();

    @Message
    String verdict_excludes();

    @Message
    String verdict_sequence();

    @Message
    String verdict_conditional();

    @Message
    String verdict_unknown();

    // --- Item page sections --------------------------------------------------------------------
    @Message
    String section_whatItIs();

    @Message
    String section_whoFor();

    @Message
    String section_whatItGives();

    @Message
    String section_howToApply();

    @Message
    String section_whoDecides();

    @Message
    String section_nextSteps();

    // --- Figures: value, unit and the date from which it applies ---------------------------------
    @Message
    String unit_eur(String value);

    @Message
    String unit_eur_per_day(String value);

    @Message
    String unit_eur_per_month(String value);

    @Message
    String unit_eur_per_year(String value);

    @Message
    String unit_percent(String value);

    @Message
    String unit_days(String value, boolean one);

    @Message
    String unit_working_days(String value, boolean one);

    @Message
    String unit_weeks(String value, boolean one);

    @Message
    String unit_months(String value, boolean one);

    @Message
    String unit_years(String value, boolean one);

    @Message
    String unit_hours_per_day(String value, boolean one);

    @Message
    String unit_hours_per_week(String value, boolean one);

    @Message
    String unit_hours_per_month(String value, boolean one);

    @Message
    String unit_count(String value);

    @Message
    String figure_validFrom(String from);

    @Message
    String figure_validBetween(String from, String to);

    @Message
    String figure_stale();

    @Message
    String figure_stale_note();

    @Message
    String item_stale_figures(int count);

    @Message
    String item_stale_figures_short(int count);

    // --- Layout ----------------------------------------------------------------------------------
    @Message
    String site_tagline();

    @Message
    String skip_to_content();

    @Message
    String nav_main();

    @Message
    String nav_language();

    @Message
    String nav_home();

    @Message
    String nav_search();

    @Message
    String nav_situations();

    @Message
    String nav_checker();

    @Message
    String nav_whats_new();

    @Message
    String footer_release(String release, String date);

    @Message
    String footer_accessibility();

    @Message
    String footer_api();

    @Message
    String footer_feedback(String email);

    @Message
    String footer_about();

    // --- Front page -----------------------------------------------------------------------------
    @Message
    String front_title();

    @Message
    String front_intro();

    @Message
    String search_label();

    @Message
    String search_button();

    @Message
    String front_situations();

    @Message
    String front_categories();

    @Message
    String front_checker_title();

    @Message
    String front_checker_text();

    @Message
    String front_professionals_title();

    @Message
    String front_professionals_text();

    // --- Search -----------------------------------------------------------------------------------
    @Message
    String search_all_title();

    @Message
    String search_results_title(String query);

    @Message
    String search_count(long count);

    @Message
    String sort_label();

    @Message
    String sort_relevance();

    @Message
    String sort_name();

    @Message
    String facets_title();

    @Message
    String facet_type();

    @Message
    String facet_category();

    @Message
    String facet_provider();

    @Message
    String facet_situation();

    @Message
    String facets_auto_note();

    @Message
    String facets_apply();

    @Message
    String facets_clear();

    @Message
    String search_no_results(String query);

    @Message
    String search_no_results_filters();

    @Message
    String search_did_you_mean();

    @Message
    String search_relaxed();

    @Message
    String search_cut(int max);

    @Message
    String facets_title_selected(int count);

    @Message
    String search_tip_words();

    @Message
    String search_tip_filters();

    @Message
    String search_tip_situations();

    @Message
    String pagination_label();

    @Message
    String pagination_previous();

    @Message
    String pagination_next();

    @Message
    String pagination_status(int page, int pages);

    // --- Item page --------------------------------------------------------------------------------
    @Message
    String item_facts();

    @Message
    String item_type();

    @Message
    String item_providers();

    @Message
    String item_categories();

    @Message
    String item_situations();

    @Message
    String item_reviewed();

    @Message
    String item_last_changed();

    @Message
    String item_review_overdue(String date);

    @Message
    String item_figures();

    @Message
    String figure_what();

    @Message
    String figure_value();

    @Message
    String figure_valid();

    @Message
    String figure_source();

    @Message
    String item_sources();

    @Message
    String source_accessed(String date);

    @Message
    String item_combines();

    @Message
    String item_combines_none();

    @Message
    String combination_situations();

    @Message
    String combination_valid_from(String date);

    @Message
    String item_related();

    @Message
    String item_check_with();

    @Message
    String role_primary();

    @Message
    String role_secondary(String other);

    @Message
    String role_first();

    @Message
    String role_then(String other);

    @Message
    String pair_first(String name);

    @Message
    String pair_primary(String name);

    @Message
    String ask_from(String names);

    // --- Verdicts, long forms for the legend ------------------------------------------------------
    @Message
    String verdict_together_long();

    @Message
    String verdict_primary_long();

    @Message
    String verdict_excludes_long();

    @Message
    String verdict_sequence_long();

    @Message
    String verdict_conditional_long();

    @Message
    String verdict_unknown_long();

    // --- Situations -------------------------------------------------------------------------------
    @Message
    String situations_title();

    @Message
    String situations_intro();

    @Message
    String situation_responsible();

    @Message
    String situation_phases();

    @Message
    String situation_combinations();

    @Message
    String situation_combinations_none();

    @Message
    String situation_open_checker();

    // --- Checker ----------------------------------------------------------------------------------
    @Message
    String checker_title();

    @Message
    String checker_intro();

    @Message
    String checker_choose();

    @Message
    String checker_situation();

    @Message
    String checker_any_situation();

    @Message
    String checker_submit();

    @Message
    String checker_need_two();

    @Message
    String checker_too_many(int max);

    @Message
    String checker_unknown_items(String names);

    @Message
    String checker_unknown_situation(String name);

    @Message
    String checker_matrix_caption();

    @Message
    String checker_details();

    @Message
    String checker_legend();

    @Message
    String checker_print();

    @Message
    String checker_unknown_pair();

    @Message
    String checker_checked_on(String date);

    // --- Accessibility statement ------------------------------------------------------------------
    @Message
    String a11y_title();

    @Message
    String a11y_intro();

    @Message
    String a11y_status_title();

    @Message
    String a11y_status();

    @Message
    String a11y_how_title();

    @Message
    String a11y_how();

    @Message
    String a11y_feedback_title();

    @Message
    String a11y_feedback(String email);

    @Message
    String a11y_authority_title();

    @Message
    String a11y_authority();

    @Message
    String a11y_date(String date);

    // --- Errors -----------------------------------------------------------------------------------
    @Message
    String error_404_title();

    @Message
    String error_404_text();

    @Message
    String error_400_title();

    @Message
    String error_503_title();

    @Message
    String error_503_text();

    @Message
    String error_500_title();

    @Message
    String error_500_text();

    @Message
    String error_home();

    // --- What's new -------------------------------------------------------------------------------
    @Message
    String whats_new_title();

    @Message
    String whats_new_intro();

    @Message
    String whats_new_feed();

    @Message
    String release_heading(String date);

    @Message
    String changes_added();

    @Message
    String changes_changed();

    @Message
    String changes_removed();

    @Message
    String changes_parts(String parts);

    @Message
    String changes_rules(int count);

    @Message
    String changes_first(int count);

    @Message
    String whats_new_none();

    @Message
    String changes_none();

    @Message
    String field_title();

    @Message
    String field_summary();

    @Message
    String field_keywords();

    @Message
    String field_figures();

    @Message
    String field_sources();

    @Message
    String field_facts();

    // --- Preview and the editors' area --------------------------------------------------------------
    @Message
    String preview_banner(String release);

    @Message
    String preview_release_page();

    @Message
    String preview_exit();

    @Message
    String editor_title();

    @Message
    String editor_login_title();

    @Message
    String editor_username();

    @Message
    String editor_password();

    @Message
    String editor_login_button();

    @Message
    String editor_login_failed();

    @Message
    String editor_logout();

    @Message
    String editor_signed_in(String name);

    @Message
    String editor_releases();

    @Message
    String editor_validation();

    @Message
    String editor_stale();

    @Message
    String editor_stale_figures();

    @Message
    String editor_stale_figures_help();

    @Message
    String editor_valid_to();

    @Message
    String editor_audit();

    @Message
    String editor_live();

    @Message
    String editor_no_live();

    @Message
    String editor_build();

    @Message
    String editor_folder(String folder);

    @Message
    String editor_problem_counts(int errors, int warnings);

    @Message
    String editor_release();

    @Message
    String editor_status();

    @Message
    String editor_created();

    @Message
    String editor_published();

    @Message
    String editor_counts();

    @Message
    String editor_counts_value(int items, int rules, int situations);

    @Message
    String editor_hash();

    @Message
    String editor_changes();

    @Message
    String editor_rule_changes(int added, int changed, int removed, int situations);

    @Message
    String editor_preview();

    @Message
    String editor_publish();

    @Message
    String editor_rollback();

    @Message
    String editor_failed(String reason);

    @Message
    String editor_done_published(String release);

    @Message
    String editor_done_rolled_back(String release);

    @Message
    String editor_done_built(String release);

    @Message
    String editor_build_refused();

    @Message
    String editor_stale_none();

    @Message
    String editor_review_by();

    @Message
    String editor_overdue();

    @Message
    String editor_time();

    @Message
    String editor_user();

    @Message
    String editor_action();

    @Message
    String editor_validation_clean();

    // --- Combination coverage (editors) --------------------------------------------------------
    @Message
    String editor_coverage();

    @Message
    String editor_coverage_intro();

    @Message
    String editor_coverage_summary(int total, int documented, int documentedPercent, int known, int knownPercent, int missing);

    @Message
    String editor_coverage_phase();

    @Message
    String editor_coverage_pairs();

    @Message
    String editor_coverage_with_rule();

    @Message
    String editor_coverage_known();

    @Message
    String editor_coverage_missing();

    @Message
    String editor_coverage_none_missing();

    @Message
    String editor_coverage_unknown();

    @Message
    String editor_coverage_from_live();

    @Message
    String editor_coverage_nothing();

    @Message
    String editor_coverage_across(int total, int documented, int documentedPercent, int known, int knownPercent);
}
