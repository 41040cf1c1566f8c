package org.llmatlas.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * An order to learn concepts in: a prerequisite (what a concept {@code uses} or {@code improvesOn})
 * comes before the concept. Cycles are found as strongly connected components (Tarjan); inside a
 * component, the concept with the fewest prerequisites still to learn goes first (ties by label),
 * and the prerequisite edges this order has to break are reported. Components themselves are
 * ordered topologically, ties by label. Every edge not reported as broken is respected.
 */
final class StudyOrder {
    /** {@code dependent} needs {@code prerequisite} first ({@code relation}: uses or improvesOn). */
    record Prerequisite(String dependent, String prerequisite, String relation) {}

    /** The order (node ids), the edges it breaks, and the cycles (components of 2+ nodes, or self-loops). */
    record Result(List<String> order, List<Prerequisite> broken, List<List<String>> cycles) {
        int position(String id) {
            return order.indexOf(id);
        }
    }

    private StudyOrder() {}

    static Result of(List<String> nodes, Map<String, String> labels, List<Prerequisite> edges) {
        Comparator<String> byLabel = Comparator.comparing((String n) -> labels.getOrDefault(n, n).toLowerCase(java.util.Locale.ROOT))
                .thenComparing(n -> n);
        Set<String> known = new HashSet<>(nodes);
        List<Prerequisite> usable = edges.stream().filter(e -> known.contains(e.dependent()) && known.contains(e.prerequisite())).toList();
        Map<String, List<String>> prereqs = new HashMap<>();
        usable.forEach(e -> prereqs.computeIfAbsent(e.dependent(), k -> new ArrayList<>()).add(e.prerequisite()));
        List<List<String>> components = Tarjan.components(nodes, prereqs);
        Map<String, Integer> componentOf = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            for (String n : components.get(i)) {
                componentOf.put(n, i);
            }
        }
        // component DAG: prerequisite component before dependent component
        Map<Integer, Set<Integer>> after = new HashMap<>();
        int[] waiting = new int[components.size()];
        for (Prerequisite e : usable) {
            int from = componentOf.get(e.prerequisite());
            int to = componentOf.get(e.dependent());
            if (from != to && after.computeIfAbsent(from, k -> new HashSet<>()).add(to)) {
                waiting[to]++;
            }
        }
        List<String> firstLabel = components.stream().map(c -> c.stream().min(byLabel).orElseThrow()).toList();
        PriorityQueue<Integer> ready = new PriorityQueue<>(Comparator.comparing(firstLabel::get, byLabel));
        for (int i = 0; i < components.size(); i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        List<String> order = new ArrayList<>();
        List<Prerequisite> broken = new ArrayList<>();
        List<List<String>> cycles = new ArrayList<>();
        while (!ready.isEmpty()) {
            int c = ready.poll();
            List<String> members = components.get(c);
            List<Prerequisite> inside = usable.stream().filter(e -> componentOf.get(e.dependent()) == c
                    && componentOf.get(e.prerequisite()) == c).toList();
            if (members.size() > 1 || !inside.isEmpty()) {
                cycles.add(members.stream().sorted(byLabel).toList());
            }
            order.addAll(inside(members, inside, byLabel, broken));
            for (int next : after.getOrDefault(c, Set.of())) {
                if (--waiting[next] == 0) {
                    ready.add(next);
                }
            }
        }
        return new Result(List.copyOf(order), List.copyOf(broken), List.copyOf(cycles));
    }

    /** Greedy order inside one component: fewest unlearned prerequisites first; records broken edges. */
    private static List<String> inside(List<String> members, List<Prerequisite> edges, Comparator<String> byLabel,
            List<Prerequisite> broken) {
        Set<String> left = new LinkedHashSet<>(members);
        List<String> out = new ArrayList<>();
        while (!left.isEmpty()) {
            String pick = left.stream().min(Comparator.comparingLong((String n) -> edges.stream()
                    .filter(e -> e.dependent().equals(n) && left.contains(e.prerequisite())).count()).thenComparing(byLabel)).orElseThrow();
            edges.stream().filter(e -> e.dependent().equals(pick) && left.contains(e.prerequisite()))
                    .sorted(Comparator.comparing(Prerequisite::prerequisite, byLabel)).forEach(broken::add);
            left.remove(pick);
            out.add(pick);
        }
        return out;
    }

    /** Tarjan's strongly connected components, iterative (no deep recursion on long chains). */
    static final class Tarjan {
        private Tarjan() {}

        static List<List<String>> components(List<String> nodes, Map<String, List<String>> next) {
            Map<String, Integer> index = new HashMap<>();
            Map<String, Integer> low = new HashMap<>();
            Deque<String> stack = new ArrayDeque<>();
            Set<String> onStack = new HashSet<>();
            List<List<String>> out = new ArrayList<>();
            int counter = 0;
            for (String root : nodes) {
                if (index.containsKey(root)) {
                    continue;
                }
                Deque<Object[]> work = new ArrayDeque<>();
                work.push(new Object[] {root, 0});
                while (!work.isEmpty()) {
                    Object[] frame = work.peek();
                    String v = (String) frame[0];
                    int i = (Integer) frame[1];
                    if (i == 0 && !index.containsKey(v)) {
                        index.put(v, counter);
                        low.put(v, counter++);
                        stack.push(v);
                        onStack.add(v);
                    }
                    List<String> succ = next.getOrDefault(v, List.of());
                    if (i < succ.size()) {
                        frame[1] = i + 1;
                        String w = succ.get(i);
                        if (!index.containsKey(w)) {
                            work.push(new Object[] {w, 0});
                        } else if (onStack.contains(w)) {
                            low.put(v, Math.min(low.get(v), index.get(w)));
                        }
                        continue;
                    }
                    work.pop();
                    if (!work.isEmpty()) {
                        String parent = (String) work.peek()[0];
                        low.put(parent, Math.min(low.get(parent), low.get(v)));
                    }
                    if (low.get(v).equals(index.get(v))) {
                        List<String> comp = new ArrayList<>();
                        String w;
                        do {
                            w = stack.pop();
                            onStack.remove(w);
                            comp.add(w);
                        } while (!w.equals(v));
                        out.add(comp);
                    }
                }
            }
            return out;
        }
    }
}
