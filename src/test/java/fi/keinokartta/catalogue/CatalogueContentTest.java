package fi.keinokartta.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fi.keinokartta.content.load.CombinationCoverage;
import fi.keinokartta.content.load.ContentLoader;
import fi.keinokartta.content.load.ContentLoader.LoadResult;
import fi.keinokartta.core.Catalogue;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.ItemText;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Rule;
import fi.keinokartta.core.Situation;
import fi.keinokartta.core.Verdict;

/**
 * The real catalogue in content/ is complete and sound: every item of the concept, three languages,
 * sourced rules that reference what exists and do not contradict, figures with dates, review dates
 * that were in the future when they were committed.
 */
class CatalogueContentTest {

    /** The catalogue ids of GUIDE §3 and the items it says are worth adding. */
    static final List<String> CONCEPT_IDS = List.of("osasairauspaivaraha", "sairauspaivaraha", "osatyokyvyttomyyselake",
            "tyokyvyttomyyselake", "elakkeen-lepaamaan-jattaminen", "vammaistuki", "kuntoutusraha",
            "kuntoutuksen-kustannusten-korvaaminen", "omaehtoisen-opiskelun-tuki", "matkakulujen-korvaus", "tyottomyysetuus",
            "palkkatuki", "starttiraha", "tyoolosuhteiden-jarjestelytuki", "tyonvalitys", "tyonhaku-ja-uravalmennus",
            "tyokokeilu", "koulutuskokeilu", "tyovoimakoulutus", "ammatinvalinta-ja-uraohjaus", "tyohonvalmennus",
            "tyopaikan-jarjestelyt", "tyojarjestelyt", "tyoturvallisuus", "esteettomyys", "tyoyhteiso", "tyoterveyshuolto",
            "perusterveydenhuolto", "erikoissairaanhoito", "sosiaalipalvelut", "ammatillinen-koulutus", "oppisopimuskoulutus",
            "muu-tyopaikkakoulutus", "laakinnallinen-kuntoutus", "ammatillinen-kuntoutus", "sosiaalinen-kuntoutus",
            "tyokykykoordinaattori");
    static final List<String> ADDED_IDS = List.of("monialainen-yhteispalvelu", "tyokanava", "tyottomien-terveystarkastus",
            "apuvalineet", "elinkeinotuki", "varhainen-tuki", "tyokykyneuvottelu");
    static final List<String> SITUATIONS = List.of("tyossa-tyokyky-heikkenee", "sairauslomalta-paluu", "tyonhakija", "nuori",
            "elakkeelta-tyohon", "yrittaja");
    static final List<String> SOCIAL_SECURITY = List.of("osasairauspaivaraha", "sairauspaivaraha", "osatyokyvyttomyyselake",
            "tyokyvyttomyyselake", "elakkeen-lepaamaan-jattaminen", "vammaistuki", "kuntoutusraha",
            "kuntoutuksen-kustannusten-korvaaminen", "omaehtoisen-opiskelun-tuki", "matkakulujen-korvaus", "tyottomyysetuus");

    static final Path CONTENT = Path.of("content");

    static LoadResult result;
    static Catalogue catalogue;

    @BeforeAll
    static void load() {
        result = new ContentLoader().load(CONTENT);
        catalogue = result.catalogue();
    }

    @Test
    void theCatalogueValidatesWithoutErrors() {
        assertThat(result.report().errors()).as(result.report().format()).isEmpty();
        assertThat(catalogue).isNotNull();
    }

    @Test
    void noSourceIsOnAClosedSiteUnlessKeptAsAnArchivedRecord() {
        assertThat(result.report().warnings()).as(result.report().format())
                .noneSatisfy(p -> assertThat(p.message()).contains("which closed after"));
    }

    @Test
    void everyStaleFigureNamesTheSourceWhereTheCurrentValueIsChecked() {
        for (var stale : fi.keinokartta.core.StaleFigures.in(catalogue, LocalDate.now())) {
            assertThat(stale.item().sources()).as(stale.file() + " names the source where the current value is checked")
                    .anySatisfy(source -> assertThat(source.id()).isEqualTo(stale.figure().source()));
        }
    }

    @Test
    void everyItemOfTheConceptIsThereUnderItsStableId() {
        Set<String> ids = catalogue.items().stream().map(Item::id).collect(Collectors.toSet());
        assertThat(ids).containsAll(CONCEPT_IDS).containsAll(ADDED_IDS);
    }

    @Test
    void everyTextExistsInAllThreeLanguages() {
        for (Item item : catalogue.items()) {
            for (Language language : Language.values()) {
                ItemText text = item.text(language);
                assertThat(text.title()).as("%s %s title", item.id(), language).isNotBlank();
                assertThat(text.summary()).as("%s %s summary", item.id(), language).isNotBlank();
                assertThat(text.keywords()).as("%s %s keywords", item.id(), language).isNotEmpty();
                text.sections().inOrder().forEach((key, value) ->
                        assertThat(value).as("%s %s %s", item.id(), language, key).isNotBlank());
            }
            assertThat(item.sources()).as("%s sources", item.id()).isNotEmpty();
        }
        for (Rule rule : catalogue.rules()) {
            for (Language language : Language.values()) {
                assertThat(rule.explanation().get(language)).as("%s %s", rule.id(), language).isNotBlank();
            }
        }
    }

