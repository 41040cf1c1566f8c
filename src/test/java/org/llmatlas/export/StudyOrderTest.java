package org.llmatlas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Property: the order respects every prerequisite edge that is not reported as broken, and breaks edges only inside cycles. */
class StudyOrderTest {

    static void assertRespects(List<String> nodes, List<StudyOrder.Prerequisite> edges, StudyOrder.Result r) {
        assertThat(r.order()).containsExactlyInAnyOrderElementsOf(nodes);
        Set<StudyOrder.Prerequisite> broken = new HashSet<>(r.broken());
        Map<String, Integer> cycleOf = new HashMap<>();
        for (int i = 0; i < r.cycles().size(); i++) {
            for (String n : r.cycles().get(i)) {
                cycleOf.put(n, i);
            }
        }
        for (StudyOrder.Prerequisite e : edges) {
            if (broken.contains(e)) {
                assertThat(cycleOf.get(e.dependent())).as("broken edge %s is inside a cycle", e)
                        .isNotNull().isEqualTo(cycleOf.get(e.prerequisite()));
            } else {
                assertThat(r.position(e.prerequisite())).as("%s before %s", e.prerequisite(), e.dependent())
                        .isLessThan(r.position(e.dependent()));
            }
        }
    }

    @Test
    void respectsEveryEdgeOfAnAcyclicGraphAndBreaksNone() {
        List<String> nodes = List.of("a", "b", "c", "d");
        List<StudyOrder.Prerequisite> edges = List.of(new StudyOrder.Prerequisite("d", "c", "uses"),
                new StudyOrder.Prerequisite("c", "b", "uses"), new StudyOrder.Prerequisite("b", "a", "improvesOn"));
        StudyOrder.Result r = StudyOrder.of(nodes, Map.of(), edges);
        assertThat(r.order()).containsExactly("a", "b", "c", "d");
        assertThat(r.broken()).isEmpty();
        assertThat(r.cycles()).isEmpty();
    }

    @Test
    void breaksOneEdgeOfASimpleCycleAndReportsIt() {
        List<String> nodes = List.of("x", "y", "z");
        List<StudyOrder.Prerequisite> edges = List.of(new StudyOrder.Prerequisite("x", "y", "uses"),
                new StudyOrder.Prerequisite("y", "z", "uses"), new StudyOrder.Prerequisite("z", "x", "improvesOn"));
        StudyOrder.Result r = StudyOrder.of(nodes, Map.of(), edges);
        assertThat(r.broken()).hasSize(1);
        assertThat(r.cycles()).containsExactly(List.of("x", "y", "z"));
        assertRespects(nodes, edges, r);
    }

    @Test
    void reportsSelfLoopsAsBrokenCycles() {
        List<StudyOrder.Prerequisite> edges = List.of(new StudyOrder.Prerequisite("s", "s", "uses"));
        StudyOrder.Result r = StudyOrder.of(List.of("s"), Map.of(), edges);
        assertThat(r.broken()).containsExactlyElementsOf(edges);
        assertRespects(List.of("s"), edges, r);
    }

    @Test
    void respectsEveryUnbrokenEdgeOfRandomCyclicGraphs() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(25);
            List<String> nodes = new ArrayList<>();
            Map<String, String> labels = new HashMap<>();
            for (int i = 0; i < n; i++) {
                nodes.add("n" + i);
                labels.put("n" + i, Integer.toString(random.nextInt(5)));
            }
            List<StudyOrder.Prerequisite> edges = new ArrayList<>();
            int m = random.nextInt(n * 3 + 1);
            for (int i = 0; i < m; i++) {
                edges.add(new StudyOrder.Prerequisite("n" + random.nextInt(n), "n" + random.nextInt(n),
                        random.nextBoolean() ? "uses" : "improvesOn"));
            }
            List<StudyOrder.Prerequisite> distinct = edges.stream().distinct().toList();
            assertRespects(nodes, distinct, StudyOrder.of(nodes, labels, distinct));
        }
    }

    @Test
    void handlesALongChainWithoutDeepRecursion() {
        List<String> nodes = new ArrayList<>();
        List<StudyOrder.Prerequisite> edges = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            nodes.add("c" + i);
            if (i > 0) {
                edges.add(new StudyOrder.Prerequisite("c" + i, "c" + (i - 1), "uses"));
            }
        }
        assertThat(StudyOrder.Tarjan.components(nodes, Map.of()).size()).isEqualTo(20_000);
        Map<String, List<String>> next = new HashMap<>();
        edges.forEach(e -> next.computeIfAbsent(e.dependent(), k -> new ArrayList<>()).add(e.prerequisite()));
        assertThat(StudyOrder.Tarjan.components(nodes, next)).hasSize(20_000);
    }
}
