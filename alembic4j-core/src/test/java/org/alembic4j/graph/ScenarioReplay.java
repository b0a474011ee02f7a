package org.alembic4j.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alembic4j.AlembicException;

/**
 * Replays one conformance scenario against the graph package and lists every place where the
 * outcome differs from the golden record of real Alembic: creation steps (accepted or refused,
 * and what the file would say), read-only listings (normalised as the harness normalises them),
 * offline plans (steps and version-table rows, checked as the harness checks SQL), and the online
 * upgrade/downgrade/stamp sequence (threaded through the version-table rows, checked by the
 * {@code current} queries that follow).
 */
final class ScenarioReplay {

    private static final Pattern GENERATED = Pattern.compile("Generating \\S*/alembic/versions/(\\S+) \\.\\.\\.");
    private static final Path VERSIONS = Path.of("/tmp/conformance/alembic/versions");

    private final String name;
    private final Map<String, Object> golden;
    private final Map<String, Object> revisions;
    private final List<String> files = new ArrayList<>();
    private final Map<String, String> fileOf = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> messageDifferences = new ArrayList<>();
    private List<String> rows = new ArrayList<>();
    private RevisionMap map;
    private Map<String, Set<String>> ancestors;
    private int compared;

    @SuppressWarnings("unchecked")
    ScenarioReplay(Map<String, Object> golden) {
        this.golden = golden;
        this.name = (String) golden.get("name");
        this.revisions = (Map<String, Object>) ((Map<String, Object>) golden.get("scenario")).get("revisions");
    }

    List<String> problems() {
        return problems;
    }

    List<String> messageDifferences() {
        return messageDifferences;
    }

    int compared() {
        return compared;
    }

    @SuppressWarnings("unchecked")
    ScenarioReplay run() {
        for (Object step : (List<Object>) golden.get("steps")) {
            replayStep((Map<String, Object>) step);
        }
        List<String> expectedFiles = new ArrayList<>((List<String>) golden.get("version_files"));
        List<String> actualFiles = new ArrayList<>(files);
        Collections.sort(actualFiles);
        if (!expectedFiles.equals(actualFiles)) {
            problems.add("version files differ: expected " + expectedFiles + ", got " + actualFiles);
            return this;
        }
        map = mapOf(files);
        ancestors = new HashMap<>();
        for (RevisionNode node : map.nodes()) {
            Set<String> anc = new LinkedHashSet<>(map.ancestors(List.of(node.id()), true));
            anc.remove(node.id());
            ancestors.put(node.id(), anc);
        }
        for (Object query : (List<Object>) golden.get("queries")) {
            Map<String, Object> q = (Map<String, Object>) query;
            if (crashed(q)) {
                // Alembic crashed (a bug, not behaviour); after an online crash its database is no reference.
                if (!"sql".equals(q.get("kind"))) {
                    return this;
                }
                continue;
            }
            replayQuery(q);
        }
        return this;
    }

    private static boolean crashed(Map<String, Object> entry) {
        Object rc = entry.get("rc");
        String stderr = (String) entry.get("stderr");
        return rc != null && ((Number) rc).intValue() != 0 && stderr != null && stderr.contains("Traceback");
    }

    private static boolean succeeded(Map<String, Object> entry) {
        return ((Number) entry.get("rc")).intValue() == 0;
    }

    @SuppressWarnings("unchecked")
    private static List<String> args(Map<String, Object> entry) {
        return (List<String>) entry.get("args");
    }

    private String where(Map<String, Object> entry) {
        return name + " " + entry.get("id") + " " + args(entry);
    }

    // ------------------------------------------------------------------ building revisions

    @SuppressWarnings("unchecked")
    private RevisionNode nodeFor(String id) {
        Map<String, Object> r = (Map<String, Object>) revisions.get(id);
        List<String> parents = (List<String>) r.get("parents");
        String doc = r.get("message") + "\n\nRevision ID: " + id + "\nRevises: " + String.join(", ", parents)
                + "\nCreate Date: 2026-11-22 03:47:03.796572\n";
        return new RevisionNode(id, parents, (List<String>) r.get("labels"), (List<String>) r.get("depends_on"),
                doc, VERSIONS.resolve(fileOf.get(id)));
    }

    private RevisionMap mapOf(List<String> fileNames) {
        List<String> sorted = new ArrayList<>(fileNames);
        Collections.sort(sorted);
        List<RevisionNode> nodes = new ArrayList<>();
        for (String file : sorted) {
            nodes.add(nodeFor(file.substring(0, file.indexOf('_'))));
        }
        return RevisionMap.build(nodes);
    }

