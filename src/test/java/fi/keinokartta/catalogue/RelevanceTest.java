package fi.keinokartta.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The relevance test set (src/test/resources/relevance/queries.txt): natural queries in three languages
 * with their accepted answers, against the real catalogue. Prints top-3 accuracy and the zero-result rate
 * (also to target/relevance.txt); fails under 90 % in the top three, on any query without results, and
 * when any of the issue's phrases misses in any language.
 */
@QuarkusTest
@TestProfile(RealCatalogueProfile.class)
class RelevanceTest {

    static final double MIN_TOP3 = 0.90;

    record Case(int line, String lang, String query, Set<String> accepted, boolean must) {
    }

    record Outcome(Case query, List<String> hits, int rank) {
        boolean top3() {
            return rank >= 1 && rank <= 3;
        }
    }

    @BeforeEach
    void releaseIsLive() {
        LiveRelease.await();
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance/queries.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                cases.add(new Case(i + 1, parts[0].strip(), parts[1].strip(),
                        Set.copyOf(Arrays.asList(parts[2].strip().split("\\s+"))),
                        parts.length > 3 && parts[3].strip().equals("must")));
            }
        }
        return cases;
    }

    private static List<String> hits(String lang, String query) {
        return given().queryParam("lang", lang).queryParam("q", query).queryParam("size", 10).get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath().getList("hits.id");
    }

    @Test
    void naturalQueriesFindTheirAnswersInTheTopThree() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).as("queries in the set").hasSizeGreaterThanOrEqualTo(60);
        List<Outcome> outcomes = new ArrayList<>();
        for (Case c : cases) {
            List<String> hits = hits(c.lang(), c.query());
            int rank = 0;
            for (int i = 0; i < hits.size(); i++) {
                if (c.accepted().contains(hits.get(i))) {
                    rank = i + 1;
                    break;
                }
            }
            outcomes.add(new Outcome(c, hits, rank));
        }
        StringBuilder report = new StringBuilder("Relevance test set (real catalogue)\n");
        Map<String, List<Outcome>> byLanguage = new LinkedHashMap<>();
        outcomes.forEach(o -> byLanguage.computeIfAbsent(o.query().lang(), l -> new ArrayList<>()).add(o));
        byLanguage.forEach((lang, list) -> report.append(line(lang, list)));
        report.append(line("all", outcomes));
        for (Outcome o : outcomes) {
            if (!o.top3()) {
                report.append(String.format("  miss (line %d) %s '%s': rank %s, top %s%n", o.query().line(), o.query().lang(),
                        o.query().query(), o.rank() == 0 ? "-" : o.rank(), o.hits().stream().limit(3).toList()));
            }
        }
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "relevance.txt"), report);

        assertThat(outcomes.stream().filter(o -> o.hits().isEmpty()).map(RelevanceTest::describe))
                .as("queries without any result").isEmpty();
        assertThat(outcomes.stream().filter(o -> o.query().must() && !o.top3()).map(RelevanceTest::describe))
                .as("the issue's phrases in every language, in the top three").isEmpty();
        assertThat(top3(outcomes)).as("top-3 accuracy").isGreaterThanOrEqualTo(MIN_TOP3);
    }

    private static String describe(Outcome o) {
        return o.query().lang() + " '" + o.query().query() + "' (line " + o.query().line() + "): " + o.hits().stream().limit(3).toList();
    }

    private static double top3(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::top3).count() / (double) outcomes.size();
    }

    private static String line(String lang, List<Outcome> outcomes) {
        long zero = outcomes.stream().filter(o -> o.hits().isEmpty()).count();
        long first = outcomes.stream().filter(o -> o.rank() == 1).count();
        return String.format("  %-3s %3d queries: top-1 %5.1f %%, top-3 %5.1f %%, zero results %5.1f %%%n", lang,
                outcomes.size(), 100.0 * first / outcomes.size(), 100.0 * top3(outcomes), 100.0 * zero / outcomes.size());
    }
}
