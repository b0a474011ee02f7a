package org.alembic4j.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A column definition, SQLAlchemy's {@code Column}: immutable, built fluently with
 * {@link org.alembic4j.op.Ops#column}:
 * <pre>{@code column("id", INTEGER).primaryKey()
 * column("name", string(50)).notNull().serverDefault("anonymous")
 * column("author_id", INTEGER).references(foreignKey("author.id").onDelete("CASCADE"))}</pre>
 */
public final class Column implements TableElement {

    private final String name;
    private final SqlType type;
    private final Boolean nullable;
    private final boolean primaryKey;
    private final Boolean autoincrement;
    private final SqlExpression serverDefault;
    private final boolean unique;
    private final boolean index;
    private final String comment;
    private final List<ForeignKey> foreignKeys;
    private final List<CheckConstraint> checks;
    private final Computed computed;
    private final Identity identity;
    private final Sequence sequence;

    private Column(Editor e) {
        this.name = Objects.requireNonNull(e.name, "column name");
        this.type = Objects.requireNonNull(e.type, "type of column " + e.name);
        this.nullable = e.nullable;
        this.primaryKey = e.primaryKey;
        this.autoincrement = e.autoincrement;
        this.serverDefault = e.serverDefault;
        this.unique = e.unique;
        this.index = e.index;
        this.comment = e.comment;
        this.foreignKeys = List.copyOf(e.foreignKeys);
        this.checks = List.copyOf(e.checks);
        this.computed = e.computed;
        this.identity = e.identity;
        this.sequence = e.sequence;
    }

    /** A nullable column of this type; see the fluent methods for everything else. */
    public static Column of(String name, SqlType type) {
        Editor e = new Editor();
        e.name = name;
        e.type = type;
        return new Column(e);
    }

    // ---- reading ------------------------------------------------------------------------------

    public String name() { return name; }
    public SqlType type() { return type; }
    /** Nullable unless declared otherwise; a primary key column is NOT NULL by default, as in SQLAlchemy. */
    public boolean isNullable() { return nullable != null ? nullable : !primaryKey; }
    /** The nullability as declared, or null when left to the default. */
    public Boolean declaredNullable() { return nullable; }
    public boolean isPrimaryKey() { return primaryKey; }
    /** {@code null} = "auto" (an integer single-column primary key autoincrements), else as declared. */
    public Boolean autoincrement() { return autoincrement; }
    public SqlExpression serverDefault() { return serverDefault; }
    public boolean isUnique() { return unique; }
    public boolean isIndexed() { return index; }
    public String comment() { return comment; }
    public List<ForeignKey> foreignKeys() { return foreignKeys; }
    public List<CheckConstraint> checks() { return checks; }
    public Computed computed() { return computed; }
    public Identity identity() { return identity; }
    public Sequence sequence() { return sequence; }

    // ---- fluent construction -------------------------------------------------------------------
    // Each method edits a scratch copy (Editor) and freezes it. No lambdas: env.java builds its
    // target schema through these before the JIT has compiled anything, and linking a lambda call
    // site for each of them cost milliseconds of every autogenerate run.

    /** Part of the primary key (NOT NULL unless declared otherwise). */
    public Column primaryKey() { Editor e = new Editor(this); e.primaryKey = true; return new Column(e); }
    public Column notNull() { Editor e = new Editor(this); e.nullable = false; return new Column(e); }
    public Column nullable(boolean value) { Editor e = new Editor(this); e.nullable = value; return new Column(e); }
    /** Whether an integer primary key autoincrements (SERIAL, AUTO_INCREMENT); default "auto". */
    public Column autoincrement(boolean value) {
        Editor e = new Editor(this);
        e.autoincrement = value;
        return new Column(e);
    }
    /** A literal default: always written as a quoted string, even on numeric columns ({@code DEFAULT '0'}). */
    public Column serverDefault(String literal) {
        Editor e = new Editor(this);
        e.serverDefault = literal == null ? null : new Literal(literal, null);
        return new Column(e);
    }
    /** An SQL default: {@code text("now()")}, {@code now()}, {@code func("lower", "ABC")}, {@code TRUE_}. */
    public Column serverDefault(SqlExpression expression) {
        Editor e = new Editor(this);
        e.serverDefault = expression;
        return new Column(e);
    }
    /** An unnamed UNIQUE constraint (a unique index when combined with {@link #index()}). */
    public Column unique() { Editor e = new Editor(this); e.unique = true; return new Column(e); }
    /** An index named by the naming convention, {@code ix_<table>_<column>} by default. */
    public Column index() { Editor e = new Editor(this); e.index = true; return new Column(e); }
    public Column comment(String text) { Editor e = new Editor(this); e.comment = text; return new Column(e); }
    /** A foreign key to {@code "table.column"} or {@code "schema.table.column"}. */
    public Column references(String target) { return references(new ForeignKey(target, null, null, null, null, null, null)); }
    public Column references(ForeignKey foreignKey) {
        Editor e = new Editor(this);
        e.foreignKeys.add(foreignKey);
        return new Column(e);
    }
    /** An inline column CHECK: {@code qty INTEGER NOT NULL CHECK (qty >= 0)}. */
    public Column check(String condition) { return check(new CheckConstraint(null, new TextClause(condition))); }
    public Column check(CheckConstraint constraint) {
        Editor e = new Editor(this);
        e.checks.add(constraint);
        return new Column(e);
    }
    /** A generated column {@code GENERATED ALWAYS AS (expression)}. */
    public Column computed(String expression) {
        Editor e = new Editor(this);
        e.computed = new Computed(expression, null);
        return new Column(e);
    }
    /** A generated column, {@code STORED} when persisted. */
    public Column computed(String expression, boolean persisted) {
        Editor e = new Editor(this);
        e.computed = new Computed(expression, persisted);
        return new Column(e);
    }
    public Column identity(Identity value) { Editor e = new Editor(this); e.identity = value; return new Column(e); }
    /** Values come from this sequence (no SERIAL on PostgreSQL); creating the sequence is a separate operation. */
    public Column sequence(Sequence value) { Editor e = new Editor(this); e.sequence = value; return new Column(e); }
    public Column type(SqlType value) { Editor e = new Editor(this); e.type = value; return new Column(e); }
    public Column name(String value) { Editor e = new Editor(this); e.name = value; return new Column(e); }
    /** The same column with no index/unique flags, foreign keys or checks: what a table copy needs. */
    public Column withoutTableLevelExtras() {
        Editor e = new Editor(this);
        e.unique = false;
        e.index = false;
        e.foreignKeys.clear();
        return new Column(e);
    }

    /** The same column without its foreign keys (moved into explicit constraints). */
    public Column withoutForeignKeys() { Editor e = new Editor(this); e.foreignKeys.clear(); return new Column(e); }

    /** The same column without its {@code index()} and {@code unique()} flags (moved into an explicit index). */
    public Column withoutIndex() {
        Editor e = new Editor(this);
        e.index = false;
        e.unique = false;
        return new Column(e);
    }

    /** The same column, no longer part of the primary key (and still NOT NULL unless declared otherwise). */
    public Column withoutPrimaryKey() {
        Editor e = new Editor(this);
        if (e.primaryKey && e.nullable == null) {
            e.nullable = false;
        }
        e.primaryKey = false;
        return new Column(e);
    }

    @Override
    public String toJava() {
        StringBuilder sb = new StringBuilder("column(").append(JavaSource.string(name)).append(", ")
                .append(type.toJava()).append(")");
        if (primaryKey) sb.append(".primaryKey()");
        if (nullable != null) sb.append(nullable ? ".nullable(true)" : ".notNull()");
        if (autoincrement != null) sb.append(".autoincrement(").append(autoincrement).append(")");
        if (serverDefault != null) {
            sb.append(".serverDefault(").append(serverDefault instanceof Literal l && l.value() instanceof String s
                    && l.type() == null ? JavaSource.string(s) : serverDefault.toJava()).append(")");
        }
        if (unique) sb.append(".unique()");
        if (index) sb.append(".index()");
        if (comment != null) sb.append(".comment(").append(JavaSource.string(comment)).append(")");
        for (ForeignKey fk : foreignKeys) sb.append(".references(").append(fk.toJava()).append(")");
        for (CheckConstraint ck : checks) sb.append(".check(").append(ck.toJava()).append(")");
        if (computed != null) {
            sb.append(".computed(").append(JavaSource.string(computed.expression()));
            if (computed.persisted() != null) sb.append(", ").append(computed.persisted());
            sb.append(")");
        }
        if (identity != null) sb.append(".identity(").append(identity.toJava()).append(")");
        if (sequence != null) sb.append(".sequence(").append(sequence.toJava()).append(")");
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Column(" + name + " " + type + ")";
    }

    /** Mutable scratch copy used only while deriving a new immutable column. */
    private static final class Editor {
        String name;
        SqlType type;
        Boolean nullable;
        boolean primaryKey;
        Boolean autoincrement;
        SqlExpression serverDefault;
        boolean unique;
        boolean index;
        String comment;
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        Computed computed;
        Identity identity;
        Sequence sequence;

        Editor() {
        }

        Editor(Column c) {
            name = c.name;
            type = c.type;
            nullable = c.nullable;
            primaryKey = c.primaryKey;
            autoincrement = c.autoincrement;
            serverDefault = c.serverDefault;
            unique = c.unique;
            index = c.index;
            comment = c.comment;
            foreignKeys = new ArrayList<>(c.foreignKeys);
            checks = new ArrayList<>(c.checks);
            computed = c.computed;
            identity = c.identity;
            sequence = c.sequence;
        }
    }
}
