package org.alembic4j.op;

/** When batch mode re-creates the table: Alembic's {@code recreate="auto"|"always"|"never"}. */
public enum Recreate {
    /** Only where the dialect cannot ALTER (SQLite), and only for changes other than add_column and index changes. */
    AUTO,
    /** Always move and copy, on every dialect. */
    ALWAYS,
    /** Never: every change is a plain ALTER. */
    NEVER
}
