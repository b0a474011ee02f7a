package org.alembic4j.autogenerate.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.alembic4j.autogenerate.ObjectType;
import org.alembic4j.dialect.DialectCapabilities.CommentStyle;
import org.alembic4j.op.AddColumnOp;
import org.alembic4j.op.AddConstraintOp;
import org.alembic4j.op.AlterColumnOp;
import org.alembic4j.op.CreateIndexOp;
import org.alembic4j.op.CreateTableCommentOp;
import org.alembic4j.op.DropColumnOp;
import org.alembic4j.op.DropConstraintOp;
import org.alembic4j.op.DropIndexOp;
import org.alembic4j.op.DropTableCommentOp;
import org.alembic4j.schema.Change;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.ColumnAlteration;
import org.alembic4j.schema.ConstraintType;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.SqlExpression;
import org.alembic4j.schema.SqlType;
import org.alembic4j.schema.Table;
import org.alembic4j.schema.TableElement;
import org.alembic4j.schema.TextClause;
import org.alembic4j.schema.UniqueConstraint;

/**
 * Compares one table present on both sides. Script order: added columns; index, unique and
 * foreign-key removals; renames and column changes (type, nullability, server default, comment);
 * index, unique and foreign-key additions; the table comment; removed columns. (Alembic puts
 * column changes before the index removals; here removals come first so that every downgrade,
 * the reversed list, also runs.)
 */
final class TableComparator {

    private final ComparisonSettings settings;
    private final Filters filters;
    private final ChangeLog log;
    private final Table target;
    private final Table reflected;
    private final String schema;
    private final String name;
    private final List<PlannedOperation> ops = new ArrayList<>();

    TableComparator(ComparisonSettings settings, ChangeLog log, Table target, Table reflected) {
        this.settings = settings;
        this.filters = new Filters(settings.options());
        this.log = log;
        this.target = target;
        this.reflected = reflected;
        this.schema = reflected.schema();
        this.name = reflected.name();
    }

    List<PlannedOperation> compare() {
        Map<Column, Column> pairs = new LinkedHashMap<>();
        List<Column> added = new ArrayList<>();
        List<Column> removed = new ArrayList<>();
        matchColumns(pairs, added, removed);
        Map<Column, Column> renames = new RenameHints(settings).find(target, added, removed);

        for (Column c : added) {
            if (!renames.containsKey(c)) {
                log.detected("add_column", "added column '" + name + "." + c.name() + "'");
                ops.add(PlannedOperation.of(new AddColumnOp(schema, name, c.withoutTableLevelExtras(), false, false, false)));
            }
        }
        // Removals of indexes and keys come before renames and type changes, additions after them, so
        // that the downgrade (the same list reversed and undone) meets each column under the right name.
        IndexComparison.Result indexes = new IndexComparison(filters, log, target, reflected).compare();
        List<PlannedOperation> fkAdditions = new ArrayList<>();
        ops.addAll(indexes.removals());
        compareForeignKeys(fkAdditions);
        renames.forEach((newColumn, oldColumn) -> rename(oldColumn, newColumn));
        pairs.forEach(this::compareColumn);
        ops.addAll(indexes.additions());
        ops.addAll(fkAdditions);
        compareTableComment();
        for (Column c : removed) {
            if (!renames.containsValue(c)) {
                log.detected("remove_column", "removed column '" + name + "." + c.name() + "'");
                ops.add(PlannedOperation.of(new DropColumnOp(schema, name, c.name(), false, c)));
            }
        }
        return ops;
    }

    private void matchColumns(Map<Column, Column> pairs, List<Column> added, List<Column> removed) {
        List<Column> reflectedColumns = new ArrayList<>();
        for (Column c : reflected.columns()) {
            Optional<Column> other = Names.find(target.columns(), col -> col.name(), c.name());
            if (filters.reflected(c, c.name(), ObjectType.COLUMN, schema, name, other.orElse(null))) {
                reflectedColumns.add(c);
            }
        }
        for (Column t : target.columns()) {
            Optional<Column> match = Names.find(reflectedColumns, col -> col.name(), t.name());
            if (!filters.object(t, t.name(), ObjectType.COLUMN, false, match.orElse(null))) {
                match.ifPresent(reflectedColumns::remove);
                continue;
            }
            if (match.isPresent()) {
                pairs.put(match.get(), t);
                reflectedColumns.remove(match.get());
            } else {
                added.add(t);
            }
        }
        removed.addAll(reflectedColumns);
    }

