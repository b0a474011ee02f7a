package org.alembic4j.autogenerate.reflect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.alembic4j.internal.logging.Loggers;
import org.slf4j.Logger;

/**
 * Runs the catalog queries of one reflection on a connection and counts them: the count stays
 * the same whatever the number of tables, which tests and benchmarks check.
 */
public final class CatalogQueries {

    private static final Logger LOG = Loggers.named("alembic.autogenerate.reflect");

    /** Reads one row of a catalog query. */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private int count;

    public CatalogQueries(Connection connection) {
        this.connection = connection;
    }

    public Connection connection() {
        return connection;
    }

    /** How many queries ran so far. */
    public int count() {
        return count;
    }

    /** Runs one query; parameters that are lists of strings are bound as SQL arrays of {@code text}. */
    public void query(String sql, List<?> parameters, RowReader reader) throws SQLException {
        count++;
        LOG.debug("Catalog query {}: {}", count, sql);
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object p = parameters.get(i);
                if (p instanceof List<?> list) {
                    Array array = connection.createArrayOf("text", list.toArray());
                    st.setArray(i + 1, array);
                } else {
                    st.setObject(i + 1, p);
                }
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    /** The first column of the first row of a query, or null. */
    public String single(String sql) throws SQLException {
        FirstValue first = new FirstValue();
        query(sql, List.of(), first);
        return first.value;
    }

    /**
     * The first non-null value of the first column. A named class, not a lambda: PostgreSQL's
     * catalog reader uses it, and the build's class-data training reaches no server, so a lambda
     * would be generated afresh by every command (see PostgresqlCatalog's row readers).
     */
    private static final class FirstValue implements RowReader {
        String value;

        @Override
        public void read(ResultSet row) throws SQLException {
            if (value == null) {
                value = row.getString(1);
            }
        }
    }

    /** {@code ?, ?, ?} for an IN list of n values. */
    public static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(Math.max(n, 1), "?"));
    }
}
