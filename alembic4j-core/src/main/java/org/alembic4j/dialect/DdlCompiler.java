package org.alembic4j.dialect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.alembic4j.AlembicException;
import org.alembic4j.dialect.DialectCapabilities.CommentStyle;
import org.alembic4j.schema.CheckConstraint;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.ColumnAlteration;
import org.alembic4j.schema.ColumnRef;
import org.alembic4j.schema.Computed;
import org.alembic4j.schema.Constraint;
import org.alembic4j.schema.ConstraintType;
import org.alembic4j.schema.EnumType;
import org.alembic4j.schema.ExcludeConstraint;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.FunctionCall;
import org.alembic4j.schema.Identity;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.Literal;
import org.alembic4j.schema.PrimaryKeyConstraint;
import org.alembic4j.schema.Sequence;
import org.alembic4j.schema.SqlExpression;
import org.alembic4j.schema.Table;
import org.alembic4j.schema.TextClause;
import org.alembic4j.schema.UniqueConstraint;

/**
 * DDL statements in the layout SQLAlchemy and Alembic print (each statement without its
 * terminating {@code ;}). The base class is SQLAlchemy's generic compiler plus Alembic's generic
 * ALTER forms; each dialect overrides where its SQL differs.
 */
public class DdlCompiler {

    /** Alembic's message, raised before any SQL runs, for constraint changes outside batch mode. */
    public static final String NO_CONSTRAINT_ALTER = "No support for ALTER of constraints in %s dialect. Please refer "
            + "to the batch mode feature which allows for SQLite migrations using a copy-and-move strategy.";

    private static final Pattern STARTS_QUOTED = Pattern.compile("^\\s*['\"(].*", Pattern.DOTALL);
    private static final Pattern HAS_NON_WORD = Pattern.compile(".*\\W.*", Pattern.DOTALL);

    protected final Dialect dialect;

    public DdlCompiler(Dialect dialect) {
        this.dialect = dialect;
    }

    protected SqlCompiler sql() { return dialect.sql(); }
    protected TypeCompiler types() { return dialect.types(); }
    protected DialectCapabilities caps() { return dialect.capabilities(); }
    protected String q(String name) { return dialect.quoteIdentifier(name); }
    protected String table(String schema, String name) { return sql().qualified(schema, name); }
    protected String literal(String s) { return dialect.stringLiteral(s); }

    // ---- CREATE / DROP / RENAME TABLE ----------------------------------------------------------

    /**
     * Everything {@code op.create_table} emits: named enum types first (PostgreSQL), the
     * {@code CREATE TABLE}, one {@code CREATE INDEX} per index, then comment statements.
     * Unnamed indexes must have been named by the naming convention already.
     */
    public List<String> createTable(Table table, boolean ifNotExists) {
        List<String> out = new ArrayList<>(enumTypesFor(table));
        out.add(createTableStatement(table, ifNotExists));
        for (Index index : table.indexes()) {
            out.add(createIndex(table.schema(), table.name(), index, false));
        }
        if (caps().comments() == CommentStyle.STATEMENTS) {
            if (table.comment() != null) {
                out.add(tableComment(table.schema(), table.name(), table.comment()));
            }
            for (Column c : table.columns()) {
                if (c.comment() != null) {
                    out.add(columnComment(table.schema(), table.name(), c.name(), c.comment()));
                }
            }
        }
        return out;
    }

    /** The {@code CREATE TYPE} statements a table's native enums need first (PostgreSQL only). */
    protected List<String> enumTypesFor(Table table) {
        if (!caps().namedEnumTypes()) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (Column c : table.columns()) {
            if (c.type() instanceof EnumType e && e.nativeEnum() && seen.add(e.name())) {
                out.addAll(createEnumType(e));
            }
        }
        return out;
    }

    /** {@code CREATE TABLE name (\n    col ..., \n    ...\n)} with SQLAlchemy's trailing-space separators. */
    public String createTableStatement(Table table, boolean ifNotExists) {
        List<String> parts = new ArrayList<>();
        for (Column c : table.columns()) {
            parts.add(columnSpec(table, c));
        }
        primaryKeyClause(table).ifPresent(parts::add);
        for (Constraint k : table.constraints(!caps().nativeBoolean(), caps().nativeEnum())) {
            parts.add(constraint(table.schema(), k));
        }
        return "CREATE TABLE " + (ifNotExists ? "IF NOT EXISTS " : "") + table(table.schema(), table.name())
                + " (\n    " + String.join(", \n    ", parts) + "\n)" + tableOptions(table);
    }

    protected Optional<String> primaryKeyClause(Table table) {
        return table.primaryKey().filter(pk -> !pk.columns().isEmpty()).map(pk -> constraint(table.schema(), pk));
    }

