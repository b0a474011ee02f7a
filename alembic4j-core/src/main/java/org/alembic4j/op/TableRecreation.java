package org.alembic4j.op;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.alembic4j.AlembicException;
import org.alembic4j.dialect.DdlCompiler;
import org.alembic4j.dialect.DialectCapabilities.CommentStyle;
import org.alembic4j.dialect.SqlCompiler;
import org.alembic4j.schema.CheckConstraint;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.ColumnAlteration;
import org.alembic4j.schema.ColumnRef;
import org.alembic4j.schema.Constraint;
import org.alembic4j.schema.ForeignKey;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.PrimaryKeyConstraint;
import org.alembic4j.schema.SqlExpression;
import org.alembic4j.schema.SqlType;
import org.alembic4j.schema.Table;
import org.alembic4j.schema.TableElement;
import org.alembic4j.schema.UniqueConstraint;

/**
 * Batch mode's "move and copy": applies the batch's operations to a copy of the table definition,
 * then emits CREATE TABLE {@code _alembic_tmp_<t>}, INSERT ... SELECT of every row, DROP TABLE,
 * RENAME, and the indexes. Columns keep their order; new ones go last unless placed or reordered.
 */
final class TableRecreation {

    private final Table source;
    private final RenderContext context;
    private final LinkedHashMap<String, Column> columns = new LinkedHashMap<>();
    private final Map<String, String> transfers = new HashMap<>();
    private final Map<String, SqlType> casts = new HashMap<>();
    private final List<String> existingOrdering = new ArrayList<>();
    private final List<String[]> addedOrdering = new ArrayList<>();
    private final List<List<String>> partialReordering;
    private PrimaryKeyConstraint primaryKey;
    private final List<Constraint> constraints = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private String comment;

    TableRecreation(Table table, BatchAlterTableOp batch, RenderContext context) {
        this.context = context;
        this.source = context.naming().apply(table);
        this.partialReordering = batch.partialReordering();
        for (Column c : source.columns()) {
            columns.put(c.name(), c.withoutTableLevelExtras());
            transfers.put(c.name(), c.name());
            existingOrdering.add(c.name());
        }
        primaryKey = source.primaryKey().orElse(null);
        constraints.addAll(source.constraints(false, true));
        indexes.addAll(source.indexes());
        comment = source.comment();
        for (MigrationOperation op : batch.operations()) {
            apply(op, batch.placements());
        }
    }

    /** The column's key; names match exactly, else ignoring case (databases that fold unquoted names). */
    private String keyOf(String name) {
        return columns.entrySet().stream().filter(e -> e.getValue().name().equals(name)).map(Map.Entry::getKey).findFirst()
                .or(() -> columns.entrySet().stream().filter(e -> e.getValue().name().equalsIgnoreCase(name))
                        .map(Map.Entry::getKey).findFirst())
                .orElseThrow(() -> new AlembicException("No such column '" + name + "' in table '" + source.name() + "'"));
    }

    private void apply(MigrationOperation op, Map<String, BatchAlterTableOp.Placement> placements) {
        if (op instanceof AddColumnOp add) {
            addColumn(add.column(), placements.get(add.column().name()));
        } else if (op instanceof DropColumnOp drop) {
            String key = keyOf(drop.column());
            columns.remove(key);
            transfers.remove(key);
            existingOrdering.remove(key);
        } else if (op instanceof AlterColumnOp alter) {
            alterColumn(alter.alteration());
        } else if (op instanceof AddConstraintOp add) {
            Constraint k = context.naming().nameConstraint(source.schema(), source.name(), add.constraint());
            if (k instanceof PrimaryKeyConstraint pk) {
                primaryKey = pk;
            } else {
                constraints.add(k);
            }
        } else if (op instanceof DropConstraintOp drop) {
            dropConstraint(drop.name());
        } else if (op instanceof CreateIndexOp create) {
            indexes.add(context.naming().nameIndex(source.schema(), source.name(), create.index()));
        } else if (op instanceof DropIndexOp drop) {
            if (!indexes.removeIf(i -> drop.name().equals(i.name()))) {
                throw new AlembicException("No such index: '" + drop.name() + "'");
            }
        } else if (op instanceof CreateTableCommentOp c) {
            comment = c.comment();
        } else if (op instanceof DropTableCommentOp) {
            comment = null;
        } else {
            throw new AlembicException("Operation " + op.getClass().getSimpleName() + " cannot run in batch mode");
        }
    }

