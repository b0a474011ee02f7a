package org.alembic4j.op;

import java.sql.Connection;
import java.util.Optional;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.schema.NamingConvention;

/** What the running migration provides to execute operations; the runtime implements it. */
public interface OperationContext {

    Dialect dialect();

    /** True in {@code --sql} mode: statements are written, not run, and there is no connection. */
    boolean isOffline();

    /**
     * Runs one statement online, or writes it offline. The text has no terminating {@code ;};
     * offline writers format it with {@link OfflineSql#format(String)}.
     */
    void execute(String sql);

    /** The live connection (online only); batch mode reflects tables through it, bulk inserts bind through it. */
    Optional<Connection> connection();

    /** The naming convention for unnamed constraints and indexes (the target metadata's, else SQLAlchemy's default). */
    default NamingConvention namingConvention() {
        return NamingConvention.DEFAULT;
    }
}
