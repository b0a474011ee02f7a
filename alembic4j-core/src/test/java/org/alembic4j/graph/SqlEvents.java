package org.alembic4j.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version-table events of an offline script, as the conformance harness reads them
 * ({@code parse_sql}, {@code simulate}): step comments and INSERT/UPDATE/DELETE/CREATE/DROP
 * statements, replayed to find the rows a script assumes and the rows it leaves.
 */
final class SqlEvents {

    /** One event: kind is step, create, drop, insert, update or delete. */
    record Event(String kind, String direction, List<String> from, List<String> to, String value, String old) {
        static Event step(String direction, List<String> from, List<String> to) {
            return new Event("step", direction, from, to, null, null);
        }

        static Event row(String kind, String value, String old) {
            return new Event(kind, null, List.of(), List.of(), value, old);
        }

        String describe() {
            switch (kind) {
                case "step": return "-- Running " + direction + " " + String.join(", ", from) + " -> " + String.join(", ", to);
                case "update": return "UPDATE " + old + " -> " + value;
                case "insert": case "delete": return kind.toUpperCase() + " " + value;
                default: return kind.toUpperCase();
            }
        }
    }

    /** The rows a script needs at its start, the rows it leaves, and inconsistencies. */
    record Replay(Set<String> initial, Set<String> last, List<String> problems) { }

