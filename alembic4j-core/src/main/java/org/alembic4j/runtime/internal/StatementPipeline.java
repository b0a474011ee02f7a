package org.alembic4j.runtime.internal;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Holds back DDL statements of a one-transaction run and sends them as one JDBC batch, which the
 * PostgreSQL driver pipelines: the server works through statement after statement while the
 * client is already rendering the next ones, instead of one network round trip each. On a
 * database across a network (0.5-2 ms per round trip) that is most of a long migration's time;
 * on the same machine it is the driver's per-statement client time.
 *
 * <p>Only statements that cannot return rows are held (they start with {@code CREATE},
 * {@code ALTER}, {@code DROP}, {@code COMMENT}, {@code GRANT}, {@code REVOKE} and contain no
 * {@code ;} that could start another statement); anything else sends what is held first and runs
 * on its own. Whoever reads or commits through the connection must call {@link #flush} first (the
 * session does, before handing the connection out, committing, or leaving the transaction; and
 * once a step has been handed the connection, the session holds nothing more until the next
 * step, since the script may keep the connection and use it after later statements).
 *
 * <p><b>Failures stay exact.</b> A batch runs inside a savepoint. The driver does not say which
 * statement of a failed batch failed, so the batch is rolled back to the savepoint and its
 * statements sent again one at a time: the first that fails is reported, with its own database
 * message and the step that sent it, exactly as if nothing had been held back. (The run is
 * rolled back as a whole afterwards; nothing of it is committed.)
 */
final class StatementPipeline {

    /** Statements per batch: enough to hide round trips, small enough to replay cheaply. */
    static final int MAX_HELD = 200;
    private static final Set<String> NO_ROWS = Set.of("CREATE", "ALTER", "DROP", "COMMENT", "GRANT", "REVOKE");
    private static final String SAVEPOINT = "alembic4j_pipeline";

    private record Held(String sql, int step) { }

    private final Connection connection;
    private final List<Held> held = new ArrayList<>();

    StatementPipeline(Connection connection) {
        this.connection = connection;
    }

    /** Whether {@code sql} can be held back: a statement that returns no rows, alone in its string. */
    static boolean canHold(String sql) {
        String s = sql.strip();
        int semicolon = s.indexOf(';');
        if (semicolon >= 0 && semicolon != s.length() - 1) {
            return false;
        }
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return end > 0 && NO_ROWS.contains(s.substring(0, end).toUpperCase(Locale.ROOT));
    }

    /** Holds {@code sql}, sent by step {@code step}; sends the batch when it is full. */
    void hold(String sql, int step) {
        held.add(new Held(sql, step));
        if (held.size() >= MAX_HELD) {
            flush();
        }
    }

    /** Sends what is held; a failure is reported for its own statement and step. */
    void flush() {
        if (held.isEmpty()) {
            return;
        }
        List<Held> batch = new ArrayList<>(held);
        held.clear();
        try (Statement st = connection.createStatement()) {
            st.addBatch("SAVEPOINT " + SAVEPOINT);
            for (Held h : batch) {
                st.addBatch(h.sql());
            }
            st.addBatch("RELEASE SAVEPOINT " + SAVEPOINT);
            st.executeBatch();
        } catch (BatchUpdateException failed) {
            throw replay(batch, failed);
        } catch (SQLException e) {
            throw new StatementFailedException(batch.get(0).sql(), e, batch.get(0).step());
        }
    }

    /** Drops what is held (the run is being rolled back). */
    void discard() {
        held.clear();
    }

    private StatementFailedException replay(List<Held> batch, BatchUpdateException failed) {
        try (Statement st = connection.createStatement()) {
            st.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
            for (Held h : batch) {
                try {
                    st.execute(h.sql());
                } catch (SQLException e) {
                    return new StatementFailedException(h.sql(), e, h.step());
                }
            }
        } catch (SQLException e) {
            // The savepoint itself is gone: report what the batch said.
        }
        // Nothing failed the second time (a lock or serialization failure that went away): the
        // batch's own error, on its first statement's step, still fails the run.
        SQLException cause = failed.getNextException() != null ? failed.getNextException() : failed;
        return new StatementFailedException(batch.get(0).sql(), cause, batch.get(0).step());
    }
}
