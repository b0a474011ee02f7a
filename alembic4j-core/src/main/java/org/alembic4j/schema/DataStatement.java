package org.alembic4j.schema;

/**
 * An INSERT, UPDATE or DELETE built from a {@link Table} and expressions, for {@code op.execute}.
 * Values are rendered as literals, so the statement prints the same online and offline.
 */
public sealed interface DataStatement permits Insert, Update, Delete {
    Table table();

    String toJava();
}