    private void rename(Column oldColumn, Column newColumn) {
        log.detected("rename_column", "column '" + name + "." + oldColumn.name() + "' dropped and '" + newColumn.name()
                + "' added with the same type: assuming a rename");
        ColumnAlteration a = new ColumnAlteration(schema, name, oldColumn.name(), newColumn.name(), null, null,
                Change.keep(), Change.keep(), null, oldColumn.type(), reflected.isNullable(oldColumn),
                oldColumn.serverDefault(), oldColumn.comment(), existingAutoincrement(oldColumn), null);
        ops.add(new PlannedOperation(new AlterColumnOp(a), "alembic4j: '" + oldColumn.name() + "' was removed and '"
                + newColumn.name() + "' added with the same type, so this is written as a rename (keeps the data). "
                + "If they are unrelated, replace it with dropColumn + addColumn."));
    }

    private Boolean existingAutoincrement(Column c) {
        return Boolean.TRUE.equals(c.autoincrement()) ? Boolean.TRUE : null;
    }

    private void compareColumn(Column existing, Column wanted) {
        String where = "'" + name + "." + existing.name() + "'";
        SqlType newType = null;
        if (settings.options().compareType()) {
            String from = TypeText.of(settings.dialect(), existing.type());
            String to = TypeText.of(settings.dialect(), wanted.type());
            if (!TypeSignature.parse(from).isEquivalentTo(TypeSignature.parse(to))) {
                newType = wanted.type();
                log.detected("modify_type", "type change from " + from + " to " + to + " on " + where);
            }
        }
        Boolean nullable = null;
        boolean existingNullable = reflected.isNullable(existing);
        boolean wantedNullable = target.isNullable(wanted);
        if (existingNullable != wantedNullable) {
            nullable = wantedNullable;
            log.detected("modify_nullable", (wantedNullable ? "NULL" : "NOT NULL") + " on column " + where);
        }
        Change<SqlExpression> serverDefault = Change.keep();
        if (settings.options().compareServerDefault() && wanted.computed() == null && existing.computed() == null
                && !Boolean.TRUE.equals(existing.autoincrement()) && existing.identity() == null) {
            String from = existing.serverDefault() == null ? null : DefaultText.canonical(defaultSql(existing.serverDefault()));
            String to = wanted.serverDefault() == null ? null : DefaultText.canonical(defaultSql(wanted.serverDefault()));
            if (!Objects.equals(from, to)) {
                serverDefault = Change.to(wanted.serverDefault());
                log.detected("modify_default", (to == null ? "removed server default" : "server default") + " on column " + where);
            }
        }
        Change<String> comment = Change.keep();
        if (settings.dialect().capabilities().comments() != CommentStyle.NONE
                && !Objects.equals(blank(existing.comment()), blank(wanted.comment()))) {
            comment = Change.to(blank(wanted.comment()));
            log.detected("modify_comment", "column comment '" + blank(wanted.comment()) + "' on " + where);
        }
        if (newType == null && nullable == null && !serverDefault.changed() && !comment.changed()) {
            return;
        }
        ColumnAlteration a = new ColumnAlteration(schema, name, existing.name(), null, newType, nullable, serverDefault,
                comment, null, existing.type(), existingNullable, existing.serverDefault(), blank(existing.comment()),
                existingAutoincrement(existing), null);
        ops.add(PlannedOperation.of(new AlterColumnOp(a)));
    }