    private static final Pattern RUN_RE =
            Pattern.compile("^--\\s*Running\\s+(upgrade|downgrade|stamp)\\b\\s*(.*?)\\s*->\\s*(.*?)\\s*$",
                    Pattern.CASE_INSENSITIVE);
    private static final String Q = "(?:\\w+\\.)?alembic_version";
    private static final Pattern CREATE = Pattern.compile("^CREATE TABLE (?:IF NOT EXISTS )?" + Q + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP = Pattern.compile("^DROP TABLE (?:IF EXISTS )?" + Q + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INSERT = Pattern.compile("^INSERT INTO " + Q
            + "\\s*\\(\\s*version_num\\s*\\)\\s*VALUES\\s*\\(\\s*N?'([^']*)'\\s*\\)(?:\\s*RETURNING\\s+[\\w.]+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATE = Pattern.compile("^UPDATE " + Q + " SET (?:" + Q
            + "\\.)?version_num\\s*=\\s*N?'([^']*)'\\s*WHERE (?:" + Q + "\\s*\\.\\s*)?version_num\\s*=\\s*N?'([^']*)'$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DELETE = Pattern.compile("^DELETE FROM " + Q + "\\s+WHERE (?:" + Q
            + "\\s*\\.\\s*)?version_num\\s*=\\s*N?'([^']*)'$", Pattern.CASE_INSENSITIVE);

    private SqlEvents() {
    }

    static List<String> splitRevs(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split(",", -1)) {
            if (!part.strip().isEmpty()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    static List<Event> parse(String stdout) {
        List<Event> events = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        for (String raw : HarnessNormalizer.splitLines(stdout)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("--")) {
                Matcher m = RUN_RE.matcher(line);
                if (m.matches()) {
                    if (buf.length() > 0) {
                        classify(buf.toString(), events);
                        buf.setLength(0);
                    }
                    events.add(Event.step(m.group(1).toLowerCase(), splitRevs(m.group(2)), splitRevs(m.group(3))));
                }
                continue;
            }
            buf.append(buf.length() > 0 ? " " : "").append(line);
            if (line.endsWith(";")) {
                classify(buf.toString(), events);
                buf.setLength(0);
            }
        }
        if (buf.length() > 0) {
            classify(buf.toString(), events);
        }
        return events;
    }

    private static void classify(String statement, List<Event> events) {
        String s = statement.replaceAll("[\"`\\[\\]]", "").replaceAll("\\s+", " ").strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        Matcher m;
        if (CREATE.matcher(s).find()) {
            events.add(Event.row("create", null, null));
        } else if (DROP.matcher(s).find()) {
            events.add(Event.row("drop", null, null));
        } else if ((m = INSERT.matcher(s)).matches()) {
            events.add(Event.row("insert", m.group(1), null));
        } else if ((m = UPDATE.matcher(s)).matches()) {
            events.add(Event.row("update", m.group(1), m.group(2)));
        } else if ((m = DELETE.matcher(s)).matches()) {
            events.add(Event.row("delete", m.group(1), null));
        }
    }

    /** The events the runtime would print for a plan starting from {@code start} (no DROP at the end, as in 1.20). */
    static List<Event> fromPlan(List<String> start, List<MigrationStep> steps) {
        List<Event> events = new ArrayList<>();
        Set<String> rows = new LinkedHashSet<>(start);
        for (MigrationStep step : steps) {
            if (rows.isEmpty()) {
                events.add(Event.row("create", null, null));
            }
            String direction = step.kind() == MigrationStep.Kind.STAMP ? "stamp" : step.kind().logName();
            events.add(Event.step(direction, step.fromIds(), step.toIds()));
            for (VersionChange change : step.versionChanges()) {
                if (change instanceof VersionChange.Insert i) {
                    events.add(Event.row("insert", i.version(), null));
                } else if (change instanceof VersionChange.Update u) {
                    events.add(Event.row("update", u.to(), u.from()));
                } else if (change instanceof VersionChange.Delete d) {
                    events.add(Event.row("delete", d.version(), null));
                }
                change.applyTo(rows);
            }
        }
        return events;
    }

    static Replay simulate(List<Event> events) {
        Set<String> state = new LinkedHashSet<>();
        Set<String> initial = new LinkedHashSet<>();
        Set<String> touched = new HashSet<>();
        List<String> problems = new ArrayList<>();
        Event pending = null;
        Integer createdAt = null;
        Integer firstRow = null;
        for (int i = 0; i < events.size(); i++) {
            Event ev = events.get(i);
            switch (ev.kind()) {
                case "step":
                    post(pending, state, problems);
                    pending = ev;
                    break;
                case "create":
                    if (createdAt == null) {
                        createdAt = i;
                    }
                    break;
                case "insert":
                    firstRow = firstRow == null ? i : firstRow;
                    if (state.contains(ev.value())) {
                        problems.add("INSERT of " + ev.value() + " which is already present");
                    }
                    state.add(ev.value());
                    touched.add(ev.value());
                    break;
                case "update":
                    firstRow = firstRow == null ? i : firstRow;
                    if (need(ev.old(), "UPDATE", state, touched, initial, problems)) {
                        state.remove(ev.old());
                    }
                    touched.add(ev.old());
                    if (state.contains(ev.value())) {
                        problems.add("UPDATE to " + ev.value() + " which is already present");
                    }
                    state.add(ev.value());
                    touched.add(ev.value());
                    break;
                case "delete":
                    firstRow = firstRow == null ? i : firstRow;
                    if (need(ev.value(), "DELETE", state, touched, initial, problems)) {
                        state.remove(ev.value());
                    }
                    touched.add(ev.value());
                    break;
                default:
                    break;
            }
        }
        post(pending, state, problems);
        if (createdAt != null && firstRow != null && firstRow < createdAt) {
            problems.add("version-table statement before CREATE TABLE alembic_version");
        }
        return new Replay(initial, state, problems);
    }

    private static boolean need(String v, String what, Set<String> state, Set<String> touched, Set<String> initial,
                                List<String> problems) {
        if (state.contains(v)) {
            return true;
        }
        if (touched.contains(v)) {
            problems.add(what + " of " + v + " which is not in the version table");
            return false;
        }
        initial.add(v);
        return true;
    }

    private static void post(Event step, Set<String> state, List<String> problems) {
        if (step == null) {
            return;
        }
        if (step.direction().equals("upgrade") && !step.to().isEmpty() && !state.contains(step.to().get(0))) {
            problems.add("after '" + step.describe() + "' " + step.to().get(0) + " is not in the version table");
        }
        if (step.direction().equals("downgrade") && !step.from().isEmpty() && state.contains(step.from().get(0))) {
            problems.add("after '" + step.describe() + "' " + step.from().get(0) + " is still in the version table");
        }
    }

    static List<String> sortedSteps(List<Event> events) {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            if (e.kind().equals("step")) {
                out.add(e.describe());
            }
        }
        out.sort(null);
        return out;
    }

    static boolean has(List<Event> events, String kind) {
        return events.stream().anyMatch(e -> e.kind().equals(kind));
    }

    static List<String> revs(String... ids) {
        return Arrays.asList(ids);
    }
}
