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

    @Message("vanhentunut")
    String figure_stale();

    @Message("Vanhentunut: tämän luvun voimassaolo on päättynyt, eikä uudempaa arvoa ole vahvistettu lähteistämme. Tarkista ajantasainen luku lähteestä tai järjestäjältä.")
    String figure_stale_note();

    @Message("{count} tämän sivun luvuista on vanhentunut: niiden voimassaolo on päättynyt, eikä uudempaa arvoa ole vahvistettu lähteistämme. Ne on merkitty kohtaan Määrät ja rajat; tarkista ajantasaiset luvut lähteistä tai järjestäjältä.")
    String item_stale_figures(int count);

    @Message("vanhentuneita lukuja {count}")
    String item_stale_figures_short(int count);

    // --- Layout ----------------------------------------------------------------------------------
    @Message("Keinot, etuudet ja palvelut osatyökykyisille – ja miten ne sopivat yhteen")
    String site_tagline();

    @Message("Siirry sisältöön")
    String skip_to_content();

    @Message("Päävalikko")
    String nav_main();

    @Message("Kieli")
    String nav_language();

    @Message("Etusivu")
    String nav_home();

    @Message("Haku")
    String nav_search();

    @Message("Tilanteet")
    String nav_situations();

    @Message("Yhdistelmät")
    String nav_checker();

    @Message("Mitä uutta")
    String nav_whats_new();

    @Message("Sisältöjulkaisu {release}, julkaistu {date}")
    String footer_release(String release, String date);

    @Message("Saavutettavuusseloste")
    String footer_accessibility();

    @Message("Avoin rajapinta (API)")
    String footer_api();

    @Message("Palaute ja saavutettavuuspalaute: {email}")
    String footer_feedback(String email);

    @Message("Keinokartta kokoaa osatyökykyisten työssä jatkamista ja työllistymistä tukevat keinot, etuudet ja palvelut lähteineen. Tiedot eivät ole päätöksiä: etuuksista ja palveluista päättää aina niiden järjestäjä.")
    String footer_about();

    // --- Front page -----------------------------------------------------------------------------
    @Message("Mikä voisi auttaa sinua jatkamaan työssä tai pääsemään töihin?")
    String front_title();

    @Message("Keinokartta kertoo selkeästi, mitä keinoja, etuuksia ja palveluja on olemassa, kenelle ne voivat sopia ja miten niitä voi käyttää yhdessä. Jokaisella tiedolla on lähde ja päivämäärä.")
    String front_intro();

    @Message("Hae keinoja, etuuksia ja palveluja")
    String search_label();

    @Message("Hae")
    String search_button();

    @Message("Aloita omasta tilanteestasi")
    String front_situations();

    @Message("Selaa aiheittain")
    String front_categories();

    @Message("Tarkista yhdistelmä")
    String front_checker_title();

    @Message("Valitse kaksi tai useampia keinoja ja katso, voiko niitä käyttää yhdessä, missä järjestyksessä ja mihin lähteisiin tieto perustuu.")
    String front_checker_text();

    @Message("Ammattilaisille")
    String front_professionals_title();

    @Message("Työkykykoordinaattorit ja muut ammattilaiset voivat koota asiakkaan kanssa sopivan yhdistelmän, tulostaa sen ja tarkistaa lähteet. Kaikki tiedot ovat myös avoimen rajapinnan kautta.")
    String front_professionals_text();

    // --- Search -----------------------------------------------------------------------------------
    @Message("Kaikki keinot, etuudet ja palvelut")
    String search_all_title();

    @Message("Hakutulokset: {query}")
    String search_results_title(String query);

    @Message("{#if count == 1}1 tulos{#else}{count} tulosta{/if}")
    String search_count(long count);

    @Message("Järjestys")
    String sort_label();

    @Message("Osuvimmat ensin")
    String sort_relevance();

    @Message("Aakkosjärjestyksessä")
    String sort_name();

    @Message("Rajaa tuloksia")
    String facets_title();

    @Message("Tyyppi")
    String facet_type();

    @Message("Aihe")
    String facet_category();

    @Message("Järjestäjä tai maksaja")
    String facet_provider();

    @Message("Tilanne")
    String facet_situation();

    @Message("Tulokset päivittyvät heti, kun muutat valintoja.")
    String facets_auto_note();

    @Message("Näytä tulokset")
    String facets_apply();

    @Message("Poista rajaukset")
    String facets_clear();

    @Message("Haulla ”{query}” ei löytynyt yhtään keinoa, etuutta tai palvelua.")
    String search_no_results(String query);

    @Message("Valituilla rajauksilla ei löytynyt yhtään keinoa, etuutta tai palvelua.")
    String search_no_results_filters();

    @Message("Tarkoititko")
    String search_did_you_mean();

    @Message("Mikään ei vastannut kaikkia hakusanojasi, joten tuloksissa on myös sellaisia, jotka vastaavat osaa sanoista.")
    String search_relaxed();

    @Message("Haku oli pitkä: siitä haettiin vain {max} ensimmäistä eri sanaa.")
    String search_cut(int max);

    @Message("Rajaa tuloksia ({count} valittu)")
    String facets_title_selected(int count);

    @Message("Kokeile lyhyempää tai yleisempää sanaa, esimerkiksi ”kuntoutus” tai ”sairausloma”.")
    String search_tip_words();

    @Message("Poista rajauksia, jotta näet enemmän tuloksia.")
    String search_tip_filters();

    @Message("Voit myös aloittaa omasta tilanteestasi.")
    String search_tip_situations();

    @Message("Sivut")
    String pagination_label();

    @Message("Edellinen sivu")
    String pagination_previous();

    @Message("Seuraava sivu")
    String pagination_next();

    @Message("Sivu {page} / {pages}")
    String pagination_status(int page, int pages);

    // --- Item page --------------------------------------------------------------------------------
    @Message("Perustiedot")
    String item_facts();

    @Message("Tyyppi")
    String item_type();

    @Message("Järjestää, päättää tai maksaa")
    String item_providers();

    @Message("Aiheet")
    String item_categories();

    @Message("Voi sopia tilanteisiin")
    String item_situations();

    @Message("Tiedot tarkistettu")
    String item_reviewed();

    @Message("Sisältö muuttunut viimeksi")
    String item_last_changed();

    @Message("Huomio: tämän sivun tiedot olisi pitänyt tarkistaa {date} mennessä. Tarkista ajantasaiset tiedot lähteistä tai järjestäjältä.")
    String item_review_overdue(String date);

    @Message("Määrät ja rajat")
    String item_figures();

    @Message("Mikä")
    String figure_what();

    @Message("Määrä")
    String figure_value();

    @Message("Voimassa")
    String figure_valid();

    @Message("Lähde")
    String figure_source();

    @Message("Lähteet")
    String item_sources();

    @Message("luettu {date}")
    String source_accessed(String date);

    @Message("Miten tämä sopii yhteen muiden kanssa")
    String item_combines();

    @Message("Tälle ei ole vielä kirjattu yhdistelmäsääntöjä. Se ei tarkoita, ettei yhdistäminen olisi mahdollista – kysy järjestäjältä.")
    String item_combines_none();

    @Message("Koskee tilanteita")
    String combination_situations();

    @Message("Voimassa {date} alkaen")
    String combination_valid_from(String date);

    @Message("Katso myös")
    String item_related();

    @Message("Tarkista yhdistelmä tämän kanssa")
    String item_check_with();

    @Message("Tämä maksetaan ensin; toinen voi täydentää enintään erotuksen.")
    String role_primary();

    @Message("{other} maksetaan ensin; tämä voi täydentää enintään erotuksen.")
    String role_secondary(String other);

    @Message("Tämä tulee yleensä ensin.")
    String role_first();

    @Message("{other} tulee yleensä ensin.")
    String role_then(String other);

    @Message("{name} tulee yleensä ensin.")
    String pair_first(String name);

    @Message("{name} maksetaan ensin; toinen voi täydentää enintään erotuksen.")
    String pair_primary(String name);

    @Message("Kysy lisää: {names}")
    String ask_from(String names);

    // --- Verdicts, long forms for the legend ------------------------------------------------------
    @Message("Voidaan käyttää samaan aikaan.")
    String verdict_together_long();

    @Message("Toinen maksetaan ensin, ja toinen täydentää enintään erotuksen.")
    String verdict_primary_long();

    @Message("Ei voi saada samaan aikaan.")
    String verdict_excludes_long();

    @Message("Toinen tulee yleensä ensin ja johtaa toiseen.")
    String verdict_sequence_long();

    @Message("Mahdollista tietyin ehdoin – ehdot on kerrottu perusteluissa.")
    String verdict_conditional_long();

    @Message("Säännöstä ei ole dokumentoitua tietoa. Se ei tarkoita ”ei” – kysy järjestäjältä.")
    String verdict_unknown_long();

    // --- Situations -------------------------------------------------------------------------------
    @Message("Tilanteet")
    String situations_title();

    @Message("Valitse tilanne, joka on lähimpänä omaasi. Näet, kuka on päävastuussa, mitä keinoja tilanteessa tyypillisesti käytetään ja miten ne sopivat yhteen.")
    String situations_intro();

    @Message("Kuka on päävastuussa")
    String situation_responsible();

    @Message("Vaiheet ja keinot")
    String situation_phases();

    @Message("Miten keinot sopivat yhteen tässä tilanteessa")
    String situation_combinations();

    @Message("Tämän tilanteen keinoille ei ole kirjattu yhdistelmäsääntöjä.")
    String situation_combinations_none();

    @Message("Tarkista nämä keinot yhdistelmätarkistimessa")
    String situation_open_checker();

    // --- Checker ----------------------------------------------------------------------------------
    @Message("Yhdistelmätarkistin")
    String checker_title();

    @Message("Valitse vähintään kaksi keinoa. Näet jokaisen parin kohdalla, voiko niitä käyttää yhdessä, ja perustelun lähteineen. Tieto ei ole päätös: järjestäjä päättää aina lopullisesti.")
    String checker_intro();

    @Message("Valitse keinot")
    String checker_choose();

    @Message("Tilanne")
    String checker_situation();

    @Message("Kaikki tilanteet")
    String checker_any_situation();

    @Message("Tarkista yhdistelmä")
    String checker_submit();

    @Message("Valitse vähintään kaksi eri keinoa.")
    String checker_need_two();

    @Message("Voit valita enintään {max} keinoa kerrallaan.")
    String checker_too_many(int max);

    @Message("Näitä keinoja ei löytynyt, joten ne jätettiin pois: {names}")
    String checker_unknown_items(String names);

    @Message("Tilannetta ”{name}” ei löytynyt, joten tarkistus tehtiin kaikille tilanteille.")
    String checker_unknown_situation(String name);

    @Message("Yhdistelmät: rivin ja sarakkeen keinojen suhde")
    String checker_matrix_caption();

    @Message("Perustelut ja lähteet")
    String checker_details();

    @Message("Merkkien selitykset")
    String checker_legend();

    @Message("Tulosta")
    String checker_print();

    @Message("Ei dokumentoitua sääntöä. Se ei tarkoita, ettei yhdistäminen olisi mahdollista.")
    String checker_unknown_pair();

    @Message("Tarkistettu {date}")
    String checker_checked_on(String date);

    // --- Accessibility statement ------------------------------------------------------------------
    @Message("Saavutettavuusseloste")
    String a11y_title();

    @Message("Keinokartta pyrkii siihen, että jokainen voi käyttää palvelua. Palvelu on tehty täyttämään WCAG 2.1 -ohjeiden AA-tason vaatimukset (digitaalisten palvelujen tarjoamisesta annettu laki 306/2019).")
    String a11y_intro();

    @Message("Saavutettavuuden tila")
    String a11y_status_title();

    @Message("Palvelu täyttää tietojemme mukaan WCAG 2.1 AA -vaatimukset. Jokainen sivutyyppi tarkistetaan jokaisella kielellä automaattisesti axe-työkalulla oikeassa selaimessa, ja pääpolut testataan näppäimistöllä. Automaattinen testaus ei löydä kaikkia ongelmia, joten kerro meille, jos jokin ei toimi.")
    String a11y_status();

    @Message("Miten palvelu on tehty saavutettavaksi")
    String a11y_how_title();

    @Message("Sivut toimivat ilman JavaScriptiä ja pelkällä näppäimistöllä, näkyvä kohdistus, selkeä kieli, riittävät värikontrastit, tieto ei ole pelkän värin varassa, ja sivut toimivat 200 %:n suurennuksella ja kapealla näytöllä.")
    String a11y_how();

    @Message("Palaute ja yhteystiedot")
    String a11y_feedback_title();

    @Message("Jos huomaat saavutettavuusongelman, kerro siitä meille sähköpostilla: {email}. Vastaamme 14 päivän kuluessa.")
    String a11y_feedback(String email);

    @Message("Valvontaviranomainen")
    String a11y_authority_title();

    @Message("Jos et ole tyytyväinen saamaasi vastaukseen, voit tehdä ilmoituksen Etelä-Suomen aluehallintovirastoon (nykyään Lupa- ja valvontavirasto), joka valvoo saavutettavuusvaatimusten toteutumista: www.saavutettavuusvaatimukset.fi.")
    String a11y_authority();

    @Message("Seloste on laadittu {date}.")
    String a11y_date(String date);

    // --- Errors -----------------------------------------------------------------------------------
    @Message("Sivua ei löytynyt")
    String error_404_title();

    @Message("Etsimääsi sivua ei ole. Se on voinut siirtyä, tai osoitteessa on kirjoitusvirhe.")
    String error_404_text();

    @Message("Pyyntöä ei voitu käsitellä")
    String error_400_title();

    @Message("Palvelu ei juuri nyt vastaa")
    String error_503_title();

    @Message("Hakupalvelu on hetken poissa käytöstä. Yritä hetken kuluttua uudelleen.")
    String error_503_text();

    @Message("Jotain meni vikaan")
    String error_500_title();

    @Message("Virhe on meidän päässämme, ja se on kirjattu. Yritä myöhemmin uudelleen.")
    String error_500_text();

    @Message("Siirry etusivulle")
    String error_home();

    // --- What's new -------------------------------------------------------------------------------
    @Message("Mitä uutta")
    String whats_new_title();

    @Message("Tässä näet, mitä Keinokartan sisältöön on lisätty ja mitä siinä on muutettu julkaisu kerrallaan.")
    String whats_new_intro();

    @Message("Tilaa muutokset syötteenä (Atom)")
    String whats_new_feed();

    @Message("Julkaisu {date}")
    String release_heading(String date);

    @Message("Uudet")
    String changes_added();

    @Message("Päivitetyt")
    String changes_changed();

    @Message("Poistetut")
    String changes_removed();

    @Message("muuttui: {parts}")
    String changes_parts(String parts);

    @Message("{#if count == 1}1 yhdistelmäsääntö lisätty tai muutettu{#else}{count} yhdistelmäsääntöä lisätty tai muutettu{/if}")
    String changes_rules(int count);

    @Message("Ensimmäinen julkaisu: {count} keinoa, etuutta ja palvelua.")
    String changes_first(int count);

    @Message("Ei vielä julkaisuja.")
    String whats_new_none();

    @Message("Ei muutoksia keinoihin, etuuksiin tai palveluihin.")
    String changes_none();

    @Message("otsikko")
    String field_title();

    @Message("tiivistelmä")
    String field_summary();

    @Message("hakusanat")
    String field_keywords();

    @Message("määrät")
    String field_figures();

    @Message("lähteet")
    String field_sources();

    @Message("tiedot")
    String field_facts();

    // --- Preview and the editors' area --------------------------------------------------------------
    @Message("ESIKATSELU – julkaisu {release} ei ole julkinen. Julkinen sivusto ei ole muuttunut.")
    String preview_banner(String release);

    @Message("Julkaisun tiedot")
    String preview_release_page();

    @Message("Lopeta esikatselu")
    String preview_exit();

    @Message("Toimittajat")
    String editor_title();

    @Message("Kirjaudu sisään")
    String editor_login_title();

    @Message("Käyttäjätunnus")
    String editor_username();

    @Message("Salasana")
    String editor_password();

    @Message("Kirjaudu")
    String editor_login_button();

    @Message("Tunnus tai salasana oli väärä. Yritä uudelleen.")
    String editor_login_failed();

    @Message("Kirjaudu ulos")
    String editor_logout();

    @Message("Kirjautuneena: {name}")
    String editor_signed_in(String name);

    @Message("Julkaisut")
    String editor_releases();

    @Message("Sisällön tarkistus")
    String editor_validation();

    @Message("Vanhenevat tiedot")
    String editor_stale();

    @Message("Vanhentuneet luvut")
    String editor_stale_figures();

    @Message("Luvut, joiden voimassaolo on päättynyt ilman uudempaa arvoa. Lukijat näkevät ne merkittyinä vanhentuneiksi, kunnes lisäät ajantasaisen luvun ja merkitset sen kenttään replacedBy.")
    String editor_stale_figures_help();

    @Message("Voimassa asti")
    String editor_valid_to();

    @Message("Tapahtumaloki")
    String editor_audit();

    @Message("Julkinen nyt")
    String editor_live();

    @Message("Ei julkaisua vielä.")
    String editor_no_live();

    @Message("Tarkista sisältökansio ja rakenna julkaisuehdokas")
    String editor_build();

    @Message("Sisältökansio: {folder}")
    String editor_folder(String folder);

    @Message("{errors} virhettä, {warnings} varoitusta")
    String editor_problem_counts(int errors, int warnings);

    @Message("Julkaisu")
    String editor_release();

    @Message("Tila")
    String editor_status();

    @Message("Rakennettu")
    String editor_created();

    @Message("Julkaistu")
    String editor_published();

    @Message("Sisältö")
    String editor_counts();

    @Message("{items} keinoa, {rules} sääntöä, {situations} tilannetta")
    String editor_counts_value(int items, int rules, int situations);

    @Message("Sisällön tiiviste")
    String editor_hash();

    @Message("Muutokset edelliseen julkiseen julkaisuun")
    String editor_changes();

    @Message("Säännöt: {added} uutta, {changed} muuttunutta, {removed} poistettua. Tilanteita muuttunut: {situations}.")
    String editor_rule_changes(int added, int changed, int removed, int situations);

    @Message("Esikatsele")
    String editor_preview();

    @Message("Julkaise")
    String editor_publish();

    @Message("Palauta edellinen julkaisu")
    String editor_rollback();

    @Message("Rakentaminen epäonnistui: {reason}")
    String editor_failed(String reason);

    @Message("Julkaisu {release} on nyt julkinen.")
    String editor_done_published(String release);

    @Message("Edellinen julkaisu {release} on palautettu julkiseksi.")
    String editor_done_rolled_back(String release);

    @Message("Julkaisuehdokas {release} on valmis esikatseltavaksi.")
    String editor_done_built(String release);

    @Message("Sisältökansiossa on virheitä, joten julkaisua ei rakennettu. Julkinen sivusto ei muuttunut.")
    String editor_build_refused();

    @Message("Kaikki tiedot on tarkistettu ajallaan.")
    String editor_stale_none();

    @Message("Tarkistettava viimeistään")
    String editor_review_by();

    @Message("Tarkistus myöhässä")
    String editor_overdue();

    @Message("Aika")
    String editor_time();

    @Message("Käyttäjä")
    String editor_user();

    @Message("Toiminto")
    String editor_action();

    @Message("Ei virheitä eikä varoituksia.")
    String editor_validation_clean();

    // --- Combination coverage (editors) --------------------------------------------------------
    @Message("Yhdistelmien kattavuus")
    String editor_coverage();

    @Message("Tilanteen saman vaiheen keinoja yhdistetään käytännössä. Jokaiselle tällaiselle parille pitää olla lähteistetty sääntö. Puuttuva sääntö ei estä julkaisua, mutta lukija näkee parille vain \"ei dokumentoitua sääntöä\".")
    String editor_coverage_intro();

    @Message("{total} saman vaiheen paria: säännöllisiä {documented} ({documentedPercent} %), tulos muu kuin \"ei tiedossa\" {known} ({knownPercent} %), ilman sääntöä {missing}.")
    String editor_coverage_summary(int total, int documented, int documentedPercent, int known, int knownPercent, int missing);

    @Message("Tilanne ja vaihe")
    String editor_coverage_phase();

    @Message("Pareja")
    String editor_coverage_pairs();

    @Message("Sääntö")
    String editor_coverage_with_rule();

    @Message("Tulos tiedossa")
    String editor_coverage_known();

    @Message("Parit ilman sääntöä")
    String editor_coverage_missing();

    @Message("Jokaiselle saman vaiheen parille on sääntö.")
    String editor_coverage_none_missing();

    @Message("Säännöt, joiden tulos on \"ei tiedossa\"")
    String editor_coverage_unknown();

    @Message("Sisältökansiossa on virheitä, joten kattavuus on laskettu julkisesta julkaisusta.")
    String editor_coverage_from_live();

    @Message("Kattavuutta ei voi laskea: sisältökansiossa on virheitä eikä julkista julkaisua ole.")
    String editor_coverage_nothing();

    @Message("Laajempi tavoite, tilanteen kaikki keinoparit vaiheesta riippumatta: {total} paria, säännöllisiä {documented} ({documentedPercent} %), tulos muu kuin \"ei tiedossa\" {known} ({knownPercent} %).")
    String editor_coverage_across(int total, int documented, int documentedPercent, int known, int knownPercent);
}
