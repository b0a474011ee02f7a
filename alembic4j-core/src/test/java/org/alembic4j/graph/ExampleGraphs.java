package org.alembic4j.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The example projects of the spec ("Conventions"): the linear project, "graph" and "graph+dep". */
final class ExampleGraphs {

    static final String ACCOUNT = "1975ea83b712";
    static final String EMAIL = "27c6a30d7c24";
    static final String ONE = "3c9e04f8d1aa";
    static final String TWO = "3c9e5b21f0bb";
    static final String MERGE = "4f1d2c3b4a5e";
    static final String NET = "5a0b1c2d3e4f";
    static final String NET_INDEX = "6b7c8d9e0f1a";
    static final String REPORTING = "7e8f9a0b1c2d";

    static final String L1 = "ae1027a6acf0";
    static final String L2 = "27c6a30d7c24";
    static final String L3 = "1975ea83b712";
    static final String L4 = "3f2a1b0c9d8e";

    static final Path VERSIONS = Path.of("/proj/migrations/versions");

    private ExampleGraphs() {
    }

    static RevisionNode node(String id, String message, List<String> down, List<String> labels, List<String> deps) {
        String doc = message + "\n\nRevision ID: " + id + "\nRevises: " + String.join(", ", down)
                + "\nCreate Date: 2026-11-22 02:15:11.370765\n";
        String slug = message.toLowerCase().replace(' ', '_');
        return new RevisionNode(id, down, labels, deps, doc, VERSIONS.resolve(id + "_" + slug + ".py"));
    }

    static RevisionNode node(String id, String message, String... down) {
        return node(id, message, Arrays.asList(down), List.of(), List.of());
    }

    static List<RevisionNode> graphNodes() {
        return List.of(
                node(ACCOUNT, "create account table"),
                node(EMAIL, "add email column", ACCOUNT),
                node(ONE, "branch one add index", EMAIL),
                node(TWO, "branch two create audit", List.of(EMAIL), List.of("feature"), List.of()),
                node(MERGE, "merge branches", TWO, ONE),
                node(NET, "networking base", List.of(), List.of("networking"), List.of()),
                node(NET_INDEX, "networking needs index", List.of(NET), List.of(), List.of(ONE)));
    }

    static RevisionNode reportingNode() {
        return node(REPORTING, "reporting depends on merge", List.of(NET_INDEX), List.of(), List.of(MERGE));
    }

    /** "graph" with its files in sorted order (what alembic4j's script directory passes). */
    static RevisionMap graph() {
        return RevisionMap.build(graphNodes());
    }

    /**
     * "graph" in an order consistent with what Alembic 1.8.1 printed in the spec (its raw
     * directory order put 6b7c before 3c9e5b and 4f1d), so exact step orders can be compared.
     */
    static RevisionMap graphIn181Order() {
        List<RevisionNode> n = graphNodes();
        return RevisionMap.build(List.of(n.get(0), n.get(1), n.get(6), n.get(5), n.get(2), n.get(3), n.get(4)));
    }

    /** "graph+dep": graph plus 7e8f (down 6b7c, depends on the merge). */
    static RevisionMap graphWithDependency() {
        List<RevisionNode> n = graphNodes();
        List<RevisionNode> all = new ArrayList<>(List.of(n.get(0), n.get(1), n.get(6), n.get(5), n.get(2), n.get(3),
                n.get(4)));
        all.add(reportingNode());
        return RevisionMap.build(all);
    }

    /** The linear project: ae10 -> 27c6 -> 1975 -> 3f2a. */
    static RevisionMap linear() {
        return RevisionMap.build(List.of(
                node(L1, "rev one"),
                node(L2, "rev two", L1),
                node(L3, "rev three", L2),
                node(L4, "rev four", L3)));
    }
}
