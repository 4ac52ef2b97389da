package fi.keinokartta.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The UI strings of the screener, the sick-leave timeline, "what to do now" and the employers' page. Texts
 * in {@code messages/screener_fi.properties} (the default), {@code screener_sv} and {@code screener_en}, key
 * for key on the same lines. Templates use {@code {screener:key}}; Java code {@link Texts#screener}.
 */
@MessageBundle(value = "screener", locale = "fi")
public interface ScreenerMessages {

    @Message String nav_screener();
    @Message String nav_employers();
    @Message String front_screener_title();
    @Message String front_screener_text();
    @Message String front_employers_title();
    @Message String front_employers_text();

    @Message String form_title();
    @Message String form_intro();
    @Message String q_status();
    @Message String status_employed();
    @Message String status_unemployed();
    @Message String status_pension();
    @Message String status_entrepreneur();
    @Message String status_student();
    @Message String q_sick_leave();
    @Message String q_sick_leave_hint();
    @Message String q_age();
    @Message String age_under_30();
    @Message String age_30_54();
    @Message String age_55_plus();
    @Message String age_none();
    @Message String q_occupational_health();
    @Message String q_part_time();
    @Message String choice_yes();
    @Message String choice_no();
    @Message String choice_unknown();
    @Message String form_submit();
    @Message String form_privacy();
    @Message String form_error(String message);

    @Message String result_title();
    @Message String result_situation(String situation);
    @Message String result_open_situation();
    @Message String result_open_plan();
    @Message String result_may_suit();
    @Message String result_may_suit_intro();
    @Message String result_not_checked();
    @Message String result_not_checked_intro();
    @Message String result_change();
    @Message String result_answers();

    @Message String why_next_checkpoint(String checkpoint, String date);
    @Message String why_occupational_health();
    @Message String why_no_occupational_health();
    @Message String why_part_time();
    @Message String why_phase(String phase);
    @Message String why_situation();

    @Message String timeline_today(int day, String date);
    @Message String timeline_day(int day);
    @Message String timeline_date(String date);
    @Message String timeline_about(String date);
    @Message String timeline_passed();
    @Message String timeline_next();
    @Message String timeline_limits();
    @Message String timeline_sources();
    @Message String timeline_ask_date();
    @Message String timeline_show();

    @Message String actions_title();
    @Message String pairs_summary_title();
    @Message String pairs_summary_intro(int count);
    @Message String pairs_summary_limits();
    @Message String pairs_summary_no_limits();
    @Message String situation_more();
    @Message String situation_sources(int count);
    @Message String pairs_open_checker();

    @Message String employers_title();
    @Message String employers_intro();
    @Message String employers_duties();
    @Message String employers_duties_intro();
    @Message String employers_workplace();
    @Message String employers_money();
    @Message String employers_checklist();
    @Message String employers_checklist_intro();
    @Message String employers_print();
    @Message String employers_read_more(String item);
}