    private String defaultSql(SqlExpression e) {
        return e instanceof TextClause t ? t.sql() : settings.dialect().sql().serverDefault(e);
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private void compareForeignKeys(List<PlannedOperation> additions) {
        List<ForeignKeyConstraint> existing = new ArrayList<>();
        for (ForeignKeyConstraint fk : foreignKeys(reflected)) {
            if (filters.reflected(fk, fk.name(), ObjectType.FOREIGN_KEY_CONSTRAINT, schema, name, null)) {
                existing.add(fk);
            }
        }
        List<ForeignKeyConstraint> wanted = new ArrayList<>();
        for (ForeignKeyConstraint fk : foreignKeys(target)) {
            if (filters.object(fk, fk.name(), ObjectType.FOREIGN_KEY_CONSTRAINT, false, null)) {
                wanted.add(fk);
            }
        }
        List<ForeignKeyConstraint> unmatched = new ArrayList<>(existing);
        List<ForeignKeyConstraint> missing = new ArrayList<>();
        for (ForeignKeyConstraint w : wanted) {
            ForeignKeyConstraint same = null;
            for (ForeignKeyConstraint e : unmatched) {
                if (sameForeignKey(e, w)) {
                    same = e;
                    break;
                }
            }
            if (same != null) {
                unmatched.remove(same);
            } else {
                missing.add(w);
            }
        }
        for (ForeignKeyConstraint fk : unmatched) {
            log.detected("remove_fk", "removed foreign key (" + String.join(", ", fk.columns()) + ")("
                    + String.join(", ", fk.referredColumns()) + ") on table " + name);
            if (fk.name() == null) {
                log.note("Foreign key (" + String.join(", ", fk.columns()) + ") on " + name
                        + " has no name in the database and cannot be dropped by name; drop it by hand");
                continue;
            }
            ops.add(PlannedOperation.of(new DropConstraintOp(schema, name, fk.name(), ConstraintType.FOREIGN_KEY, false, fk)));
        }
        for (ForeignKeyConstraint fk : missing) {
            ForeignKeyConstraint named = (ForeignKeyConstraint) ExplicitTable.named(target, fk);
            log.detected("add_fk", "added foreign key (" + String.join(", ", fk.columns()) + ")("
                    + String.join(", ", fk.referredColumns()) + ") on table " + name);
            additions.add(PlannedOperation.of(new AddConstraintOp(schema, name, named)));
        }
    }

    static List<ForeignKeyConstraint> foreignKeys(Table t) {
        List<ForeignKeyConstraint> out = new ArrayList<>();
        for (TableElement e : t.elements()) {
            if (e instanceof ForeignKeyConstraint fk) {
                out.add(fk);
            }
        }
        return out;
    }

    private boolean sameForeignKey(ForeignKeyConstraint a, ForeignKeyConstraint b) {
        return lowerAll(a.columns()).equals(lowerAll(b.columns()))
                && a.referredTable().equalsIgnoreCase(b.referredTable())
                && Objects.equals(ExplicitTable.lower(a.referredSchema()), ExplicitTable.lower(b.referredSchema()))
                && lowerAll(a.referredColumns()).equals(lowerAll(b.referredColumns()))
                && Objects.equals(action(a.onDelete()), action(b.onDelete()))
                && Objects.equals(action(a.onUpdate()), action(b.onUpdate()));
    }

    private static List<String> lowerAll(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(ExplicitTable.lower(n));
        }
        return out;
    }

    /** NO ACTION and RESTRICT are what a foreign key does when nothing is said. */
    private static String action(String a) {
        if (a == null) {
            return null;
        }
        String upper = a.toUpperCase(java.util.Locale.ROOT);
        return upper.equals("NO ACTION") || upper.equals("RESTRICT") ? null : upper;
    }

    private void compareTableComment() {
        if (settings.dialect().capabilities().comments() == CommentStyle.NONE) {
            return;
        }
        String existing = blank(reflected.comment());
        String wanted = blank(target.comment());
        if (Objects.equals(existing, wanted)) {
            return;
        }
        if (wanted == null) {
            log.detected("remove_table_comment", "removed table comment on '" + name + "'");
            ops.add(PlannedOperation.of(new DropTableCommentOp(schema, name, existing)));
        } else {
            log.detected("add_table_comment", "table comment '" + wanted + "' on '" + name + "'");
            ops.add(PlannedOperation.of(new CreateTableCommentOp(schema, name, wanted, existing)));
        }
    }

    /** Unique constraints of a table, explicit ones only (the explicit form has no column flags). */
    static List<UniqueConstraint> uniques(Table t) {
        List<UniqueConstraint> out = new ArrayList<>();
        for (TableElement e : t.elements()) {
            if (e instanceof UniqueConstraint u) {
                out.add(u);
            }
        }
        return out;
    }

    static List<Index> indexes(Table t) {
        List<Index> out = new ArrayList<>();
        for (TableElement e : t.elements()) {
            if (e instanceof Index i) {
                out.add(i);
            }
        }
        return out;
    }
}