    /** What follows the closing parenthesis of CREATE TABLE (MySQL's ENGINE=..., COMMENT=...). */
    protected String tableOptions(Table table) {
        return "";
    }

    public String dropTable(String schema, String name, boolean ifExists) {
        return "DROP TABLE " + (ifExists ? "IF EXISTS " : "") + table(schema, name);
    }

    public String renameTable(String schema, String oldName, String newName) {
        return "ALTER TABLE " + table(schema, oldName) + " RENAME TO " + q(newName);
    }

    // ---- columns -------------------------------------------------------------------------------

    /** One column of CREATE TABLE / ADD COLUMN: {@code name TYPE [DEFAULT x] [GENERATED ...] [NOT NULL] [CHECK (...)]}. */
    public String columnSpec(Table table, Column c) {
        boolean autoincrement = table.autoincrementColumn().filter(a -> a == c).isPresent();
        StringBuilder sb = new StringBuilder(q(c.name())).append(' ').append(columnType(table, c, autoincrement));
        if (c.serverDefault() != null) {
            sb.append(" DEFAULT ").append(columnDefault(c.serverDefault()));
        }
        if (c.computed() != null) {
            sb.append(' ').append(computed(c.computed()));
        }
        Optional<String> identity = c.identity() == null ? Optional.empty() : identity(c.identity());
        identity.ifPresent(s -> sb.append(' ').append(s));
        if (!table.isNullable(c) && identity.isEmpty()) {
            sb.append(" NOT NULL");
        }
        sb.append(columnSuffix(table, c));
        for (CheckConstraint ck : c.checks()) {
            sb.append(' ').append(constraint(table.schema(), ck));
        }
        return sb.toString();
    }

    /** The column's type; PostgreSQL writes SERIAL here for the autoincrement column. */
    protected String columnType(Table table, Column c, boolean autoincrement) {
        return types().render(c.type());
    }

    /** Anything after NOT NULL (SQLite's PRIMARY KEY AUTOINCREMENT). */
    protected String columnSuffix(Table table, Column c) {
        return "";
    }

    /** {@code GENERATED ALWAYS AS (expr)} plus {@code STORED}/{@code VIRTUAL} when persisted is given. */
    protected String computed(Computed computed) {
        String s = "GENERATED ALWAYS AS (" + computed.expression() + ")";
        if (computed.persisted() == null) {
            return s;
        }
        return s + (computed.persisted() ? " STORED" : " VIRTUAL");
    }

