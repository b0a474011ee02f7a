package org.alembic4j.runtime;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alembic4j.AlembicException;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.op.Operations;

/**
 * The running migration as a script sees it: Alembic's {@code op.get_context()}.
 *
 * <p>A Java revision reaches it with {@code MigrationContext.of(op)}, e.g. to run
 * {@code CREATE INDEX CONCURRENTLY} outside the transaction:
 * <pre>{@code
 * MigrationContext.of(op).autocommitBlock(() -> op.execute("CREATE INDEX CONCURRENTLY ix ON t (c)"));
 * }</pre>
 * One context belongs to one run; nothing here is global, so runs in one JVM don't interfere.
 */
public interface MigrationContext {

    /** True for {@code --sql}: statements are written out, nothing touches a database. */
    boolean isOfflineMode();

    /** The dialect in use (its name is {@code postgresql}, {@code mysql}, {@code mariadb}, {@code sqlite} or {@code h2}). */
    Dialect dialect();

    /** The JDBC connection the run uses (Alembic's {@code get_bind()}); empty offline. */
    Optional<Connection> connection();

    /** The {@code -x} arguments as given, in order. */
    List<String> xArguments();

    /** The {@code -x} arguments split on the first {@code =}; a bare key maps to "". */
    Map<String, String> xArgumentsAsMap();

    /** The {@code --tag} value, if any. */
    Optional<String> tag();

    /** Runs one SQL statement as written online, or writes it out offline ({@code ;} and a blank line). */
    void execute(String sql);

    /** Writes text to the offline output as is, followed by a blank line; ignored online. */
    void staticOutput(String text);

    /**
     * Runs {@code block} outside any transaction: commits the work so far, switches the
     * connection to autocommit, runs the block, then begins a new transaction. Offline it
     * writes {@code COMMIT;} before and {@code BEGIN;} after, where the output has transactions.
     */
    void autocommitBlock(Block block);

    /** Work run by {@link #autocommitBlock}. */
    @FunctionalInterface
    interface Block {
        void run() throws Exception;
    }

    /** The context behind a script's {@code op}. */
    static MigrationContext of(Operations op) {
        if (op.context() instanceof MigrationContext context) {
            return context;
        }
        throw new AlembicException("This Operations object (" + op.getClass().getName()
                + ") is not bound to a running migration");
    }
}
