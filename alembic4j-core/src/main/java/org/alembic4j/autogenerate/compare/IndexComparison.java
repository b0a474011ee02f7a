package org.alembic4j.autogenerate.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alembic4j.autogenerate.ObjectType;
import org.alembic4j.op.AddConstraintOp;
import org.alembic4j.op.CreateIndexOp;
import org.alembic4j.op.DropConstraintOp;
import org.alembic4j.op.DropIndexOp;
import org.alembic4j.schema.ColumnRef;
import org.alembic4j.schema.ConstraintType;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.Table;
import org.alembic4j.schema.UniqueConstraint;

/**
 * Indexes and unique constraints of one table. Uniqueness is compared as one family, since
 * databases blur the line (MySQL reports every unique index as a unique constraint, PostgreSQL
 * backs each unique constraint with an index): a unique constraint matches a unique index on the
 * same columns. Matching is by name, then by columns.
 */
final class IndexComparison {

    /** A unique constraint or an index, from either side. */
    private record Item(String name, List<String> columns, boolean unique, boolean expression, Object definition) {
        boolean isConstraint() {
            return definition instanceof UniqueConstraint;
        }
    }

    private final Filters filters;
    private final ChangeLog log;
    private final Table target;
    private final Table reflected;
    private final List<PlannedOperation> removals = new ArrayList<>();
    private final List<PlannedOperation> additions = new ArrayList<>();
    private final String schema;
    private final String table;

    IndexComparison(Filters filters, ChangeLog log, Table target, Table reflected) {
        this.filters = filters;
        this.log = log;
        this.target = target;
        this.reflected = reflected;
        this.schema = reflected.schema();
        this.table = reflected.name();
    }

    /** Removals (to run before renames and column changes) and additions (after them). */
    record Result(List<PlannedOperation> removals, List<PlannedOperation> additions) {
    }

    Result compare() {
        List<Item> existing = items(reflected, true);
        List<Item> wanted = items(target, false);
        List<Item> toRemove = new ArrayList<>();
        List<Item> toAdd = new ArrayList<>();
        match(existing.stream().filter(Item::unique).toList(), wanted.stream().filter(Item::unique).toList(), true,
                toRemove, toAdd);
        match(existing.stream().filter(i -> !i.unique()).toList(), wanted.stream().filter(i -> !i.unique()).toList(),
                false, toRemove, toAdd);
        toRemove.forEach(this::remove);
        toAdd.forEach(this::add);
        return new Result(removals, additions);
    }

    private List<Item> items(Table t, boolean isReflected) {
        List<Item> out = new ArrayList<>();
        for (UniqueConstraint u : TableComparator.uniques(t)) {
            if (isReflected ? filters.reflected(u, u.name(), ObjectType.UNIQUE_CONSTRAINT, schema, table, null)
                    : filters.object(u, u.name(), ObjectType.UNIQUE_CONSTRAINT, false, null)) {
                out.add(new Item(u.name(), lower(u.columns()), true, false, u));
            }
        }
        for (Index i : TableComparator.indexes(t)) {
            if (isReflected ? filters.reflected(i, i.name(), ObjectType.INDEX, schema, table, null)
                    : filters.object(i, i.name(), ObjectType.INDEX, false, null)) {
                boolean expression = i.elements().stream().anyMatch(e -> !(e instanceof ColumnRef));
                out.add(new Item(i.name(), lower(i.columnNames()), i.isUnique(), expression, i));
            }
        }
        return out;
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(ExplicitTable::lower).toList();
    }

    private static void match(List<Item> existing, List<Item> wanted, boolean byColumnsToo, List<Item> toRemove,
            List<Item> toAdd) {
        List<Item> left = new ArrayList<>(existing);
        List<Item> unmatched = new ArrayList<>();
        for (Item w : wanted) {
            Optional<Item> sameName = Names.find(left, Item::name, w.name());
            if (sameName.isPresent()) {
                left.remove(sameName.get());
                Item e = sameName.get();
                boolean same = w.expression() || e.expression() || e.columns().equals(w.columns());
                if (!same) {
                    toRemove.add(e);
                    toAdd.add(w);
                }
            } else {
                unmatched.add(w);
            }
        }
        for (Item w : unmatched) {
            Optional<Item> sameColumns = (byColumnsToo || w.name() == null)
                    ? left.stream().filter(e -> !e.expression() && e.columns().equals(w.columns())).findFirst()
                    : Optional.empty();
            if (sameColumns.isPresent()) {
                left.remove(sameColumns.get());
            } else {
                toAdd.add(w);
            }
        }
        toRemove.addAll(left);
    }

    private void remove(Item e) {
        if (e.isConstraint()) {
            log.detected("remove_constraint", "removed unique constraint '" + e.name() + "' on '" + table + "'");
            if (e.name() == null) {
                log.note("Unique constraint (" + String.join(", ", e.columns()) + ") on " + table
                        + " has no name in the database and cannot be dropped by name; drop it by hand");
                return;
            }
            removals.add(PlannedOperation.of(new DropConstraintOp(schema, table, e.name(), ConstraintType.UNIQUE, false,
                    (UniqueConstraint) e.definition())));
        } else {
            log.detected("remove_index", "removed index '" + e.name() + "' on '" + table + "'");
            removals.add(PlannedOperation.of(new DropIndexOp(schema, table, e.name(), false, java.util.Map.of(),
                    (Index) e.definition())));
        }
    }

    private void add(Item w) {
        String on = "'" + table + "(" + String.join(", ", w.columns()) + ")'";
        if (w.isConstraint()) {
            UniqueConstraint named = (UniqueConstraint) ExplicitTable.named(target, (UniqueConstraint) w.definition());
            log.detected("add_constraint", "added unique constraint '" + named.name() + "' on " + on);
            additions.add(PlannedOperation.of(new AddConstraintOp(schema, table, named)));
        } else {
            log.detected("add_index", "added " + (w.unique() ? "unique " : "") + "index '" + w.name() + "' on " + on);
            additions.add(PlannedOperation.of(new CreateIndexOp(schema, table, (Index) w.definition(), false)));
        }
    }
}
