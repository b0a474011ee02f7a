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
import org.alembic4j.command.RevisionClasses;
import org.alembic4j.config.AlembicConfig;
import org.alembic4j.env.MigrationEnvironment;
import org.alembic4j.runtime.scripts.EnvironmentHooks;

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
 * <p>An application whose build compiled its revision classes (for example to run on a JRE
 * without a compiler) gives them instead of a script directory; nothing is then compiled or read
 * from disk:
 *
 * <pre>{@code
 * Alembic alembic = Alembic.builder()
 *         .revisionPackage(MyApp.class.getClassLoader(), "com.example.migrations") // index written by RevisionIndexProcessor
 *         .environment(new MigrationsEnv())                                           // optional
 *         .dataSource(dataSource)
 *         .build();
 * }</pre>
 *
 * <p>Everything the command line offers is on {@link #commands()}; this class covers the calls an
 * application makes. Each call is independent (no state is shared between calls or instances),
 * and concurrent processes are kept apart by the run lock.
 */
public final class Alembic {

    private final AlembicConfig config;
    private final RevisionClasses classes;
    private final PrintStream out;

    private Alembic(AlembicConfig config, RevisionClasses classes, PrintStream out) {
        this.config = config;
        this.classes = classes;
        this.out = out;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Alembic's command functions on this configuration. */
    public Commands commands() {
        CommandSettings settings = new CommandSettings(config.file().orElse(null), config.mainSection(),
                config.xArguments(), config.cwd(), System.getenv(), out);
        return classes == null ? new Commands(config, settings) : new Commands(config, settings, classes);
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
        private final List<Class<?>> revisionClasses = new ArrayList<>();
        private ClassLoader indexLoader;
        private String indexPackage;
        private MigrationEnvironment environment;
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

        /**
         * Run these revision classes, compiled by the application's build, instead of a script
         * directory: each extends {@link Migration} and is annotated {@link Revision}. Nothing is
         * compiled; commands that write revision files are refused. An {@link #iniFile} may
         * still give the URL and options; its {@code script_location} is then not used.
         */
        public Builder revisionClasses(Class<?>... classes) {
            revisionClasses.addAll(List.of(classes));
            return this;
        }

        /**
         * Run the revision classes of package {@code packageName} that
         * {@link org.alembic4j.runtime.scripts.RevisionIndexProcessor} listed at build time in the
         * index resources visible from {@code classLoader}; otherwise as {@link #revisionClasses}.
         */
        public Builder revisionPackage(ClassLoader classLoader, String packageName) {
            this.indexLoader = Objects.requireNonNull(classLoader, "classLoader");
            this.indexPackage = Objects.requireNonNull(packageName, "packageName");
            return this;
        }

        /**
         * The environment hook for revision classes (what {@code env.java} is to a script
         * directory): it may choose the connection, version table, transaction mode ... Optional;
         * without it the URL, data source or connection given here is used.
         */
        public Builder environment(MigrationEnvironment hook) {
            this.environment = Objects.requireNonNull(hook, "hook");
            return this;
        }

        /** As {@link #environment(MigrationEnvironment)}, with a new instance of a class with a no-argument constructor. */
        public Builder environment(Class<? extends MigrationEnvironment> hookClass) {
            return environment(EnvironmentHooks.instantiate(hookClass));
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
            RevisionClasses classes = revisionClasses();
            if (iniFile == null && scriptLocation == null && classes == null) {
                throw new AlembicException(
                        "Alembic.builder() needs a scriptLocation, an iniFile, revisionClasses or a revisionPackage");
            }
            if (classes == null && environment != null) {
                throw new AlembicException("Alembic.builder().environment(...) is for revisionClasses or a "
                        + "revisionPackage; a script directory has its env.java");
            }
            if (classes != null && !config.hasMainSection()) {
                // Without an ini file the main section exists only once an option is set; the
                // commands read it (output_encoding, sqlalchemy.url ...), so it must exist.
                config.ini().addSection(config.mainSection());
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
            return new Alembic(config, classes, out);
        }

        /** The class-mode revisions, or null for a script directory. */
        private RevisionClasses revisionClasses() {
            boolean listed = !revisionClasses.isEmpty();
            boolean indexed = indexPackage != null;
            if ((listed || indexed) && scriptLocation != null) {
                throw new AlembicException("Alembic.builder(): give either a scriptLocation or revision classes, not both");
            }
            if (listed && indexed) {
                throw new AlembicException("Alembic.builder(): give either revisionClasses or a revisionPackage, not both");
            }
            RevisionClasses classes = listed ? RevisionClasses.of(revisionClasses)
                    : indexed ? RevisionClasses.fromIndex(indexLoader, indexPackage) : null;
            return classes == null || environment == null ? classes : classes.withEnvironment(environment);
        }
    }
}
