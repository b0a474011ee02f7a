package org.alembic4j.op;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alembic4j.AlembicException;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.JavaSource;
import org.alembic4j.schema.Literal;
import org.alembic4j.schema.Table;

/**
 * {@code op.batch_alter_table}: the collected operations run as plain ALTERs, or the table is
 * re-created ("move and copy": create {@code _alembic_tmp_<t>}, copy every row, drop, rename,
 * re-create indexes). Re-creating needs the table's definition: {@code copyFrom}, or online a
 * reflection through the connection.
 */
public record BatchAlterTableOp(String schema, String table, Recreate recreate, Table copyFrom,
        List<List<String>> partialReordering, List<MigrationOperation> operations, Map<String, Placement> placements)
        implements MigrationOperation {

    /** Where a column added in the batch goes: before or after another column (either may be null). */
    public record Placement(String before, String after) {
    }

    public BatchAlterTableOp {
        partialReordering = partialReordering.stream().map(List::copyOf).toList();
        operations = List.copyOf(operations);
        placements = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(placements));
        for (MigrationOperation op : operations) {
            if (op instanceof CreateTableOp || op instanceof DropTableOp || op instanceof BatchAlterTableOp) {
                throw new AlembicException("Can't create table in batch mode");
            }
        }
    }

    /** Whether this batch re-creates the table on the dialect. */
    public boolean recreatesOn(Dialect dialect) {
        return switch (recreate) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> dialect.capabilities().recreateTableForBatch()
                    && operations.stream().anyMatch(op -> !alterableInPlace(op));
        };
    }

    /** What SQLite can do without a copy: plain add_column (literal default, no constraints) and index changes. */
    private static boolean alterableInPlace(MigrationOperation op) {
        if (op instanceof CreateIndexOp || op instanceof DropIndexOp) {
            return true;
        }
        if (op instanceof AddColumnOp add) {
            Column c = add.column();
            boolean plainDefault = c.serverDefault() == null
                    || (c.serverDefault() instanceof Literal l && l.value() instanceof String && l.type() == null);
            boolean storedComputed = c.computed() != null && Boolean.TRUE.equals(c.computed().persisted());
            return plainDefault && !storedComputed && c.foreignKeys().isEmpty() && !c.isUnique();
        }
        return false;
    }

    @Override public List<String> statements(RenderContext context) {
        if (!recreatesOn(context.dialect())) {
            return inPlace(context);
        }
        if (copyFrom == null) {
            throw needsConnection(context.dialect());
        }
        return new TableRecreation(copyFrom, this, context).statements();
    }

    @Override public void invoke(OperationContext context) {
        RenderContext render = RenderContext.of(context);
        if (!recreatesOn(context.dialect())) {
            for (String sql : inPlace(render)) {
                context.execute(sql);
            }
            return;
        }
        Table source = copyFrom != null ? copyFrom : reflect(context);
        for (String sql : new TableRecreation(source, this, render).statements()) {
            context.execute(sql);
        }
    }

    private List<String> inPlace(RenderContext context) {
        if (!placements.isEmpty()) {
            throw new AlembicException("Can't specify insert_before or insert_after when using ALTER; please specify "
                    + "recreate='always'");
        }
        List<String> out = new ArrayList<>();
        for (MigrationOperation op : operations) {
            out.addAll(op.statements(context));
        }
        return out;
    }

    private Table reflect(OperationContext context) {
        if (context.isOffline() || context.connection().isEmpty()) {
            throw needsConnection(context.dialect());
        }
        try {
            return context.dialect().reflector().reflect(context.connection().get(), schema, table);
        } catch (SQLException e) {
            throw new AlembicException("Batch mode could not reflect table \"" + table + "\": " + e.getMessage(), e);
        }
    }

    private AlembicException needsConnection(Dialect dialect) {
        return new AlembicException("This operation cannot proceed in --sql mode; batch mode with dialect "
                + dialect.name() + " requires a live database connection with which to reflect the table \"" + table
                + "\". To generate a batch SQL migration script using table \"move and copy\", a complete Table object "
                + "should be passed to the \"copy_from\" argument of the batch_alter_table() method so that table "
                + "reflection can be skipped.");
    }

    @Override public String toJava() {
        StringBuilder opts = new StringBuilder();
        if (schema != null) opts.append(".schema(").append(JavaSource.string(schema)).append(")");
        if (recreate != Recreate.AUTO) opts.append(".recreate(Recreate.").append(recreate.name()).append(")");
        if (copyFrom != null) opts.append(".copyFrom(").append(copyFrom.toJava()).append(")");
        for (List<String> order : partialReordering) {
            opts.append(".partialReordering(").append(String.join(", ", order.stream().map(JavaSource::string).toList())).append(")");
        }
        StringBuilder body = new StringBuilder();
        for (MigrationOperation op : operations) {
            body.append("\n    ").append(batchCall(op)).append(";");
        }
        return "op.batchAlterTable(" + JavaSource.string(table) + (opts.length() == 0 ? "" : ", b -> b" + opts)
                + ", batch -> {" + body + "\n})";
    }

    /** The batch form of an operation's call: {@code op.x("table", ...)} becomes {@code batch.x(...)}. */
    private String batchCall(MigrationOperation op) {
        String code = op.toJava().replace(", o -> o.schema(" + JavaSource.string(schema) + ")", "")
                .replace(".schema(" + JavaSource.string(schema) + ")", "")
                .replace(".sourceSchema(" + JavaSource.string(schema) + ")", "");
        String t = JavaSource.string(table);
        Placement p = op instanceof AddColumnOp add ? placements.get(add.column().name()) : null;
        if (code.startsWith("op.addColumn(" + t + ", ") && p != null) {
            String where = (p.before() == null ? "" : ".insertBefore(" + JavaSource.string(p.before()) + ")")
                    + (p.after() == null ? "" : ".insertAfter(" + JavaSource.string(p.after()) + ")");
            code = code.substring(0, code.length() - 1) + ", p -> p" + where + ")";
        }
        int open = code.indexOf('(');
        String method = code.substring(3, open);
        String args = code.substring(open + 1);
        if (args.startsWith(t + ", ")) {
            args = args.substring(t.length() + 2);
        } else if (args.startsWith(t + ")")) {
            args = args.substring(t.length());
        } else {
            args = args.replaceFirst(java.util.regex.Pattern.quote(", " + t), "");
        }
        if (method.equals("dropIndex")) {
            args = args.replace(", " + t, "");
        }
        return "batch." + method + "(" + args;
    }

    @Override public Optional<MigrationOperation> reverse() {
        List<MigrationOperation> reversed = new ArrayList<>();
        for (MigrationOperation op : operations) {
            Optional<MigrationOperation> r = op.reverse();
            if (r.isEmpty()) {
                return Optional.empty();
            }
            reversed.add(0, r.get());
        }
        return Optional.of(new BatchAlterTableOp(schema, table, recreate, null, List.of(), reversed, Map.of()));
    }
}