    @SuppressWarnings("unchecked")
    private void replayStep(Map<String, Object> step) {
        if (crashed(step)) {
            return;
        }
        List<String> a = args(step);
        String revId = null;
        String head = null;
        boolean splice = false;
        List<String> labels = new ArrayList<>();
        List<String> depends = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < a.size(); i++) {
            switch (a.get(i)) {
                case "-m": i++; break;
                case "--rev-id": revId = a.get(++i); break;
                case "--head": head = a.get(++i); break;
                case "--splice": splice = true; break;
                case "--branch-label": labels.add(a.get(++i)); break;
                case "--depends-on": depends.add(a.get(++i)); break;
                default: positional.add(a.get(i));
            }
        }
        NewRevisionValidator validator = new NewRevisionValidator(mapOf(files));
        compared++;
        try {
            NewRevisionValidator.NewRevision created = "merge".equals(a.get(0))
                    ? validator.validateMerge(revId, positional, splice, labels)
                    : validator.validateRevision(revId, head, splice, labels, depends);
            if (!succeeded(step)) {
                problems.add(where(step) + ": accepted, Alembic refused: " + step.get("stdout"));
                return;
            }
            Map<String, Object> expected = (Map<String, Object>) revisions.get(revId);
            if (!created.downRevisions().equals(expected.get("parents"))
                    || !created.dependsOn().equals(expected.get("depends_on"))) {
                problems.add(where(step) + ": would write down=" + created.downRevisions() + " depends_on="
                        + created.dependsOn() + ", Alembic wrote down=" + expected.get("parents") + " depends_on="
                        + expected.get("depends_on"));
            }
            Matcher m = GENERATED.matcher((String) step.get("stdout"));
            if (!m.find()) {
                problems.add(where(step) + ": no Generating line in the golden");
                return;
            }
            files.add(m.group(1));
            fileOf.put(revId, m.group(1));
        } catch (AlembicException e) {
            if (succeeded(step)) {
                problems.add(where(step) + ": refused (" + e.getMessage() + "), Alembic accepted");
            } else {
                compareMessage(step, e);
            }
        }
    }

    private void compareMessage(Map<String, Object> entry, AlembicException e) {
        // PostgreSQL offline runs print "BEGIN;" before failing: compare the FAILED line itself.
        String expected = HarnessNormalizer.splitLines((String) entry.get("stdout")).stream()
                .filter(l -> l.startsWith("FAILED: ")).findFirst().orElse("").strip();
        String actual = "FAILED: " + e.getMessage();
        if (!expected.equals(actual)) {
            messageDifferences.add(where(entry) + ": expected '" + expected + "', got '" + actual + "'");
        }
    }

    // ------------------------------------------------------------------ queries

    private void replayQuery(Map<String, Object> q) {
        String kind = (String) q.get("kind");
        List<String> a = args(q);
        compared++;
        try {
            switch (kind) {
                case "heads":
                case "branches":
                case "history":
                case "show":
                case "current":
                    compareText(q, kind, listing(kind, a));
                    break;
                case "sql":
                    compareSql(q, a);
                    break;
                case "online":
                    runOnline(q, a);
                    break;
                default:
                    problems.add(where(q) + ": unknown query kind " + kind);
            }
        } catch (AlembicException e) {
            if (succeeded(q)) {
                problems.add(where(q) + ": failed (" + e.getMessage() + "), Alembic succeeded");
            } else {
                compareMessage(q, e);
            }
        }
    }

    private String listing(String kind, List<String> a) {
        RevisionListing listing = new RevisionListing(map);
        boolean verbose = a.contains("--verbose") || a.contains("-v");
        switch (kind) {
            case "heads":
                return listing.heads(verbose, a.contains("--resolve-dependencies"));
            case "branches":
                return listing.branches(verbose);
            case "current":
                return listing.current(rows, verbose);
            case "show": {
                String target = a.get(a.size() - 1);
                if ("current".equals(target)) {
                    return listing.showCurrent(rows);
                }
                return listing.show(target);
            }
            default: {
                String range = null;
                boolean indicate = a.contains("--indicate-current") || a.contains("-i");
                for (int i = 1; i < a.size(); i++) {
                    if (a.get(i).equals("-r") || a.get(i).equals("--rev-range")) {
                        range = a.get(++i);
                    } else if (a.get(i).startsWith("--rev-range=")) {
                        range = a.get(i).substring("--rev-range=".length());
                    }
                }
                List<RevisionNode> selected = new RevisionHistory(map).select(range, rows);
                return listing.history(selected, verbose, indicate ? rows : null);
            }
        }
    }

    private void compareText(Map<String, Object> q, String kind, String actual) {
        if (!succeeded(q)) {
            problems.add(where(q) + ": succeeded, Alembic failed: " + q.get("stdout"));
            return;
        }
        List<String> expected = new ArrayList<>(HarnessNormalizer.entries(kind, (String) q.get("stdout")));
        List<String> mine = new ArrayList<>(HarnessNormalizer.entries(kind, actual));
        List<String> expectedSorted = new ArrayList<>(expected);
        List<String> mineSorted = new ArrayList<>(mine);
        Collections.sort(expectedSorted);
        Collections.sort(mineSorted);
        if (!expectedSorted.equals(mineSorted)) {
            problems.add(where(q) + ": output differs\n--- expected\n" + String.join("\n", expectedSorted)
                    + "\n--- actual\n" + String.join("\n", mineSorted));
            return;
        }
        if (kind.equals("history")) {
            List<String> revs = new ArrayList<>();
            for (String entry : mine) {
                revs.add(HarnessNormalizer.entryRev(entry));
            }
            List<String> bad = HarnessNormalizer.orderViolations(revs, ancestors);
            if (!bad.isEmpty()) {
                problems.add(where(q) + ": history order puts an ancestor first: " + bad);
            }
        }
    }

    private void compareSql(Map<String, Object> q, List<String> a) {
        MigrationPlanner planner = new MigrationPlanner(map);
        String command = a.get(0);
        String target = a.get(1);
        MigrationPlanner.RevisionRange range = MigrationPlanner.splitRange(target);
        List<String> start = range == null ? List.of() : planner.offlineStartingHeads(range.from());
        String destination = range == null ? target : range.to();
        List<MigrationStep> steps = command.equals("upgrade") ? planner.upgrade(start, destination)
                : planner.downgrade(start, destination);
        if (!succeeded(q)) {
            problems.add(where(q) + ": planned " + steps.size() + " steps, Alembic failed: " + q.get("stdout"));
            return;
        }
        List<SqlEvents.Event> expected = SqlEvents.parse((String) q.get("stdout"));
        List<SqlEvents.Event> actual = SqlEvents.fromPlan(start, steps);
        if (!SqlEvents.sortedSteps(expected).equals(SqlEvents.sortedSteps(actual))) {
            problems.add(where(q) + ": steps differ\n  expected " + SqlEvents.sortedSteps(expected)
                    + "\n  actual   " + SqlEvents.sortedSteps(actual));
            return;
        }
        List<String> subjects = new ArrayList<>();
        for (MigrationStep step : steps) {
            subjects.add(step.revision().id());
        }
        if (command.equals("upgrade")) {
            Collections.reverse(subjects);
        }
        List<String> bad = HarnessNormalizer.orderViolations(subjects, ancestors);
        if (!bad.isEmpty()) {
            problems.add(where(q) + ": steps out of dependency order: " + bad);
        }
        if (SqlEvents.has(expected, "create") != SqlEvents.has(actual, "create")) {
            problems.add(where(q) + ": CREATE TABLE expected " + SqlEvents.has(expected, "create"));
        }
        SqlEvents.Replay e = SqlEvents.simulate(expected);
        SqlEvents.Replay r = SqlEvents.simulate(actual);
        if (!r.problems().isEmpty()) {
            problems.add(where(q) + ": inconsistent version-table statements " + r.problems());
        }
        if (!e.initial().equals(r.initial()) || !e.last().equals(r.last())) {
            problems.add(where(q) + ": rows differ: expected " + e.initial() + " -> " + e.last() + ", got "
                    + r.initial() + " -> " + r.last());
        }
    }

    private void runOnline(Map<String, Object> q, List<String> a) {
        MigrationPlanner planner = new MigrationPlanner(map);
        List<MigrationStep> steps;
        switch (a.get(0)) {
            case "upgrade":
                steps = planner.upgrade(rows, a.get(1));
                break;
            case "downgrade":
                steps = planner.downgrade(rows, a.get(1));
                break;
            default: {
                boolean purge = a.contains("--purge");
                List<String> destinations = new ArrayList<>(a.subList(1, a.size()));
                destinations.remove("--purge");
                steps = planner.stamp(rows, destinations, purge);
                if (purge) {
                    rows = new ArrayList<>();
                }
            }
        }
        if (!succeeded(q)) {
            problems.add(where(q) + ": planned " + steps.size() + " steps, Alembic failed: " + q.get("stdout"));
            return;
        }
        List<String> before = rows;
        SqlEvents.Replay replay = SqlEvents.simulate(SqlEvents.fromPlan(before, steps));
        if (!replay.problems().isEmpty() || !before.containsAll(replay.initial())) {
            problems.add(where(q) + ": inconsistent version-table statements " + replay.problems()
                    + " from " + before);
        }
        for (MigrationStep step : steps) {
            rows = MigrationPlanner.applyChanges(rows, step.versionChanges());
        }
    }
}
