package org.alembic4j.autogenerate.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.alembic4j.autogenerate.ObjectType;
import org.alembic4j.autogenerate.SchemaSnapshot;
import org.alembic4j.op.AddConstraintOp;
import org.alembic4j.op.CreateSequenceOp;
import org.alembic4j.op.CreateTableOp;
import org.alembic4j.op.DropConstraintOp;
import org.alembic4j.op.DropSequenceOp;
import org.alembic4j.op.DropTableOp;
import org.alembic4j.schema.ConstraintType;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.Sequence;
import org.alembic4j.schema.Table;
import org.alembic4j.schema.TableElement;

/**
 * Compares a target with a reflected database, Alembic's {@code compare_metadata}: tables added
 * (created referenced-first) and removed, then each table present on both sides, plus standalone
 * sequences. The version table and tables outside the compared schemas are never touched.
 */
public final class SchemaComparator {

    /** Common tables in the order their changes are written: by schema (no schema as "null"), then name. */
    private static final Comparator<Map.Entry<Table, Table>> BY_SCHEMA_AND_NAME = new Comparator<>() {
        @Override
        public int compare(Map.Entry<Table, Table> a, Map.Entry<Table, Table> b) {
            int bySchema = String.valueOf(a.getKey().schema()).compareTo(String.valueOf(b.getKey().schema()));
            return bySchema != 0 ? bySchema : a.getKey().name().compareTo(b.getKey().name());
        }
    };

    private final ComparisonSettings settings;
    private final Filters filters;
    private final ChangeLog log = new ChangeLog();

    public SchemaComparator(ComparisonSettings settings) {
        this.settings = settings;
        this.filters = new Filters(settings.options());
    }

    /**
     * @param schemas the compared schemas, null standing for the default one; target tables in
     *                other schemas are left out
     */
    public ComparisonResult compare(SchemaSnapshot target, SchemaSnapshot reflected, Set<String> schemas) {
        List<Table> existing = reflectedTables(reflected);
        List<Table> wanted = targetTables(target, schemas, existing);
        List<Table> added = new ArrayList<>();
        TableLookup unmatched = new TableLookup(existing);
        Map<Table, Table> common = new LinkedHashMap<>();
        for (Table w : wanted) {
            Optional<Table> match = unmatched.find(w);
            if (match.isPresent()) {
                common.put(match.get(), w);
                unmatched.remove(match.get());
            } else {
                added.add(w);
            }
        }
        List<Table> removed = new ArrayList<>();
        for (Table e : existing) {
            if (!common.containsKey(e)) {
                removed.add(e);
            }
        }
        log.note("Compared " + wanted.size() + " target table(s) with " + existing.size()
                + " database table(s) in schema(s) " + schemaList(schemas) + "; compare_type="
                + settings.options().compareType() + ", compare_server_default=" + settings.options().compareServerDefault());

        List<OperationGroup> groups = new ArrayList<>();
        boolean alterConstraints = settings.dialect().capabilities().alterConstraints();
        List<Sequence> sequencesToDrop = compareSequences(target, reflected, schemas, groups);
        createTables(added, alterConstraints, groups);

        List<OperationGroup> tableGroups = new ArrayList<>();
        List<PlannedOperation> preDrop = new ArrayList<>();
        // A loop and a plain comparator, not a sorted stream of lambdas: 500 common tables are
        // sorted and compared before the JIT has compiled much, where each indirection counts.
        List<Map.Entry<Table, Table>> pairs = new ArrayList<>(common.entrySet());
        pairs.sort(BY_SCHEMA_AND_NAME);
        for (Map.Entry<Table, Table> e : pairs) {
            List<PlannedOperation> ops = new TableComparator(settings, log, e.getValue(), e.getKey()).compare();
            List<PlannedOperation> kept = new ArrayList<>();
            for (PlannedOperation op : ops) {
                if (alterConstraints && refersToRemoved(op, removed, e.getKey())) {
                    preDrop.add(op); // must go before the referenced table is dropped
                } else {
                    kept.add(op);
                }
            }
            if (!kept.isEmpty()) {
                tableGroups.add(new OperationGroup(e.getKey().schema(), e.getKey().name(), kept));
            }
        }
        dropTables(removed, alterConstraints, preDrop, groups);
        groups.addAll(tableGroups);
        if (!sequencesToDrop.isEmpty()) {
            List<PlannedOperation> drops = new ArrayList<>();
            for (Sequence s : sequencesToDrop) {
                drops.add(PlannedOperation.of(new DropSequenceOp(s)));
            }
            groups.add(new OperationGroup(null, null, drops));
        }
        if (log.changes().isEmpty()) {
            explainNoChanges(wanted, existing);
        }
        return new ComparisonResult(groups, log.changes(), log.report());
    }

