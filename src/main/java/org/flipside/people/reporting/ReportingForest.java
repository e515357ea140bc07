package org.flipside.people.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flipside.people.ChainPosition;
import org.flipside.people.ReportingLines;

/**
 * An immutable snapshot of the reporting lines, built once so that "is A in B's chain?" costs two map lookups and
 * four comparisons. Each person gets the interval [enter, exit) of a depth-first walk over the management forest;
 * A manages B at some depth exactly when B's interval lies inside A's.
 * <p>
 * Built without recursion, so a chain tens of thousands deep is fine. HR data can contain cycles (A reports to B,
 * B reports to A); each cycle is collapsed into one node that acts as a root, which makes everyone on it, and
 * everyone below it, part of each other's chain.
 */
public final class ReportingForest implements ReportingLines {

    private static final int NONE = -1;

    private final Map<String, Integer> nodeOf;
    private final int[] enter;
    private final int[] exit;
    private final int[] depth;
    private final List<List<String>> cycles;

    private ReportingForest(Map<String, Integer> nodeOf, int[] enter, int[] exit, int[] depth,
                            List<List<String>> cycles) {
        this.nodeOf = nodeOf;
        this.enter = enter;
        this.exit = exit;
        this.depth = depth;
        this.cycles = cycles;
    }

    public static ReportingForest empty() {
        return new ReportingForest(Map.of(), new int[0], new int[0], new int[0], List.of());
    }

    /**
     * @param managerOf each employee number mapped to their manager's number; {@code null}, blank, unknown numbers and
     *                  self-references make the person a root
     */
    public static ReportingForest of(Map<String, String> managerOf) {
        List<String> numbers = new ArrayList<>(managerOf.keySet());
        numbers.sort(null); // stable numbering, so cycles are reported the same way every time
        int n = numbers.size();
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(numbers.get(i), i);
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            String manager = managerOf.get(numbers.get(i));
            Integer m = manager == null ? null : index.get(manager.strip());
            parent[i] = m == null || m == i ? NONE : m;
        }

        List<List<String>> cycles = new ArrayList<>();
        int[] node = collapseCycles(parent, numbers, cycles);
        int nodes = 0;
        for (int i = 0; i < n; i++) {
            nodes = Math.max(nodes, node[i] + 1);
        }
        int[] nodeParent = new int[nodes];
        Arrays.fill(nodeParent, NONE);
        for (int i = 0; i < n; i++) {
            if (parent[i] != NONE && node[parent[i]] != node[i]) {
                nodeParent[node[i]] = node[parent[i]];
            }
        }
        int[] nodeEnter = new int[nodes];
        int[] nodeExit = new int[nodes];
        int[] nodeDepth = new int[nodes];
        walk(nodeParent, nodeEnter, nodeExit, nodeDepth);

        Map<String, Integer> nodeOf = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            nodeOf.put(numbers.get(i), node[i]);
        }
        return new ReportingForest(nodeOf, nodeEnter, nodeExit, nodeDepth, List.copyOf(cycles));
    }

    @Override
    public boolean inChainOf(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        Integer x = nodeOf.get(a);
        Integer y = nodeOf.get(b);
        if (x == null || y == null) {
            return false;
        }
        return contains(x, y) || contains(y, x);
    }

    @Override
    public Optional<ChainPosition> position(String employeeNumber) {
        Integer node = employeeNumber == null ? null : nodeOf.get(employeeNumber);
        return node == null ? Optional.empty() : Optional.of(new ChainPosition(enter[node], exit[node], depth[node]));
    }

    @Override
    public List<List<String>> cycles() {
        return cycles;
    }

    public int size() {
        return nodeOf.size();
    }

    private boolean contains(int outer, int inner) {
        return enter[outer] <= enter[inner] && enter[inner] < exit[outer];
    }

    /**
     * Gives every person a node number; everyone on one cycle shares a node. Each person has at most one manager, so
     * following managers from any person either ends at a root, reaches a part already done, or comes back to a
     * person on the current path: that stretch of the path is a cycle.
     */
    private static int[] collapseCycles(int[] parent, List<String> numbers, List<List<String>> cycles) {
        int n = parent.length;
        int[] node = new int[n];
        Arrays.fill(node, NONE);
        byte[] state = new byte[n]; // 0 unseen, 1 on the current path, 2 done
        int[] pathPosition = new int[n];
        int[] path = new int[n];
        int next = 0;
        for (int start = 0; start < n; start++) {
            if (state[start] != 0) {
                continue;
            }
            int length = 0;
            int current = start;
            while (current != NONE && state[current] == 0) {
                state[current] = 1;
                pathPosition[current] = length;
                path[length++] = current;
                current = parent[current];
            }
            int cycleFrom = current != NONE && state[current] == 1 ? pathPosition[current] : length;
            if (cycleFrom < length) {
                int cycleNode = next++;
                List<String> members = new ArrayList<>();
                for (int k = cycleFrom; k < length; k++) {
                    node[path[k]] = cycleNode;
                    members.add(numbers.get(path[k]));
                }
                cycles.add(List.copyOf(members));
            }
            for (int k = 0; k < length; k++) {
                state[path[k]] = 2;
                if (node[path[k]] == NONE) {
                    node[path[k]] = next++;
                }
            }
        }
        return node;
    }

    /** Iterative depth-first walk over the forest of nodes, filling enter/exit times and depths. */
    private static void walk(int[] parent, int[] enter, int[] exit, int[] depth) {
        int n = parent.length;
        // children as one array sliced per node (compressed adjacency), to stay light with 100,000 people
        int[] childCount = new int[n + 1];
        for (int v = 0; v < n; v++) {
            if (parent[v] != NONE) {
                childCount[parent[v] + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            childCount[v + 1] += childCount[v];
        }
        int[] childStart = Arrays.copyOf(childCount, n + 1);
        int[] children = new int[n];
        int[] fill = Arrays.copyOf(childCount, n);
        for (int v = 0; v < n; v++) {
            if (parent[v] != NONE) {
                children[fill[parent[v]]++] = v;
            }
        }

        int[] stack = new int[n];
        int[] cursor = new int[n];
        int clock = 0;
        for (int root = 0; root < n; root++) {
            if (parent[root] != NONE) {
                continue;
            }
            int top = 0;
            stack[top] = root;
            cursor[root] = childStart[root];
            enter[root] = clock++;
            depth[root] = 0;
            while (top >= 0) {
                int v = stack[top];
                if (cursor[v] < childStart[v + 1]) {
                    int child = children[cursor[v]++];
                    stack[++top] = child;
                    cursor[child] = childStart[child];
                    enter[child] = clock++;
                    depth[child] = depth[v] + 1;
                } else {
                    exit[v] = clock;
                    top--;
                }
            }
        }
    }
}
