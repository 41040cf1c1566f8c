package org.llmatlas.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmatlas.Seeds;
import org.llmatlas.web.TestAtlas;
import org.llmatlas.vocab.Atlas;

/**
 * Scores the extracted relations against the hand-annotated development gold set
 * ({@code src/test/resources/gold}): all of keywords-summary, and the listed Q&A items of
 * further-questions ({@link GoldScorer}). Notes written after the rules, never seen by them while they were
 * written, are scored by {@link HeldOutGoldTest}.
 */
class RelationGoldTest {
    private static final Path GOLD = Path.of("src/test/resources/gold");
    /**
     * Floors per relation (precision, recall) so that a change that makes extraction worse fails: the
     * recall floors of uses, improvesOn and evaluatedBy are the issue's target 0.85, which both gold files
     * reach; the precision floors are just under what the rules reach today (the target is 0.90).
     */
    private static final Map<String, double[]> FLOORS = Map.of(
            "uses", new double[] {0.91, 0.85},
            "improvesOn", new double[] {0.93, 0.85},
            "evaluatedBy", new double[] {0.92, 0.85},
            "partOf", new double[] {0.97, 0.95});
    /** Regression floor for the recall of model→family partOf (gold partOf rows whose object is a family); the target is 0.95. */
    private static final double FAMILY_RECALL_FLOOR = 0.97;

    private static GoldScorer scorer;

    @BeforeAll
    static void load() {
        scorer = new GoldScorer(TestAtlas.real().index());
    }

    @Test
    void keywordsSummaryRelationsMeetTheFloors() throws IOException {
        score("keywords-summary", line -> true);
    }

    @Test
    void furtherQuestionsRelationsMeetTheFloors() throws IOException {
        Set<Integer> lines = itemLines();
        score("further-questions", lines::contains);
    }

    /**
     * The seed lecture (repaired from its damaged bytes) is scored too, beyond the issue's gold: its relations sit in
     * a long explanatory lecture, much of it in diagrams inside fenced blocks. Its floors are what the rules reach.
     */
    @Test
    void currentTrendsLectureRelationsMeetTheirFloors() throws IOException {
        scorer.score("lecture-09-current-trends", Seeds.extraction().dataset().getNamedModel(Atlas.GRAPH + "lecture-09-current-trends"),
                GOLD.resolve("lecture-09-current-trends.tsv"), line -> true, LECTURE_FLOORS, 0);
    }

    private static final Map<String, double[]> LECTURE_FLOORS = Map.of(
            "uses", new double[] {0.90, 0.95},
            "improvesOn", new double[] {0.95, 0.95},
            "evaluatedBy", new double[] {0.95, 0.95},
            "partOf", new double[] {0.95, 0.95});

    private void score(String doc, IntPredicate inScope) throws IOException {
        scorer.score(doc, Seeds.extraction().dataset().getNamedModel(Atlas.GRAPH + doc), GOLD.resolve(doc + ".tsv"), inScope,
                FLOORS, FAMILY_RECALL_FLOOR);
    }

    /** The lines of the Q&A items listed in further-questions-items.txt (question line to the next question). */
    private static Set<Integer> itemLines() throws IOException {
        Set<String> items = new HashSet<>(Files.readAllLines(GOLD.resolve("further-questions-items.txt")).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
        List<String> lines = Files.readAllLines(Path.of("content/further-questions.md"), StandardCharsets.UTF_8);
        Pattern q = Pattern.compile("^\\*\\*(Q\\d+)\\.");
        Set<Integer> out = new HashSet<>();
        boolean in = false;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = q.matcher(lines.get(i));
            if (m.find()) {
                in = items.contains(m.group(1));
            } else if (lines.get(i).startsWith("#")) {
                in = false;
            }
            if (in) {
                out.add(i + 1);
            }
        }
        return out;
    }
}