    @Test
    void theSixSituationsAreThereWithPhasesAndWhoIsResponsible() {
        assertThat(catalogue.situations()).extracting(Situation::id).containsExactlyElementsOf(SITUATIONS);
        for (Situation situation : catalogue.situations()) {
            assertThat(situation.responsible()).as(situation.id()).isNotEmpty();
            assertThat(situation.phases()).as(situation.id()).isNotEmpty();
            assertThat(situation.phases()).allSatisfy(phase -> assertThat(phase.items()).isNotEmpty());
        }
    }

    @Test
    void atLeastSixtySourcedRulesBetweenExistingItems() {
        assertThat(catalogue.rules()).hasSizeGreaterThanOrEqualTo(60);
        Set<String> ids = catalogue.items().stream().map(Item::id).collect(Collectors.toSet());
        for (Rule rule : catalogue.rules()) {
            assertThat(ids).as(rule.id()).containsAll(rule.items());
            if (rule.verdict() != Verdict.UNKNOWN) {
                assertThat(rule.sources()).as("%s has sources", rule.id()).isNotEmpty();
            } else {
                assertThat(rule.askFrom()).as("%s says who to ask", rule.id()).isNotEmpty();
            }
            rule.sources().forEach(source -> assertThat(source.url()).startsWith("https://"));
        }
        assertThat(catalogue.rules()).extracting(Rule::verdict).contains(Verdict.TOGETHER, Verdict.EXCLUDES,
                Verdict.SEQUENCE, Verdict.CONDITIONAL);
    }

    @Test
    void benefitsThatCanMeetHaveRulesAndServicesHaveSequences() {
        Set<String> socialSecurityPairs = new HashSet<>();
        for (Rule rule : catalogue.rules()) {
            if (SOCIAL_SECURITY.containsAll(rule.items())) {
                socialSecurityPairs.add(rule.items().stream().sorted().collect(Collectors.joining("+")));
            }
        }
        assertThat(socialSecurityPairs).as("pairs among social-security benefits with a rule").hasSizeGreaterThanOrEqualTo(30);
        assertThat(catalogue.rules().stream().filter(r -> r.verdict() == Verdict.SEQUENCE).count()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void noFigureWithoutADateAndNoTypedAmounts() {
        assertThat(result.report().warnings()).as("figures typed into texts")
                .noneMatch(p -> p.message().contains("without a date"));
        for (Item item : catalogue.items()) {
            item.figures().forEach(figure -> assertThat(figure.validFrom()).as("%s %s", item.id(), figure.id()).isNotNull());
        }
    }

    @Test
    void reviewDatesWereInTheFutureWhenCommitted() {
        for (Item item : catalogue.items()) {
            LocalDate committed = committedOn(CONTENT.resolve("items/" + item.id() + ".yaml"));
            assertThat(item.reviewBy()).as("%s reviewBy vs commit %s", item.id(), committed).isAfter(committed);
            assertThat(item.reviewed()).as("%s reviewed", item.id()).isBeforeOrEqualTo(committed);
        }
        for (Situation situation : catalogue.situations()) {
            LocalDate committed = committedOn(CONTENT.resolve("situations/" + situation.id() + ".yaml"));
            assertThat(situation.reviewBy()).as(situation.id()).isAfter(committed);
        }
    }

    @Test
    void everySourceIsAnAbsoluteHttpsAddressWithTheDateItWasRead() {
        Map<String, List<String>> urls = catalogue.items().stream().collect(Collectors.toMap(Item::id,
                i -> i.sources().stream().map(s -> s.url()).toList()));
        urls.forEach((id, list) -> assertThat(list).as(id).allSatisfy(url -> assertThat(url).matches("https://[^\\s]+")));
        catalogue.items().forEach(i -> i.sources().forEach(s -> assertThat(s.accessed()).isNotNull()));
    }

    /**
     * Issue 14 §3: every pair of items a situation places in the same phase has an explicit rule today, and at
     * least three quarters of them say more than "unknown". An unknown rule says whom to ask; every other one
     * has a source.
     */
    @Test
    void everyPairInTheSamePhaseHasARuleAndMostHaveAKnownVerdict() {
        CombinationCoverage.Report coverage = CombinationCoverage.of(catalogue, LocalDate.now());

        assertThat(coverage.total()).isGreaterThanOrEqualTo(190);
        assertThat(coverage.missing()).as(coverage.summary()).isEmpty();
        assertThat(coverage.knownPercent()).as(coverage.summary()).isGreaterThanOrEqualTo(75);
        for (CombinationCoverage.PhasePair pair : coverage.pairs()) {
            Rule rule = pair.rule();
            if (rule.verdict() == Verdict.UNKNOWN) {
                assertThat(rule.askFrom()).as(rule.id()).isNotEmpty();
            } else {
                assertThat(rule.sources()).as(rule.id()).isNotEmpty();
            }
        }
    }

    /** The date of the last commit that changed the file; today for a file with uncommitted changes. */
    private static LocalDate committedOn(Path file) {
        return git("status", "--porcelain", "--", file.toString()).filter(String::isBlank)
                .flatMap(clean -> git("log", "-1", "--format=%cs", "--", file.toString()))
                .filter(date -> !date.isBlank())
                .map(LocalDate::parse)
                .orElse(LocalDate.now());
    }

    private static Optional<String> git(String... arguments) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("git"));
            command.addAll(List.of(arguments));
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor(20, TimeUnit.SECONDS) && git.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
