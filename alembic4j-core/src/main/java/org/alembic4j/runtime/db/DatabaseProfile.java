package org.alembic4j.runtime.db;

import java.util.Map;
import org.alembic4j.AlembicException;
import org.alembic4j.dialect.Dialect;

/**
 * What the runtime needs to know about the database it runs on: the dialect, Alembic's name
 * for its implementation (logged as {@code Context impl PostgresqlImpl.}), whether offline
 * scripts carry {@code BEGIN;}/{@code COMMIT;}, and how concurrent runs are kept apart.
 *
 * @param dialect                the dialect (quoting, literals, transactional DDL)
 * @param implName               Alembic's {@code DefaultImpl} subclass name for this database
 * @param lockKind               the run lock used online
 */
public record DatabaseProfile(Dialect dialect, String implName, LockKind lockKind) {

    /** How a run keeps other processes out. */
    public enum LockKind {
        /** {@code pg_advisory_lock}, session level. */
        POSTGRES_ADVISORY,
        /** {@code GET_LOCK(name, timeout)}. */
        MYSQL_NAMED,
        /** An OS lock ({@code FileChannel.lock}) on a file next to the database file. */
        FILE_NEXT_TO_DATABASE
    }

    private record Facts(String implName, LockKind lockKind) { }

    /**
     * What only the runtime needs per database: Alembic's implementation name for the log line,
     * and which run lock keeps other processes out (the lock implementations live here, not in
     * the dialect packages). Everything about SQL and transactions comes from the dialect's
     * capabilities.
     */
    private static final Map<String, Facts> FACTS = Map.of(
            "postgresql", new Facts("PostgresqlImpl", LockKind.POSTGRES_ADVISORY),
            "mysql", new Facts("MySQLImpl", LockKind.MYSQL_NAMED),
            "mariadb", new Facts("MariaDBImpl", LockKind.MYSQL_NAMED),
            "sqlite", new Facts("SQLiteImpl", LockKind.FILE_NEXT_TO_DATABASE),
            "h2", new Facts("H2Impl", LockKind.FILE_NEXT_TO_DATABASE));

    /** The profile of the named dialect, with the dialect itself taken from {@code resolver}. */
    public static DatabaseProfile of(String dialectName, DialectResolver resolver) {
        Facts facts = FACTS.get(dialectName);
        if (facts == null) {
            throw new AlembicException("Unsupported database dialect '" + dialectName
                    + "'; supported: postgresql, mysql, mariadb, sqlite, h2");
        }
        return new DatabaseProfile(resolver.dialect(dialectName), facts.implName(), facts.lockKind());
    }

    /** The dialect's name. */
    public String name() {
        return dialect.name();
    }

    /** Offline ({@code --sql}) output wraps work in BEGIN/COMMIT: a capability of the dialect, not of the runtime. */
    public boolean offlineTransactions() {
        return dialect.capabilities().offlineTransactionStatements();
    }

    /** DDL runs inside transactions, so a whole run can be one transaction. */
    public boolean transactionalDdl() {
        return dialect.capabilities().transactionalDdl();
    }
}
