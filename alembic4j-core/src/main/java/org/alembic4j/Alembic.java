package org.alembic4j;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.alembic4j.command.CommandSettings;
import org.alembic4j.command.Commands;
import org.alembic4j.config.AlembicConfig;

/**
 * alembic4j for applications: migrate a database from code, for example at start-up.
 *
 * <pre>{@code
 * Alembic alembic = Alembic.builder()
 *         .scriptLocation(Path.of("src/main/resources/migrations"))
 *         .dataSource(dataSource)
 *         .build();
 * alembic.upgrade("head");
 * }</pre>
 *
 * <p>Everything the command line offers is on {@link #commands()}; this class covers the calls an
 * application makes. Each call is independent (no state is shared between calls or instances),
 * and concurrent processes are kept apart by the run lock.
 */
public final class Alembic {

    private final AlembicConfig config;
    private final PrintStream out;

    private Alembic(AlembicConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Alembic's command functions on this configuration. */
    public Commands commands() {
        return new Commands(config, new CommandSettings(config.file().orElse(null), config.mainSection(),
                config.xArguments(), config.cwd(), System.getenv(), out));
    }

    /** Upgrades to {@code target} ({@code head}, {@code heads}, a revision, {@code +1} ...). */
    public void upgrade(String target) {
        commands().upgrade(target, false, null, false);
    }

    /** Downgrades to {@code target} ({@code base}, a revision, {@code -1} ...). */
    public void downgrade(String target) {
        commands().downgrade(target, false, null, false);
    }

    /** Marks the database as being at {@code targets} without running migrations. */
    public void stamp(String... targets) {
        commands().stamp(List.of(targets), false, null, false);
    }

    /** Builds an {@link Alembic}. */
    public static final class Builder {
        private Path iniFile;
        private Path scriptLocation;
        private String url;
        private DataSource dataSource;
        private Connection connection;
        private final List<String> xArguments = new ArrayList<>();
        private final Map<String, String> options = new java.util.LinkedHashMap<>();
        private PrintStream out = new PrintStream(OutputStream.nullOutputStream());

        private Builder() {
        }

        /** Read this alembic.ini (optional: everything can be set in code). */
        public Builder iniFile(Path file) {
            this.iniFile = file;
            return this;
        }

        /** The script directory ({@code script_location}). */
        public Builder scriptLocation(Path dir) {
            this.scriptLocation = dir;
            return this;
        }

        /** The database URL (JDBC or SQLAlchemy form), as {@code sqlalchemy.url}. */
        public Builder url(String databaseUrl) {
            this.url = databaseUrl;
            return this;
        }

        /** Connect through this data source (the run opens and closes one connection). */
        public Builder dataSource(DataSource source) {
            this.dataSource = source;
            return this;
        }

        /** Run on this connection; the caller keeps owning it. */
        public Builder connection(Connection borrowed) {
            this.connection = borrowed;
            return this;
        }

        /** Any other key of the main ini section ({@code version_locations}, ...). */
        public Builder option(String key, String value) {
            options.put(key, value);
            return this;
        }

        /** A {@code -x} argument for the environment hook and the scripts. */
        public Builder xArgument(String argument) {
            xArguments.add(argument);
            return this;
        }

        /** Where listings and status lines go (default: nowhere). */
        public Builder output(PrintStream stream) {
            this.out = Objects.requireNonNull(stream);
            return this;
        }

        public Alembic build() {
            AlembicConfig.Builder builder = AlembicConfig.builder().xArguments(xArguments);
            if (iniFile != null) {
                builder.file(iniFile.toAbsolutePath().toString());
            }
            AlembicConfig config = builder.build();
            if (iniFile == null && scriptLocation == null) {
                throw new AlembicException("Alembic.builder() needs a scriptLocation or an iniFile");
            }
            if (scriptLocation != null) {
                config.setMainOption("script_location", scriptLocation.toAbsolutePath().toString());
            }
            if (url != null) {
                config.setMainOption("sqlalchemy.url", url);
            }
            options.forEach(config::setMainOption);
            if (dataSource != null) {
                config.attributes().put("dataSource", dataSource);
            }
            if (connection != null) {
                config.attributes().put("connection", connection);
            }
            return new Alembic(config, out);
        }
    }
}
