package org.alembic4j.op;

/** How Alembic writes a statement in {@code --sql} output. */
public final class OfflineSql {
    private OfflineSql() {
    }

    /**
     * The statement as Alembic prints it offline: surrounding whitespace stripped, tabs turned into
     * four spaces, inner newlines kept, then {@code ;} and a blank line.
     */
    public static String format(String statement) {
        return statement.replace("\t", "    ").strip() + ";\n\n";
    }
}