    private List<Table> reflectedTables(SchemaSnapshot reflected) {
        List<Table> out = new ArrayList<>();
        String versionSchema = settings.options().versionTableSchema();
        for (Table t : reflected.tables()) {
            if (t.name().equalsIgnoreCase(settings.options().versionTable())
                    && Objects.equals(ExplicitTable.lower(t.schema()), ExplicitTable.lower(versionSchema))) {
                continue;
            }
            if (!filters.reflectedName(t.name(), ObjectType.TABLE, t.schema(), null)) {
                log.note("Skipped table " + Names.qualified(t.schema(), t.name()) + " (include_name)");
                continue;
            }
            out.add(t);
        }
        return out;
    }

    private List<Table> targetTables(SchemaSnapshot target, Set<String> schemas, List<Table> existing) {
        List<Table> out = new ArrayList<>();
        TableLookup existingByName = new TableLookup(existing);
        TableLookup outByName = new TableLookup(List.of());
        for (Table t : target.tables()) {
            if (!schemas.contains(t.schema())) {
                log.note("Skipped target table " + Names.qualified(t.schema(), t.name()) + ": schema not compared");
                continue;
            }
            Optional<Table> other = existingByName.find(t);
            if (!filters.object(t, t.name(), ObjectType.TABLE, false, other.orElse(null))) {
                if (other.isPresent()) {
                    existing.remove(other.get());
                    existingByName.remove(other.get());
                }
                log.note("Skipped table " + Names.qualified(t.schema(), t.name()) + " (include_object)");
                continue;
            }
            if (other.isPresent() && !filters.object(other.get(), other.get().name(), ObjectType.TABLE, true, t)) {
                existing.remove(other.get());
                existingByName.remove(other.get());
                log.note("Skipped table " + Names.qualified(t.schema(), t.name()) + " (include_object)");
                continue;
            }
            Table explicit = ExplicitTable.of(t, settings.naming());
            out.add(explicit);
            outByName.add(explicit);
        }
        existing.removeIf(e -> outByName.find(e).isEmpty() && !filters.object(e, e.name(), ObjectType.TABLE, true, null));
        return out;
    }

    private void createTables(List<Table> added, boolean alterConstraints, List<OperationGroup> groups) {
        if (added.isEmpty()) {
            return;
        }
        TableOrder.Result order = TableOrder.sort(added, TableComparator::foreignKeys);
        List<PlannedOperation> creates = new ArrayList<>();
        List<PlannedOperation> laterForeignKeys = new ArrayList<>();
        for (Table t : order.tables()) {
            log.detected("add_table", "added table '" + Names.qualified(t.schema(), t.name()) + "'");
            List<ForeignKeyConstraint> cyclic = alterConstraints ? order.cyclic().getOrDefault(t, List.of()) : List.of();
            creates.add(PlannedOperation.of(new CreateTableOp(without(t, cyclic), false)));
            for (ForeignKeyConstraint fk : cyclic) {
                laterForeignKeys.add(new PlannedOperation(new AddConstraintOp(t.schema(), t.name(),
                        ExplicitTable.named(t, fk)), "alembic4j: added after the tables because the foreign keys form a cycle"));
            }
        }
        creates.addAll(laterForeignKeys);
        groups.add(new OperationGroup(null, null, creates));
    }

