package org.alembic4j.runtime;

import java.sql.Connection;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.alembic4j.autogenerate.AutogenerateOptions;
import org.alembic4j.autogenerate.IncludeName;
import org.alembic4j.autogenerate.IncludeObject;
import org.alembic4j.autogenerate.TargetSchema;
import org.alembic4j.env.EnvironmentContext;
import org.alembic4j.runtime.db.EarlyConnection;
import org.alembic4j.runtime.db.VersionTable;

/**
 * The {@link EnvironmentContext} handed to the environment hook: it reads the command's
 * arguments and configuration and collects the hook's settings, which
 * {@link MigrationRunner#open} then uses. Without a hook (or if the hook sets no connection) the
 * main option {@code sqlalchemy.url} is used.
 *
 * <p>One object per command; not shared between threads.
 */
public final class RuntimeEnvironmentContext implements EnvironmentContext {

    /** How long a run waits for another process's lock unless told otherwise. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

    /** Where the connection comes from. */
    sealed interface ConnectionChoice {
        record Url(String url) implements ConnectionChoice { }

        record FromDataSource(DataSource dataSource) implements ConnectionChoice { }

        record Borrowed(Connection connection) implements ConnectionChoice { }
    }

    private final ConfigSource config;
    private final Invocation invocation;
    private ConnectionChoice connectionChoice;
    private boolean connectEarly;
    private EarlyConnection early;
    private String versionTable = VersionTable.DEFAULT_NAME;
    private String versionTableSchema;
    private Boolean transactionPerMigration;
    private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
    private TargetSchema target;
    private AutogenerateOptions autogenerate = AutogenerateOptions.defaults();

    public RuntimeEnvironmentContext(ConfigSource config, Invocation invocation) {
        this.config = Objects.requireNonNull(config, "config");
        this.invocation = Objects.requireNonNull(invocation, "invocation");
    }

    @Override
    public String mainOption(String key) {
        return config.mainOption(key);
    }

    @Override
    public Map<String, String> section(String name) {
        return config.section(name);
    }

    @Override
    public boolean isOfflineMode() {
        return invocation.offline();
    }

    @Override
    public List<String> xArguments() {
        return invocation.xArguments();
    }

    @Override
    public Map<String, String> xArgumentsAsMap() {
        return xArgumentsAsMap(invocation.xArguments());
    }

    static Map<String, String> xArgumentsAsMap(List<String> args) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                map.put(arg, "");
            } else {
                map.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public Optional<String> tag() {
        return Optional.ofNullable(invocation.tag());
    }

    @Override
    public void useUrl(String url) {
        connectionChoice = new ConnectionChoice.Url(Objects.requireNonNull(url, "url"));
        discardEarlyConnection();
        if (connectEarly && !invocation.offline()) {
            early = EarlyConnection.start(url).orElse(null);
        }
    }

    @Override
    public void useDataSource(DataSource dataSource) {
        connectionChoice = new ConnectionChoice.FromDataSource(Objects.requireNonNull(dataSource, "dataSource"));
        discardEarlyConnection();
    }

    @Override
    public void useConnection(Connection connection) {
        connectionChoice = new ConnectionChoice.Borrowed(Objects.requireNonNull(connection, "connection"));
        discardEarlyConnection();
    }

    /**
     * From now on, a server URL given to {@link #useUrl} starts connecting at once, in the
     * background ({@link EarlyConnection}); {@link MigrationRunner#open} takes that connection.
     * Whoever turns this on must call {@link #discardEarlyConnection()} if the context is not
     * opened after all (the hook failed, the command stopped before connecting).
     */
    public void connectEarly() {
        connectEarly = true;
    }

    /** Closes a connection started early that will not be used; nothing if there is none. */
    public void discardEarlyConnection() {
        if (early != null) {
            early.discard();
            early = null;
        }
    }

    @Override
    public void versionTable(String name) {
        this.versionTable = Objects.requireNonNull(name, "name");
    }

    @Override
    public void versionTableSchema(String schema) {
        this.versionTableSchema = schema;
    }

    @Override
    public void transactionPerMigration(boolean enabled) {
        this.transactionPerMigration = enabled;
    }

    @Override
    public void lockTimeout(Duration timeout) {
        this.lockTimeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public void targetSchema(TargetSchema value) {
        this.target = Objects.requireNonNull(value, "target");
    }

    @Override
    public void includeName(IncludeName filter) {
        autogenerate = autogenerate.withIncludeName(filter);
    }

    @Override
    public void includeObject(IncludeObject filter) {
        autogenerate = autogenerate.withIncludeObject(filter);
    }

    @Override
    public void compareType(boolean enabled) {
        autogenerate = autogenerate.withCompareType(enabled);
    }

    @Override
    public void compareServerDefault(boolean enabled) {
        autogenerate = autogenerate.withCompareServerDefault(enabled);
    }

    @Override
    public void includeSchemas(boolean enabled) {
        autogenerate = autogenerate.withIncludeSchemas(enabled);
    }

    @Override
    public void renderAsBatch(boolean enabled) {
        autogenerate = autogenerate.withRenderAsBatch(enabled);
    }

    // ---- read by the commands ----------------------------------------------------------------

    /** The hook's target for autogenerate and check; empty when it set none. */
    public Optional<TargetSchema> target() {
        return Optional.ofNullable(target);
    }

    /** The hook's autogenerate switches and filters, with its version table left out of the comparison. */
    public AutogenerateOptions autogenerateOptions() {
        return autogenerate.withVersionTable(versionTable, versionTableSchema);
    }

    // ---- read by the runner ------------------------------------------------------------------

    Invocation invocation() {
        return invocation;
    }

    /** The connection started early for {@code url}, handed over once: the caller owns it. */
    Optional<EarlyConnection> takeEarlyConnection(String url) {
        if (early != null && early.isFor(url)) {
            EarlyConnection taken = early;
            early = null;
            return Optional.of(taken);
        }
        discardEarlyConnection();
        return Optional.empty();
    }

    /** The hook's choice, else {@code sqlalchemy.url} from the main section, else empty. */
    Optional<ConnectionChoice> connectionChoice() {
        if (connectionChoice != null) {
            return Optional.of(connectionChoice);
        }
        String url = config.mainOption("sqlalchemy.url");
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(new ConnectionChoice.Url(url));
    }

    String versionTableName() {
        return versionTable;
    }

    String versionTableSchemaName() {
        return versionTableSchema;
    }

    /** The hook's setting wins over the command-line flag. */
    boolean transactionPerMigrationEnabled() {
        return transactionPerMigration != null ? transactionPerMigration : invocation.transactionPerMigration();
    }

    Duration lockTimeoutValue() {
        return lockTimeout;
    }
}
