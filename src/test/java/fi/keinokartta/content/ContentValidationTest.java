package fi.keinokartta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fi.keinokartta.content.load.ContentLoader;
import fi.keinokartta.content.load.ContentLoader.LoadResult;
import fi.keinokartta.content.load.ContentProblem;
import fi.keinokartta.core.StaleFigures;
import fi.keinokartta.testing.CorpusFolder;

/**
 * The validator on broken copies of the test corpus: each defect is reported with its file, its line
 * and a sentence that names the problem, and no catalogue comes out of content with an error.
 */
class ContentValidationTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Helsinki"));
    private static final String ITEM = "items/tyokokeilu.yaml";
    private static final String RULES = "rules/testisaannot.yaml";
    private static final String STALE_BEFORE = "validFrom: '2025-01-01'\n  source: kela";
    private static final String TIMELINE = "timelines/sairausloma.yaml";

    @TempDir
    Path temp;

    @Test
    void theCorpusIsValid() {
        LoadResult result = new ContentLoader(TODAY).load(CorpusFolder.CORPUS);
        assertThat(result.report().problems()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.catalogue().items()).hasSize(6);
        assertThat(result.catalogue().rules()).hasSize(5);
        assertThat(result.contentHash()).hasSize(64);
    }

    @Test
    void theHashChangesWithAnyContentChange() {
        CorpusFolder copy = CorpusFolder.copy(temp);
        String before = new ContentLoader(TODAY).load(copy.root()).contentHash();
        copy.replace(ITEM, "Kokeilet työtä", "Kokeilet työtä ");
        assertThat(new ContentLoader(TODAY).load(copy.root()).contentHash()).isNotEqualTo(before);
    }

    static Stream<Arguments> brokenContent() {
        return Stream.of(
                broken("not YAML at all", c -> c.replace(ITEM, "type: service", "type: service\n  - oops: [unclosed"),
                        ITEM, 4, "not valid YAML"),
                broken("a key written twice", c -> c.replace(ITEM, "type: service", "type: service\ntype: benefit"),
                        ITEM, 4, "Duplicate field 'type'"),
                broken("a required field missing", c -> c.replace(ITEM, "reviewBy: '2099-12-31'\n", ""),
                        ITEM, 2, "The field 'reviewBy' is missing"),
                broken("a misspelt field", c -> c.replace(ITEM, "related:", "relatd:"),
                        ITEM, 12, "Unknown field 'relatd'"),
                broken("a value outside its vocabulary", c -> c.replace(ITEM, "type: service", "type: servise"),
                        ITEM, 3, "'type' has the value 'servise', which is not allowed; use one of: benefit, service, measure"),
                broken("a date that does not exist", c -> c.replace(ITEM, "reviewed: '2026-11-01'", "reviewed: '2026-02-30'"),
                        ITEM, 14, "'reviewed' is '2026-02-30', which is not a real date"),
                broken("a source that is not https", c -> c.replace(ITEM, "url: https://www.kela.fi/", "url: http://www.kela.fi/"),
                        ITEM, 18, "not an absolute https address"),
                broken("an id that is not a slug", c -> c.replace(ITEM, "- palkkatuki", "- Palkka_Tuki"),
                        ITEM, 13, "is not a valid id"),
                broken("a language missing", c -> c.replace(ITEM, "\nen:", "\nen_GB:"),
                        ITEM, 2, "The field 'en' is missing"),
                broken("an empty text", c -> c.replace(ITEM, "title: Arbetsprövning", "title: '   '"),
                        ITEM, null, "'sv.title' is '   ', which is blank"),
                broken("an unknown category", c -> c.replace(ITEM, "- kuntoutus", "- kuntotus"),
                        ITEM, 6, "The category 'kuntotus' does not exist (see taxonomies/categories.yaml); did you mean 'kuntoutus'?"),
                broken("an unknown provider", c -> c.replace(ITEM, "- kela\nsituations", "- kelaa\nsituations"),
                        ITEM, 9, "The provider 'kelaa' does not exist"),
                broken("an unknown situation", c -> c.replace(ITEM, "- tyonhakija", "- tyonhakia"),
                        ITEM, 11, "The situation 'tyonhakia' does not exist"),
                broken("a related item that does not exist", c -> c.replace(ITEM, "- palkkatuki", "- palkkatukki"),
                        ITEM, 13, "The item 'palkkatukki' does not exist"),
                broken("a figure with an unknown source", c -> c.replace(ITEM, "  source: kela", "  source: tem"),
                        ITEM, 26, "names the source 'tem', which is not among this item's sources"),
                broken("a placeholder without a figure", c -> c.replace(ITEM, "{{kesto}}.", "{{kestoaika}}."),
                        ITEM, null, "The placeholder {{kestoaika}} does not name a figure of this item"),
                broken("a link to a missing item", c -> c.replace(ITEM, "Kysy palvelusta.", "Katso [palkka](item:palka)."),
                        ITEM, null, "The link item:palka points to an item that does not exist"),
                broken("a file named differently from its id", c -> c.write("items/kokeilu.yaml", c.read(ITEM)).delete(ITEM),
                        "items/kokeilu.yaml", 2, "The file must be named after its id: rename it to tyokokeilu.yaml"),
                broken("the same id twice", c -> c.write("items/toinen.yaml", c.read(ITEM)),
                        "items/tyokokeilu.yaml", 2, "The id 'tyokokeilu' is already used by items/toinen.yaml"),
                broken("review dates in the wrong order", c -> c.replace(ITEM, "reviewBy: '2099-12-31'", "reviewBy: '2026-10-01'"),
                        ITEM, 15, "'reviewBy' (2026-10-01) must come after 'reviewed' (2026-11-01)"),
                broken("a rule about an unknown item", c -> c.replace(RULES, "  - esteettomyys", "  - esteetomyys"),
                        RULES, 6, "The item 'esteetomyys' does not exist"),
                broken("a sequence without its first item", c -> c.replace(RULES, "  first: tyokokeilu\n", ""),
                        RULES, 19, "The field 'first' is missing"),
                broken("contradicting rules for one pair", c -> c.replace(RULES, "  situations:\n  - tyonhakija\n", ""),
                        RULES, null, "The rule 'tyokokeilu-ammatillinen-kuntoutus' contradicts the rule "
                                + "'tyokokeilu-ammatillinen-kuntoutus-tyossa'"),
                broken("a source read in the future", c -> c.replace(ITEM, "accessed: '2026-11-01'", "accessed: '2026-12-01'"),
                        ITEM, 20, "The source 'kela' was read on 2026-12-01, which is in the future"),
                broken("a figure replaced by a figure that does not exist", c -> c.replace(ITEM, STALE_BEFORE,
                        "validFrom: '2025-01-01'\n  validTo: '2025-12-31'\n  replacedBy: kesto-2026\n  source: kela"),
                        ITEM, 27, "is replaced by 'kesto-2026', which is not another figure of this item"),
                broken("a figure replaced by itself", c -> c.replace(ITEM, STALE_BEFORE,
                        "validFrom: '2025-01-01'\n  replacedBy: kesto\n  source: kela"),
                        ITEM, 26, "is replaced by 'kesto', which is not another figure of this item"),
                broken("a checkpoint naming a missing figure", c -> c.replace(TIMELINE, "    figure: hakuaika", "    figure: hakuajka"),
                        TIMELINE, 112, "names the figure 'hakuajka', which is not among this timeline's figures"),
                broken("a checkpoint counted in the wrong unit", c -> c.replace(TIMELINE, "    counting: months", "    counting: absence-days"),
                        TIMELINE, 113, "its figure 'hakuaika' must be in days, not months"),
                broken("a timeline for an unknown situation", c -> c.replace(TIMELINE, "situation: tyossa", "situation: tyosa"),
                        TIMELINE, 6, "The situation 'tyosa' does not exist"),
                broken("an unknown counting", c -> c.replace(TIMELINE, "    counting: months", "    counting: weeks"),
                        TIMELINE, 113, "counting' has the value 'weeks', which is not allowed"),
                broken("an employer text in one language only", c -> c.replace(ITEM, "  summary: Kokeilet työtä oikealla työpaikalla.",
                        "  summary: Kokeilet työtä oikealla työpaikalla.\n  forEmployer: Työnantajana sovit kokeilusta."),
                        ITEM, null, "'forEmployer' is given in some languages but not in Swedish"),
                broken("a part-time measure that does not exist", c -> c.replace("situations/tyossa.yaml",
                        "partTime: [osasairauspaivaraha]", "partTime: [osasairauspaivarha]"),
                        "situations/tyossa.yaml", null, "The item 'osasairauspaivarha' does not exist"),
                broken("a usage decider that is not a provider", c -> c.replace(ITEM, "decider: [tyollisyyspalvelut]",
                        "decider: [tyollisyyspalvelu]"), ITEM, 33, "The provider 'tyollisyyspalvelu' does not exist"),
                broken("a usage source that is not the item's", c -> c.replace(ITEM, "  sources: [kela]", "  sources: [tmt]"),
                        ITEM, 41, "The usage names the source 'tmt', which is not among this item's sources"),
                broken("an applicant outside the vocabulary", c -> c.replace(ITEM, "applicant: [person, professional]",
                        "applicant: [person, doctor]"), ITEM, 32, "doctor"),
                broken("a usage duration with an unknown figure", c -> c.replace(ITEM, "figure: kesto}", "figure: kestoo}"),
                        ITEM, 40, "A duration of kind figure names one of this item's figures"),
                broken("an unknown part of the usage without a note", c -> c.replace(ITEM,
                        "  duration: {kind: figure, figure: kesto}", "  duration: {kind: unknown}"),
                        ITEM, 32, "say in 'note' what the sources do not tell"),
                broken("a required file missing", c -> c.delete("taxonomies/providers.yaml"),
                        "taxonomies/providers.yaml", null, "This required file is missing"));
    }

    private static Arguments broken(String defect, Consumer<CorpusFolder> breakIt, String file, Integer line, String message) {
        return Arguments.of(defect, breakIt, file, line, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenContent")
    void everyDefectIsReportedWithFileLineAndSentence(String defect, Consumer<CorpusFolder> breakIt, String file,
            Integer line, String message) {
        CorpusFolder copy = CorpusFolder.copy(temp);
        breakIt.accept(copy);

        LoadResult result = new ContentLoader(TODAY).load(copy.root());

        assertThat(result.ok()).as("content with %s must not produce a catalogue", defect).isFalse();
        assertThat(result.catalogue()).isNull();
        List<ContentProblem> errors = result.report().errors();
        assertThat(errors).as(result.report().format())
                .anySatisfy(problem -> {
                    assertThat(problem.file()).isEqualTo(file);
                    assertThat(problem.message()).contains(message);
                    if (line != null) {
                        assertThat(problem.line()).isEqualTo(line);
                    } else if (!problem.file().startsWith("taxonomies/")) {
                        assertThat(problem.line()).isNotNull();
                    }
                });
    }

    @Test
    void severalBrokenFilesAreAllReportedAtOnce() {
        CorpusFolder copy = CorpusFolder.copy(temp)
                .replace(ITEM, "type: service", "type: servise")
                .replace("items/palkkatuki.yaml", "- tyovoimapalvelut", "- tyovoimapalvelu")
                .replace(RULES, "verdict: together", "verdict: maybe");

        LoadResult result = new ContentLoader(TODAY).load(copy.root());

        assertThat(result.report().errors()).extracting(ContentProblem::file)
                .contains(ITEM, "items/palkkatuki.yaml", RULES);
    }

    @Test
    void warnsAboutStaleEntriesAndBareFiguresWithoutRefusingThem() {
        CorpusFolder copy = CorpusFolder.copy(temp)
                .replace(ITEM, "reviewBy: '2099-12-31'", "reviewBy: '2026-11-10'")
                .replace("items/palkkatuki.yaml", "Tukea.", "Tukea enintään 1 770 euroa kuukaudessa.");

        LoadResult result = new ContentLoader(TODAY).load(copy.root());

        assertThat(result.ok()).isTrue();
        assertThat(result.report().warnings()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(ITEM);
            assertThat(p.line()).isEqualTo(15);
            assertThat(p.message()).contains("Stale: the review date 2026-11-10 has passed");
        });
        assertThat(result.report().warnings()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("items/palkkatuki.yaml");
            assertThat(p.message()).contains("the figure '1 770 euro' without a date");
        });
    }

    @Test
    void aFigureWhosePeriodEndedWithoutANewerValueIsReportedAsStale() {
        CorpusFolder copy = CorpusFolder.copy(temp)
                .replace(ITEM, STALE_BEFORE, "validFrom: '2025-01-01'\n  validTo: '2025-12-31'\n  source: kela");

        LoadResult result = new ContentLoader(TODAY).load(copy.root());

        assertThat(result.ok()).isTrue();
        assertThat(result.report().warnings()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(ITEM);
            assertThat(p.line()).isEqualTo(26);
            assertThat(p.message()).contains("Stale figure 'kesto': its period ended on 2025-12-31 and no newer value is declared");
        });
        assertThat(StaleFigures.in(result.catalogue(), LocalDate.now(TODAY)))
                .extracting(s -> s.file() + "#" + s.figure().id()).containsExactly(ITEM + "#kesto");
    }

    @Test
    void aFigureWithANewerValueIsNotStale() {
        CorpusFolder copy = CorpusFolder.copy(temp)
                .replace(ITEM, STALE_BEFORE, "validFrom: '2025-01-01'\n  validTo: '2025-12-31'\n  replacedBy: kesto-2026\n"
                        + "  source: kela\n  label:\n    fi: Enimmäiskesto\n    sv: Längsta tid\n    en: Maximum duration\n"
                        + "- id: kesto-2026\n  value: 4\n  unit: months\n  validFrom: '2026-01-01'\n  source: kela");

        LoadResult result = new ContentLoader(TODAY).load(copy.root());

        assertThat(result.report().problems()).as(result.report().format()).isEmpty();
        assertThat(StaleFigures.in(result.catalogue(), LocalDate.now(TODAY))).isEmpty();
    }

    @Test
    void aSourceOnAClosedSiteIsFlaggedUnlessArchived() {
        String teSource = "url: https://www.te-palvelut.fi/te/fi/tyonhakijalle/index.html";
        CorpusFolder copy = CorpusFolder.copy(temp).replace(ITEM, "url: https://www.kela.fi/", teSource);

        LoadResult result = new ContentLoader(TODAY).load(copy.root());

        assertThat(result.ok()).isTrue();
        assertThat(result.report().warnings()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(ITEM);
            assertThat(p.line()).isEqualTo(18);
            assertThat(p.message()).contains("The source 'kela' is on te-palvelut.fi, which closed after 2024-12-31")
                    .contains("archived: true");
        });

        copy.replace(ITEM, "accessed: '2026-11-01'", "accessed: '2026-11-01'\n  archived: true");
        LoadResult archived = new ContentLoader(TODAY).load(copy.root());
        assertThat(archived.report().problems()).as(archived.report().format()).isEmpty();

        copy.replace(ITEM, "accessed: '2026-11-01'\n  archived: true", "accessed: '2024-06-01'");
        LoadResult readBeforeClosing = new ContentLoader(TODAY).load(copy.root());
        assertThat(readBeforeClosing.report().problems()).as(readBeforeClosing.report().format()).isEmpty();
    }
}
