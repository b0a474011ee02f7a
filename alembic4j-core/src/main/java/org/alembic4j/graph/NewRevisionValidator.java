package org.alembic4j.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.alembic4j.AlembicException;

/**
 * Checks a new revision before any file is written (Alembic writes first and then fails on a
 * duplicate branch label, leaving a broken tree), and resolves what the file must say: the down
 * revisions (the resolved {@code --head} / merge arguments, in resolution order) and the
 * {@code depends_on} values (partial ids expanded to full ids, branch labels kept as written).
 */
public final class NewRevisionValidator {

    /** What to write into the new revision file. */
    public record NewRevision(String id, List<String> downRevisions, List<String> branchLabels,
                              List<String> dependsOn) {
        public NewRevision {
            downRevisions = List.copyOf(downRevisions);
            branchLabels = List.copyOf(branchLabels);
            dependsOn = List.copyOf(dependsOn);
        }
    }

    private final RevisionMap map;

    public NewRevisionValidator(RevisionMap map) {
        this.map = Objects.requireNonNull(map, "map");
    }

    /**
     * Validates {@code alembic revision --rev-id <id> [--head <head>] [--splice]
     * [--branch-label ...] [--depends-on ...]}.
     *
     * @param head the {@code --head} value; null means {@code head}
     * @throws AlembicException with Alembic's texts: {@code Character(s) '-' not allowed in revision
     *         identifier 'a-b'}, {@code Multiple heads are present; please specify the head revision
     *         on which the new revision should be based, or perform a merge.}, {@code Revision X is
     *         not a head revision; please specify --splice to create a new branch from this
     *         revision}, {@code Can't locate revision identified by 'x'}, {@code Branch name 'x' in
     *         revision new already used by revision old}; or a duplicate id naming the existing file
     */
    public NewRevision validateRevision(String revId, String head, boolean splice, List<String> branchLabels,
                                        List<String> dependsOn) {
        return validate(revId, List.of(head == null ? "head" : head), splice, branchLabels, dependsOn);
    }

    /**
     * Validates {@code alembic merge --rev-id <id> [--splice] REVISIONS...}; the parents are the
     * resolved revisions in order ({@code heads} = every real head in map order).
     *
     * @throws AlembicException as {@link #validateRevision}, plus {@code Duplicate head revisions specified}
     */
    public NewRevision validateMerge(String revId, List<String> revisions, boolean splice, List<String> branchLabels) {
        return validate(revId, revisions, splice, branchLabels, List.of());
    }

    private NewRevision validate(String revId, List<String> parents, boolean splice, List<String> branchLabels,
                                 List<String> dependsOn) {
        checkId(revId);
        RevisionNode existing = map.find(revId).orElse(null);
        if (existing != null) {
            throw new AlembicException("Revision " + revId + " already exists" + describe(existing.path()));
        }
        RevisionLookup lookup = new RevisionLookup(map);
        List<String> downs;
        try {
            downs = resolveParents(lookup, parents);
        } catch (RevisionException e) {
            throw CommandErrors.of(null, CommandErrors.REVISION_MULTIPLE_HEADS, null, null).translate(e);
        }
        if (new LinkedHashSet<>(downs).size() != downs.size()) {
            throw new AlembicException("Duplicate head revisions specified");
        }
        if (!splice) {
            for (String down : downs) {
                if (!map.isHead(down)) {
                    throw new AlembicException("Revision " + down + " is not a head revision; please specify "
                            + "--splice to create a new branch from this revision");
                }
            }
        }
        List<String> deps = new ArrayList<>();
        for (String dep : dependsOn) {
            try {
                deps.add(resolveDependency(lookup, dep));
            } catch (RevisionException e) {
                throw CommandErrors.defaults().translate(e);
            }
        }
        checkLabels(revId, branchLabels);
        NewRevision result = new NewRevision(revId, downs, branchLabels, deps);
        // Building the map with the new revision proves the files will load afterwards.
        List<RevisionNode> trial = new ArrayList<>(map.nodes());
        trial.add(new RevisionNode(revId, downs, branchLabels, deps, "", null));
        RevisionMap.build(trial);
        return result;
    }

    private static void checkId(String revId) {
        if (revId == null || revId.isEmpty()) {
            throw new AlembicException("Empty revision identifier");
        }
        Set<Character> bad = new TreeSet<>();
        for (char c : revId.toCharArray()) {
            if (RevisionMap.ILLEGAL_ID_CHARACTERS.indexOf(c) >= 0) {
                bad.add(c);
            }
        }
        if (!bad.isEmpty()) {
            throw new AlembicException("Character(s) '"
                    + bad.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + "' not allowed in revision identifier '" + revId + "'");
        }
    }

    private List<String> resolveParents(RevisionLookup lookup, List<String> parents) {
        List<String> downs = new ArrayList<>();
        for (String parent : parents) {
            for (String id : lookup.getRevisions(parent)) {
                if (id == null) {
                    RevisionLookup.Relative rel = RevisionLookup.relative(parent);
                    throw RevisionException.other(rel == null ? "Walked too far"
                            : RevisionLookup.migrationsMessage(rel.signed(), rel.steps()));
                }
                if (!RevisionLookup.BASE.equals(id)) {
                    downs.add(id);
                }
            }
        }
        return downs;
    }

    private String resolveDependency(RevisionLookup lookup, String dep) {
        String id = lookup.getRevision(dep);
        if (id == null) {
            throw RevisionException.resolution("No such revision or branch '" + dep + "'", dep);
        }
        return map.branchLabels(id).contains(dep) ? dep : id;
    }

    private void checkLabels(String revId, List<String> branchLabels) {
        Set<String> seen = new LinkedHashSet<>();
        for (String label : branchLabels) {
            String owner = map.revisionOfKey(label);
            if (owner == null && (label.equals(revId) || seen.contains(label))) {
                owner = revId;
            }
            if (owner != null) {
                throw new AlembicException("Branch name '" + label + "' in revision " + revId
                        + " already used by revision " + owner);
            }
            seen.add(label);
        }
        String labelOwner = map.revisionOfKey(revId);
        if (labelOwner != null) {
            throw new AlembicException("Branch name '" + revId + "' in revision " + labelOwner
                    + " already used by revision " + revId);
        }
    }

    private static String describe(Path path) {
        return path == null ? "" : " in " + path.toAbsolutePath();
    }
}