    private void addColumn(Column column, BatchAlterTableOp.Placement placement) {
        if (columns.values().stream().anyMatch(c -> c.name().equals(column.name()))) {
            throw new AlembicException("Column '" + column.name() + "' already exists in table '" + source.name() + "'");
        }
        String key = column.name();
        columns.put(key, column.withoutTableLevelExtras());
        for (ForeignKey fk : column.foreignKeys()) {
            constraints.add(fk.toConstraint(column.name()));
        }
        if (column.isUnique() && !column.isIndexed()) {
            constraints.add(new UniqueConstraint(null, List.of(column.name()), null, null));
        }
        if (column.isIndexed()) {
            indexes.add(context.naming().nameIndex(source.schema(), source.name(),
                    new Index(null, List.of(new ColumnRef(null, null, column.name())), column.isUnique(), Map.of())));
        }
        String before = placement == null ? null : placement.before();
        String after = placement == null ? null : placement.after();
        if (partialReordering.isEmpty()) {
            // Alembic pins a placed column between its neighbours, so the layered sort keeps it there.
            if (after != null && before == null && existingOrdering.contains(after)) {
                int idx = existingOrdering.indexOf(after) + 1;
                before = idx < existingOrdering.size() ? existingOrdering.get(idx) : null;
            }
            if (before != null && after == null && existingOrdering.contains(before)) {
                int idx = existingOrdering.indexOf(before) - 1;
                after = idx >= 0 ? existingOrdering.get(idx) : null;
            }
        }
        if (before != null) addedOrdering.add(new String[] {key, keyOf(before)});
        if (after != null) addedOrdering.add(new String[] {keyOf(after), key});
        if (partialReordering.isEmpty() && before == null && after == null && !existingOrdering.isEmpty()) {
            addedOrdering.add(new String[] {existingOrdering.get(existingOrdering.size() - 1), key});
        }
    }

    private void alterColumn(ColumnAlteration a) {
        String key = keyOf(a.column());
        Column c = columns.get(key);
        if (a.type() != null) {
            if (c.type().family() != a.type().family() && transfers.containsKey(key)) {
                casts.put(key, a.type());
            }
            c = c.type(a.type());
        }
        if (a.nullable() != null) c = c.nullable(a.nullable());
        if (a.serverDefault().changed()) c = c.serverDefault((SqlExpression) a.serverDefault().value());
        if (a.comment().changed()) c = c.comment(a.comment().value());
        if (a.autoincrement() != null) c = c.autoincrement(a.autoincrement());
        if (a.newName() != null) {
            renameReferences(c.name(), a.newName());
            c = c.name(a.newName());
        }
        columns.put(key, c);
    }

    private void renameReferences(String from, String to) {
        java.util.function.UnaryOperator<List<String>> ren = cols -> cols.stream().map(n -> n.equals(from) ? to : n).toList();
        if (primaryKey != null) {
            primaryKey = new PrimaryKeyConstraint(primaryKey.name(), ren.apply(primaryKey.columns()));
        }
        constraints.replaceAll(k -> {
            if (k instanceof UniqueConstraint u) return new UniqueConstraint(u.name(), ren.apply(u.columns()), u.deferrable(), u.initially());
            if (k instanceof ForeignKeyConstraint f) {
                return new ForeignKeyConstraint(f.name(), ren.apply(f.columns()), f.referredSchema(), f.referredTable(),
                        f.referredColumns(), f.onDelete(), f.onUpdate(), f.match(), f.deferrable(), f.initially());
            }
            return k;
        });
        indexes.replaceAll(i -> new Index(i.name(), i.elements().stream().map(e -> e instanceof ColumnRef r && r.name().equals(from)
                ? (SqlExpression) new ColumnRef(null, null, to) : e).toList(), i.isUnique(), i.dialectOptions()));
    }

    private void dropConstraint(String name) {
        if (constraints.removeIf(k -> name.equals(k.name()))) {
            return;
        }
        if (primaryKey != null && name.equals(primaryKey.name())) {
            primaryKey = null;
            columns.replaceAll((k, c) -> c.isPrimaryKey() ? c.withoutPrimaryKey() : c);
            return;
        }
        throw new AlembicException("No such constraint: '" + name + "'");
    }

