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
 * @param offlineTransactions    offline ({@code --sql}) output wraps work in BEGIN/COMMIT
 * @param lockKind               the run lock used online
 */
public record DatabaseProfile(Dialect dialect, String implName, boolean offlineTransactions, LockKind lockKind) {

    /** How a run keeps other processes out. */
    public enum LockKind {
        /** {@code pg_advisory_lock}, session level. */
        POSTGRES_ADVISORY,
        /** {@code GET_LOCK(name, timeout)}. */
        MYSQL_NAMED,
        /** An OS lock ({@code FileChannel.lock}) on a file next to the database file. */
        FILE_NEXT_TO_DATABASE
    }

    private record Facts(String implName, boolean offlineTransactions, LockKind lockKind) { }

    /**
     * Per-database facts keyed by dialect name. Offline BEGIN/COMMIT follows Alembic's output
     * (PostgreSQL only), independently of whether the database runs DDL in transactions online.
     */
    private static final Map<String, Facts> FACTS = Map.of(
            "postgresql", new Facts("PostgresqlImpl", true, LockKind.POSTGRES_ADVISORY),
            "mysql", new Facts("MySQLImpl", false, LockKind.MYSQL_NAMED),
            "mariadb", new Facts("MariaDBImpl", false, LockKind.MYSQL_NAMED),
            "sqlite", new Facts("SQLiteImpl", false, LockKind.FILE_NEXT_TO_DATABASE),
            "h2", new Facts("H2Impl", false, LockKind.FILE_NEXT_TO_DATABASE));

    /** The profile of the named dialect, with the dialect itself taken from {@code resolver}. */
    public static DatabaseProfile of(String dialectName, DialectResolver resolver) {
        Facts facts = FACTS.get(dialectName);
        if (facts == null) {
            throw new AlembicException("Unsupported database dialect '" + dialectName
                    + "'; supported: postgresql, mysql, mariadb, sqlite, h2");
        }
        return new DatabaseProfile(resolver.dialect(dialectName), facts.implName(), facts.offlineTransactions(),
                facts.lockKind());
    }

    /** The dialect's name. */
    public String name() {
        return dialect.name();
    }

    /** DDL runs inside transactions, so a whole run can be one transaction. */
    public boolean transactionalDdl() {
        return dialect.capabilities().transactionalDdl();
    }
}