    /** An identity clause, which implies NOT NULL; empty where the dialect has none (SQLite). */
    protected Optional<String> identity(Identity identity) {
        return Optional.of("GENERATED " + (identity.always() ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY"
                + identityOptions(identity.increment(), identity.start()));
    }

    private static String identityOptions(Long increment, Long start) {
        List<String> opts = new ArrayList<>();
        if (increment != null) opts.add("INCREMENT BY " + increment);
        if (start != null) opts.add("START WITH " + start);
        return opts.isEmpty() ? "" : " (" + String.join(" ", opts) + ")";
    }

    /**
     * A server default in a column spec. MySQL, MariaDB and SQLite need parentheses around
     * expression defaults: {@code DEFAULT (now())}, {@code DEFAULT (lower('ABC'))}, but not around
     * quoted literals or single words such as {@code CURRENT_TIMESTAMP}.
     */
    protected String columnDefault(SqlExpression e) {
        String s = sql().serverDefault(e);
        if (parenthesizeExpressionDefaults() && !(e instanceof Literal) && !STARTS_QUOTED.matcher(s).matches()
                && HAS_NON_WORD.matcher(s).matches() && !isExemptFromParentheses(s)) {
            return "(" + s + ")";
        }
        return s;
    }

    protected boolean parenthesizeExpressionDefaults() {
        return false;
    }

    protected boolean isExemptFromParentheses(String defaultSql) {
        return false;
    }

    /**
     * Everything {@code op.add_column} emits: the ADD COLUMN, then the column's foreign keys,
     * UNIQUE and type CHECKs as ALTER TABLE ADD, its indexes, and its comment statement.
     *
     * @param table a table holding only the new column (schema and name of the real table),
     *              with index names already given by the naming convention
     */
    public List<String> addColumn(Table table, boolean ifNotExists, boolean inlineReferences, boolean inlinePrimaryKey) {
        Column c = table.columns().get(0);
        StringBuilder sb = new StringBuilder("ALTER TABLE ").append(table(table.schema(), table.name()))
                .append(" ADD COLUMN ").append(ifNotExists ? "IF NOT EXISTS " : "").append(columnSpec(table, c));
        if (inlinePrimaryKey && c.isPrimaryKey()) {
            sb.append(" PRIMARY KEY");
        }
        List<Constraint> extra = new ArrayList<>(table.constraints(!caps().nativeBoolean(), caps().nativeEnum()));
        if (inlineReferences) {
            for (Constraint k : List.copyOf(extra)) {
                if (k instanceof ForeignKeyConstraint fk) {
                    sb.append(' ').append(references(table.schema(), fk));
                    extra.remove(k);
                }
            }
        }
        List<String> out = new ArrayList<>();
        out.add(sb.toString());
        for (Constraint k : extra) {
            out.add(addConstraint(table.schema(), table.name(), k));
        }
        for (Index i : table.indexes()) {
            out.add(createIndex(table.schema(), table.name(), i, false));
        }
        if (c.comment() != null && caps().comments() == CommentStyle.STATEMENTS) {
            out.add(columnComment(table.schema(), table.name(), c.name(), c.comment()));
        }
        return out;
    }

    public String dropColumn(String schema, String tableName, String column, boolean ifExists) {
        return "ALTER TABLE " + table(schema, tableName) + " DROP COLUMN " + (ifExists ? "IF EXISTS " : "") + q(column);
    }

    /**
     * Alembic's generic alter_column: one statement per change, in the order NOT NULL, DEFAULT,
     * TYPE, comment, RENAME. Dialects override.
     */
    public List<String> alterColumn(ColumnAlteration a) {
        String prefix = "ALTER TABLE " + table(a.schema(), a.table()) + " ";
        String col = "ALTER COLUMN " + q(a.column()) + " ";
        List<String> out = new ArrayList<>();
        if (a.nullable() != null) {
            out.add(prefix + col + (a.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        if (a.serverDefault().changed()) {
            out.add(prefix + col + setDefault(a.serverDefault().value()));
        }
        if (a.type() != null) {
            out.add(prefix + col + "TYPE " + types().render(a.type()));
        }
        if (a.comment().changed()) {
            out.add(columnComment(a.schema(), a.table(), a.column(), a.comment().value()));
        }
        if (a.newName() != null) {
            out.add(prefix + "RENAME " + q(a.column()) + " TO " + q(a.newName()));
        }
        return out;
    }

    protected String setDefault(SqlExpression value) {
        return value == null ? "DROP DEFAULT" : "SET DEFAULT " + sql().serverDefault(value);
    }

    /**
     * After batch mode copied rows with their keys into a new table, the statement that moves the
     * new table's key generator past them (none where the database does it by itself).
     */
    public Optional<String> resetAutoincrement(String schema, String tableName, String column) {
        return Optional.empty();
    }

    // ---- indexes -------------------------------------------------------------------------------

    public String createIndex(String schema, String tableName, Index index, boolean ifNotExists) {
        requireName(index, tableName);
        return "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX " + (ifNotExists ? "IF NOT EXISTS " : "")
                + q(index.name()) + " ON " + table(schema, tableName) + " (" + indexElements(index) + ")";
    }

    protected static void requireName(Index index, String tableName) {
        if (index.name() == null) {
            throw new AlembicException("An index on table '" + tableName + "' has no name and the naming convention gives none");
        }
    }

    protected String indexElements(Index index) {
        return index.elements().stream().map(this::indexElement).collect(Collectors.joining(", "));
    }

    protected String indexElement(SqlExpression e) {
        return e instanceof ColumnRef c ? q(c.name()) : sql().expression(e);
    }

    /** {@code DROP INDEX [IF EXISTS] [schema.]name}. */
    public String dropIndex(String schema, String tableName, String name, boolean ifExists, Map<String, Object> options) {
        return "DROP INDEX " + (ifExists ? "IF EXISTS " : "") + table(schema, name);
    }

    // ---- constraints ---------------------------------------------------------------------------

    /** A constraint as written inside CREATE TABLE or after ALTER TABLE ... ADD. */
    public String constraint(String tableSchema, Constraint k) {
        String prefix = k.name() == null ? "" : "CONSTRAINT " + q(k.name()) + " ";
        String cols = k.columns().stream().map(this::q).collect(Collectors.joining(", "));
        if (k instanceof PrimaryKeyConstraint) {
            return prefix + "PRIMARY KEY (" + cols + ")";
        }
        if (k instanceof UniqueConstraint u) {
            return prefix + "UNIQUE (" + cols + ")" + deferrable(u.deferrable(), u.initially());
        }
        if (k instanceof CheckConstraint ck) {
            return prefix + "CHECK (" + sql().expression(ck.condition()) + ")";
        }
        if (k instanceof ForeignKeyConstraint fk) {
            return prefix + "FOREIGN KEY(" + cols + ") " + references(tableSchema, fk);
        }
        if (k instanceof ExcludeConstraint ex) {
            return prefix + exclude(ex);
        }
        throw new IllegalStateException("Unknown constraint " + k);
    }

    /** {@code REFERENCES t (cols) [ON DELETE x] [ON UPDATE y] [MATCH m] [DEFERRABLE] [INITIALLY z]}. */
    protected String references(String tableSchema, ForeignKeyConstraint fk) {
        StringBuilder sb = new StringBuilder("REFERENCES ").append(referredTable(tableSchema, fk)).append(" (")
                .append(fk.referredColumns().stream().map(this::q).collect(Collectors.joining(", "))).append(")");
        if (fk.onDelete() != null) sb.append(" ON DELETE ").append(fk.onDelete());
        if (fk.onUpdate() != null) sb.append(" ON UPDATE ").append(fk.onUpdate());
        if (fk.match() != null) sb.append(" MATCH ").append(fk.match());
        sb.append(deferrable(fk.deferrable(), fk.initially()));
        return sb.toString();
    }

    protected String referredTable(String tableSchema, ForeignKeyConstraint fk) {
        return table(fk.referredSchema(), fk.referredTable());
    }

    protected static String deferrable(Boolean deferrable, String initially) {
        String s = deferrable == null ? "" : deferrable ? " DEFERRABLE" : " NOT DEFERRABLE";
        return initially == null ? s : s + " INITIALLY " + initially;
    }

    protected String exclude(ExcludeConstraint ex) {
        throw new AlembicException("EXCLUDE constraints are PostgreSQL only; dialect " + dialect.name() + " cannot create "
                + ex.name());
    }

    public String addConstraint(String schema, String tableName, Constraint k) {
        requireConstraintAlter();
        return "ALTER TABLE " + table(schema, tableName) + " ADD " + constraint(schema, k);
    }

    public String dropConstraint(String schema, String tableName, String name, ConstraintType type, boolean ifExists) {
        requireConstraintAlter();
        return "ALTER TABLE " + table(schema, tableName) + " DROP CONSTRAINT " + (ifExists ? "IF EXISTS " : "") + q(name);
    }

    protected void requireConstraintAlter() {
        if (!caps().alterConstraints()) {
            throw new AlembicException(String.format(NO_CONSTRAINT_ALTER, displayName()));
        }
    }

    /** The dialect's name as Alembic prints it in messages ("SQLite"). */
    protected String displayName() {
        return dialect.name();
    }

    // ---- comments ------------------------------------------------------------------------------

    /** {@code COMMENT ON TABLE t IS '...'}, or {@code IS NULL} to remove it. */
    public String tableComment(String schema, String tableName, String comment) {
        requireComments("table");
        return "COMMENT ON TABLE " + table(schema, tableName) + " IS " + (comment == null ? "NULL" : literal(comment));
    }

    public String columnComment(String schema, String tableName, String column, String comment) {
        requireComments("column");
        return "COMMENT ON COLUMN " + table(schema, tableName) + "." + q(column) + " IS "
                + (comment == null ? "NULL" : literal(comment));
    }

    protected void requireComments(String what) {
        if (caps().comments() == CommentStyle.NONE) {
            throw new AlembicException("Dialect " + dialect.name() + " has no " + what + " comments; the comment "
                    + "cannot be set (it is ignored in create_table and add_column)");
        }
    }

    // ---- sequences and types -------------------------------------------------------------------

    public String createSequence(Sequence s) {
        requireSequences(s);
        StringBuilder sb = new StringBuilder("CREATE SEQUENCE ").append(table(s.schema(), s.name()));
        if (s.increment() != null) sb.append(" INCREMENT BY ").append(s.increment());
        if (s.start() != null) sb.append(" START WITH ").append(s.start());
        if (s.minValue() != null) sb.append(" MINVALUE ").append(s.minValue());
        if (s.maxValue() != null) sb.append(" MAXVALUE ").append(s.maxValue());
        if (s.cache() != null) sb.append(" CACHE ").append(s.cache());
        if (s.cycles()) sb.append(" CYCLE");
        return sb.toString();
    }

    public String dropSequence(Sequence s) {
        requireSequences(s);
        return "DROP SEQUENCE " + table(s.schema(), s.name());
    }

    private void requireSequences(Sequence s) {
        if (!caps().sequences()) {
            throw new AlembicException("Dialect " + dialect.name() + " has no sequences; cannot create or drop sequence '"
                    + s.name() + "'");
        }
    }

    /** {@code CREATE TYPE name AS ENUM (...)} where enums are named types; nothing elsewhere. */
    public List<String> createEnumType(EnumType e) {
        return List.of();
    }

    public List<String> dropEnumType(EnumType e) {
        return List.of();
    }

    /** True for function-call defaults such as {@code now()}: MySQL treats those specially in alter_column. */
    protected static boolean isFunctionDefault(SqlExpression e) {
        return e instanceof FunctionCall || e instanceof TextClause;
    }
}