    /** Alembic's layered topological sort: each round takes, in current order, every column whose predecessors are placed. */
    private List<String> columnOrder() {
        Set<String[]> pairs = new LinkedHashSet<>();
        List<String> keys = new ArrayList<>(columns.keySet());
        if (!partialReordering.isEmpty()) {
            for (List<String> order : partialReordering) {
                for (int i = 1; i < order.size(); i++) pairs.add(new String[] {keyOf(order.get(i - 1)), keyOf(order.get(i))});
            }
        } else {
            for (int i = 1; i < existingOrdering.size(); i++) pairs.add(new String[] {existingOrdering.get(i - 1), existingOrdering.get(i)});
        }
        pairs.addAll(addedOrdering);
        Map<String, Set<String>> parents = new HashMap<>();
        for (String[] p : pairs) {
            if (!p[0].equals(p[1]) && columns.containsKey(p[0]) && columns.containsKey(p[1])) {
                parents.computeIfAbsent(p[1], k -> new HashSet<>()).add(p[0]);
            }
        }
        List<String> out = new ArrayList<>();
        Set<String> todo = new LinkedHashSet<>(keys);
        while (!todo.isEmpty()) {
            List<String> layer = todo.stream().filter(k -> parents.getOrDefault(k, Set.of()).stream().noneMatch(todo::contains)).toList();
            if (layer.isEmpty()) {
                throw new AlembicException("Circular column ordering in batch mode for table '" + source.name() + "'");
            }
            out.addAll(layer);
            layer.forEach(todo::remove);
        }
        return out;
    }

    List<String> statements() {
        DdlCompiler ddl = context.dialect().ddl();
        SqlCompiler sql = context.dialect().sql();
        String name = source.name();
        String schema = source.schema();
        String tmpName = ("_alembic_tmp_" + name).length() > 50 ? ("_alembic_tmp_" + name).substring(0, 50) : "_alembic_tmp_" + name;
        List<String> order = columnOrder();
        Set<String> present = order.stream().map(k -> columns.get(k).name()).collect(Collectors.toSet());

        List<TableElement> elements = new ArrayList<>();
        order.forEach(k -> elements.add(columns.get(k)));
        if (primaryKey != null && present.containsAll(primaryKey.columns())) {
            elements.add(primaryKey);
        }
        constraints.stream().filter(k -> k instanceof CheckConstraint || present.containsAll(k.columns())).forEach(elements::add);
        boolean inlineComments = context.dialect().capabilities().comments() == CommentStyle.INLINE;
        Table tmp = new Table(schema, tmpName, elements, inlineComments ? comment : null, source.dialectOptions());

        List<String> out = new ArrayList<>();
        out.add(ddl.createTableStatement(tmp, false));
        List<String> copied = order.stream().filter(transfers::containsKey).toList();
        String from = sql.qualified(schema, name);
        out.add("INSERT INTO " + sql.qualified(schema, tmpName) + " ("
                + copied.stream().map(k -> sql.quote(columns.get(k).name())).collect(Collectors.joining(", ")) + ") SELECT "
                + copied.stream().map(k -> {
                    String ref = from + "." + sql.quote(transfers.get(k));
                    return casts.containsKey(k) ? "CAST(" + ref + " AS " + context.dialect().types().render(casts.get(k)) + ")" : ref;
                }).collect(Collectors.joining(", ")) + " \nFROM " + from);
        tmp.autoincrementColumn().filter(c -> copied.stream().anyMatch(k -> columns.get(k) == c))
                .flatMap(c -> ddl.resetAutoincrement(schema, tmpName, c.name())).ifPresent(out::add);
        out.add(ddl.dropTable(schema, name, false));
        out.add(ddl.renameTable(schema, tmpName, name));
        for (Index i : indexes) {
            if (present.containsAll(i.columnNames())) {
                out.add(ddl.createIndex(schema, name, i, false));
            }
        }
        if (context.dialect().capabilities().comments() == CommentStyle.STATEMENTS) {
            if (comment != null) out.add(ddl.tableComment(schema, name, comment));
            order.stream().map(columns::get).filter(c -> c.comment() != null)
                    .forEach(c -> out.add(ddl.columnComment(schema, name, c.name(), c.comment())));
        }
        return out;
    }
}
