package org.alembic4j.env;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.alembic4j.autogenerate.IncludeName;
import org.alembic4j.autogenerate.IncludeObject;
import org.alembic4j.autogenerate.TargetSchema;

/**
 * What the environment hook sees and sets: Alembic's {@code context} inside {@code env.py}.
 *
 * <p>Reading methods describe the command being run; the {@code use*} and setter methods configure
 * it. Anything not set keeps Alembic's default.
 */
public interface EnvironmentContext {

    // ---- what the command is --------------------------------------------------------------

    /** A key of the main ini section ({@code [alembic]} or the {@code -n} name), interpolated; null if absent. */
    String mainOption(String key);

    /** Every key of another ini section, interpolated; empty if the section is absent. */
    Map<String, String> section(String name);

    /** True for {@code --sql}: no connection, SQL is written to the output. */
    boolean isOfflineMode();

    /** The {@code -x} arguments as given, in order. */
    List<String> xArguments();

    /** The {@code -x} arguments split on the first {@code =}; a bare key maps to "". */
    Map<String, String> xArgumentsAsMap();

    /** The {@code --tag} value, if any. */
    Optional<String> tag();

    // ---- how to run ------------------------------------------------------------------------

    /** Connect with this URL: JDBC ({@code jdbc:postgresql://...}) or SQLAlchemy form ({@code postgresql://...}). */
    void useUrl(String url);

    /** Connect through this data source; the runtime opens and closes one connection from it. */
    void useDataSource(DataSource dataSource);

    /**
     * Run on a connection the caller owns: the runtime neither closes it nor, if it is already
     * in a transaction, begins or commits one of its own.
     */
    void useConnection(Connection connection);

    /** The version table's name (default {@code alembic_version}). */
    void versionTable(String name);

    /** The version table's schema (default: the connection's default schema). */
    void versionTableSchema(String schema);

    /** One transaction per migration step instead of one for the whole command. */
    void transactionPerMigration(boolean enabled);

    /** How long to wait for another process's run lock before giving up (default 60 seconds). */
    void lockTimeout(Duration timeout);

    // ---- autogenerate and check -------------------------------------------------------------

    /**
     * What {@code revision --autogenerate} and {@code check} compare the database with (Alembic's
     * {@code target_metadata}): {@code TargetSchema.of(table(...), ...)}, a reference database, or
     * JPA entities with {@code alembic4j-jpa}.
     */
    void targetSchema(TargetSchema target);

    /** Alembic's {@code include_name}: which reflected schemas, tables, columns, indexes and constraints take part. */
    void includeName(IncludeName filter);

    /** Alembic's {@code include_object}: which objects of either side take part. */
    void includeObject(IncludeObject filter);

    /** Compare column types (default on). */
    void compareType(boolean enabled);

    /** Compare server defaults (default off). */
    void compareServerDefault(boolean enabled);

    /** Look at every schema of the database, not only the default one and those the target names. */
    void includeSchemas(boolean enabled);

    /** Render per-table changes in {@code op.batchAlterTable} blocks (default: only where the dialect needs it, SQLite). */
    void renderAsBatch(boolean enabled);
}