    private void dropTables(List<Table> removed, boolean alterConstraints, List<PlannedOperation> preDrop,
            List<OperationGroup> groups) {
        if (removed.isEmpty()) {
            if (!preDrop.isEmpty()) {
                groups.add(new OperationGroup(null, null, preDrop));
            }
            return;
        }
        TableOrder.Result order = TableOrder.sort(removed, TableComparator::foreignKeys);
        List<Table> dropOrder = new ArrayList<>(order.tables());
        java.util.Collections.reverse(dropOrder);
        List<PlannedOperation> ops = new ArrayList<>(preDrop);
        List<PlannedOperation> drops = new ArrayList<>();
        for (Table t : dropOrder) {
            log.detected("remove_table", "removed table '" + Names.qualified(t.schema(), t.name()) + "'");
            List<ForeignKeyConstraint> cyclic = alterConstraints ? order.cyclic().getOrDefault(t, List.of()) : List.of();
            for (ForeignKeyConstraint fk : cyclic) {
                if (fk.name() != null) {
                    ops.add(PlannedOperation.of(new DropConstraintOp(t.schema(), t.name(), fk.name(),
                            ConstraintType.FOREIGN_KEY, false, fk)));
                }
            }
            drops.add(PlannedOperation.of(new DropTableOp(t.schema(), t.name(), false, without(t, cyclic))));
        }
        ops.addAll(drops);
        groups.add(new OperationGroup(null, null, ops));
    }

    /** Whether the operation drops a foreign key to a table that is being removed. */
    private static boolean refersToRemoved(PlannedOperation op, List<Table> removed, Table owner) {
        if (op.operation() instanceof DropConstraintOp d && d.definition() instanceof ForeignKeyConstraint fk) {
            return removed.stream().anyMatch(tbl -> tbl.name().equalsIgnoreCase(fk.referredTable())
                    && Objects.equals(tbl.schema(), fk.referredSchema() == null ? owner.schema() : fk.referredSchema()));
        }
        return false;
    }

    private static Table without(Table t, List<ForeignKeyConstraint> fks) {
        if (fks.isEmpty()) {
            return t;
        }
        List<TableElement> kept = new ArrayList<>();
        for (TableElement e : t.elements()) {
            if (!fks.contains(e)) {
                kept.add(e);
            }
        }
        return t.elements(kept);
    }

    /**
     * Sequences are compared only on databases that have them, which the build's class-data
     * training (SQLite) has not: a lambda here would be generated afresh by every such command.
     */
    private static final Function<Sequence, String> SEQUENCE_NAME = new SequenceName();

    private static final class SequenceName implements Function<Sequence, String> {
        @Override
        public String apply(Sequence sequence) {
            return sequence.name();
        }
    }

    private List<Sequence> compareSequences(SchemaSnapshot target, SchemaSnapshot reflected, Set<String> schemas,
            List<OperationGroup> groups) {
        if (!settings.options().compareSequences() || !settings.dialect().capabilities().sequences()) {
            return List.of();
        }
        List<Sequence> existing = new ArrayList<>(reflected.sequences());
        List<PlannedOperation> creates = new ArrayList<>();
        for (Sequence s : target.sequences()) {
            if (!schemas.contains(s.schema())) {
                continue;
            }
            List<Sequence> inSchema = new ArrayList<>();
            for (Sequence e : existing) { // loops, not lambdas: see SEQUENCE_NAME
                if (Objects.equals(e.schema(), s.schema())) {
                    inSchema.add(e);
                }
            }
            Optional<Sequence> match = Names.find(inSchema, SEQUENCE_NAME, s.name());
            if (match.isPresent()) {
                existing.remove(match.get());
            } else {
                log.detected("add_sequence", "added sequence '" + Names.qualified(s.schema(), s.name()) + "'");
                creates.add(PlannedOperation.of(new CreateSequenceOp(s)));
            }
        }
        if (!creates.isEmpty()) {
            groups.add(new OperationGroup(null, null, creates));
        }
        for (Iterator<Sequence> i = existing.iterator(); i.hasNext(); ) {
            if (!schemas.contains(i.next().schema())) {
                i.remove();
            }
        }
        for (Sequence s : existing) {
            log.detected("remove_sequence", "removed sequence '" + Names.qualified(s.schema(), s.name()) + "'");
        }
        return existing;
    }

    private void explainNoChanges(List<Table> wanted, List<Table> existing) {
        if (wanted.isEmpty()) {
            log.note("No changes: the target schema has no tables in the compared schemas (did the environment hook "
                    + "call context.targetSchema(...)?)");
        } else {
            log.note("No changes: all " + wanted.size() + " target table(s) exist with the same columns, "
                    + (settings.options().compareType() ? "types, " : "") + "nullability, "
                    + (settings.options().compareServerDefault() ? "server defaults, " : "")
                    + "indexes, unique constraints, foreign keys and comments; no other table is in the database");
        }
    }

    private static String schemaList(Set<String> schemas) {
        return schemas.stream().map(s -> s == null ? "(default)" : s).sorted().toList().toString();
    }
}
