package org.alembic4j.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text normalisation of the conformance harness ({@code conform.py}: clean_lines,
 * canon_line, split_entries, entry_rev, order_violations), so listings can be compared with
 * real Alembic's output the way the harness compares them.
 */
final class HarnessNormalizer {
    static final String TMP_TOKEN = "<TMPDIR>";
    private static final Pattern LOG_RE =
            Pattern.compile("^(INFO|WARNI|WARN|WARNING|ERROR|DEBUG|CRITI|CRITICAL)\\s+\\[[^\\]]*\\]");
    private static final Pattern DATE_RE = Pattern.compile("^\\s*(Revision Date|Create Date)\\s*:");
    private static final Set<String> FLAGS = Set.of("head", "effective head", "current", "branchpoint", "mergepoint");
    private static final Pattern PAREN_RE = Pattern.compile("\\(([^()]*)\\)(?! ->)");
    private static final Pattern SETLIST_RE = Pattern.compile("^(Branches into|Branch names):\\s*(.*)$");
    private static final Pattern CHILD_RE = Pattern.compile("^\\s+-> ");
    private static final Pattern REV_LINE = Pattern.compile("^Rev: (\\S+)");
    private static final Pattern ARROW = Pattern.compile("-> (\\S+)");

    private HarnessNormalizer() {
    }

    static List<String> splitLines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\n|\r", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    static List<String> cleanLines(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : splitLines(text)) {
            String line = raw.stripTrailing();
            if (line.contains(TMP_TOKEN) || line.startsWith("Path:") || DATE_RE.matcher(line).find()
                    || LOG_RE.matcher(line).find()) {
                continue;
            }
            out.add(line);
        }
        while (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static String sortedCommaList(String list) {
        return Arrays.stream(list.split(",", -1)).map(String::strip).sorted().collect(Collectors.joining(", "));
    }

    static String canonLine(String line) {
        Matcher set = SETLIST_RE.matcher(line);
        if (set.matches()) {
            return set.group(1) + ": " + sortedCommaList(set.group(2));
        }
        Matcher m = PAREN_RE.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1);
            String replacement = FLAGS.contains(inner) || !inner.contains(",") ? m.group(0)
                    : "(" + sortedCommaList(inner) + ")";
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static List<List<String>> splitEntries(List<String> lines) {
        boolean verbose = lines.stream().anyMatch(l -> l.startsWith("Rev: "));
        List<List<String>> entries = new ArrayList<>();
        List<String> cur = null;
        for (String l : lines) {
            boolean starts = verbose ? l.startsWith("Rev: ") : (!l.isEmpty() && !Character.isWhitespace(l.charAt(0)));
            if (starts || cur == null) {
                if (cur != null) {
                    entries.add(cur);
                }
                cur = new ArrayList<>();
            }
            cur.add(l);
        }
        if (cur != null) {
            entries.add(cur);
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> e : entries) {
            while (!e.isEmpty() && e.get(e.size() - 1).isEmpty()) {
                e.remove(e.size() - 1);
            }
            if (e.isEmpty()) {
                continue;
            }
            List<String> canon = new ArrayList<>();
            for (String l : e) {
                canon.add(canonLine(l));
            }
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < canon.size(); i++) {
                if (CHILD_RE.matcher(canon.get(i)).find()) {
                    idx.add(i);
                }
            }
            List<String> kids = new ArrayList<>();
            for (int i : idx) {
                kids.add(canon.get(i).strip());
            }
            Collections.sort(kids);
            for (int k = 0; k < idx.size(); k++) {
                canon.set(idx.get(k), "    " + kids.get(k));
            }
            out.add(canon);
        }
        return out;
    }

    /** Entries flattened to strings, for the text kinds; drops the header of {@code current -v}. */
    static List<String> entries(String kind, String stdout) {
        List<String> out = new ArrayList<>();
        for (List<String> e : splitEntries(cleanLines(stdout))) {
            if (kind.equals("current") && e.get(0).startsWith("Current revision(s) for")) {
                continue;
            }
            out.add(String.join("\n", e));
        }
        return out;
    }

    static String entryRev(String entry) {
        String first = entry.split("\n", -1)[0];
        Matcher m = REV_LINE.matcher(first);
        if (m.find()) {
            return m.group(1);
        }
        Matcher a = ARROW.matcher(first);
        if (a.find() && !first.startsWith(" ")) {
            return a.group(1);
        }
        String[] words = first.strip().split("\\s+");
        return words.length == 0 ? null : words[0];
    }

    /** Pairs listed in an order that contradicts ancestry (newest first expected). */
    static List<String> orderViolations(List<String> revs, Map<String, Set<String>> ancestors) {
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < revs.size(); i++) {
            for (int j = i + 1; j < revs.size(); j++) {
                String x = revs.get(i);
                String y = revs.get(j);
                Set<String> ay = ancestors.get(y);
                if (ancestors.containsKey(x) && ay != null && ay.contains(x)) {
                    bad.add(x + " before " + y);
                }
            }
        }
        return bad;
    }
}
