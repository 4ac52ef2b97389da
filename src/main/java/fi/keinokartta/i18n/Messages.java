package fi.keinokartta.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every UI string of the service. The Finnish text is here; Swedish and English are in
 * {@code messages/msg_sv.properties} and {@code messages/msg_en.properties}. Templates use them as
 * {@code {msg:key}}; Java code through {@link Texts}.
 */
@MessageBundle(value = "msg", locale = "fi")
public interface Messages {

    // --- Item types ---------------------------------------------------------------------------
    @Message("Etuus")
    String type_benefit();

    @Message("Palvelu")
    String type_service();

    @Message("Keino")
    String type_measure();

    // --- Verdicts: how two items combine (GUIDE §4 wording: "may suit", never a hard "no") ------
    @Message("Voi sopia yhteen")
    String verdict_together();

    @Message("Toinen maksetaan ensin")
    String verdict_primary();

    @Message("Ei samaan aikaan")
    String verdict_excludes();

    @Message("Tyypillisesti peräkkäin")
    String verdict_sequence();

    @Message("Voi sopia ehdoin")
    String verdict_conditional();

    @Message("Ei dokumentoitua sääntöä")
    String verdict_unknown();

    // --- Item page sections --------------------------------------------------------------------
    @Message("Mikä se on")
    String section_whatItIs();

    @Message("Kenelle")
    String section_whoFor();

    @Message("Mitä se antaa")
    String section_whatItGives();

    @Message("Miten haetaan tai aloitetaan")
    String section_howToApply();

    @Message("Kuka päättää ja maksaa")
    String section_whoDecides();

    @Message("Mitä seuraavaksi")
    String section_nextSteps();

    // --- Figures: value, unit and the date from which it applies ---------------------------------
    @Message("{value} €")
    String unit_eur(String value);

    @Message("{value} €/päivä")
    String unit_eur_per_day(String value);

    @Message("{value} €/kk")
    String unit_eur_per_month(String value);

    @Message("{value} €/vuosi")
    String unit_eur_per_year(String value);

    @Message("{value} %")
    String unit_percent(String value);

    @Message("{value} {#if one}päivä{#else}päivää{/if}")
    String unit_days(String value, boolean one);

    @Message("{value} {#if one}arkipäivä{#else}arkipäivää{/if}")
    String unit_working_days(String value, boolean one);

    @Message("{value} {#if one}viikko{#else}viikkoa{/if}")
    String unit_weeks(String value, boolean one);

    @Message("{value} {#if one}kuukausi{#else}kuukautta{/if}")
    String unit_months(String value, boolean one);

    @Message("{value} {#if one}vuosi{#else}vuotta{/if}")
    String unit_years(String value, boolean one);

    @Message("{value} {#if one}tunti{#else}tuntia{/if} päivässä")
    String unit_hours_per_day(String value, boolean one);

    @Message("{value} {#if one}tunti{#else}tuntia{/if} viikossa")
    String unit_hours_per_week(String value, boolean one);

    @Message("{value} {#if one}tunti{#else}tuntia{/if} kuukaudessa")
    String unit_hours_per_month(String value, boolean one);

    @Message("{value}")
    String unit_count(String value);

    @Message("{from} alkaen")
    String figure_validFrom(String from);

    @Message("{from}–{to}")
    String figure_validBetween(String from, String to);
}
