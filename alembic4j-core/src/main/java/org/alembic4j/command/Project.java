package org.alembic4j.command;

import java.util.Map;
import java.util.concurrent.Callable;
import org.alembic4j.config.AlembicConfig;
import org.alembic4j.graph.RevisionMap;
import org.alembic4j.internal.concurrent.BackgroundTask;
import org.alembic4j.runtime.ConfigSource;

/**
 * One command's view of the project: the configuration, where the revisions come from (a
 * {@link RevisionSource}) and the revision graph, each loaded on first use and at most once.
 * Commands that never touch the graph (init, list_templates) never read the versions folder;
 * none of these compile anything.
 */
final class Project {

    private final CommandSettings settings;
    private final RevisionSource source;
    private AlembicConfig config;
    private RevisionMap revisions;
    private BackgroundTask<RevisionMap> prefetched;

    /** A project on the script directory its alembic.ini names (the command line). */
    Project(CommandSettings settings) {
        this.settings = settings;
        this.source = new ScriptDirectorySource(this);
    }

    /** A script-directory project whose configuration was built in code (the library API), not read from a file. */
    Project(CommandSettings settings, AlembicConfig config) {
        this(settings);
        this.config = config;
    }

    /** A project on classes the application compiled; {@code config} still gives the URL and options. */
    Project(CommandSettings settings, AlembicConfig config, RevisionClasses classes) {
        this.settings = settings;
        this.config = config;
        this.source = new PrecompiledSource(classes);
    }

    CommandSettings settings() {
        return settings;
    }

    /** The configuration file named by {@code -c}, {@code $ALEMBIC_CONFIG} or {@code ./alembic.ini}; may not exist yet. */
    AlembicConfig configWithoutChecks() {
        if (config == null) {
            String fileName = AlembicConfig.resolveFileName(
                    settings.configFile() == null ? null : settings.configFile().toString(), settings.environment());
            config = AlembicConfig.builder()
                    .file(fileName)
                    .mainSection(settings.sectionName())
                    .cwd(settings.workingDirectory())
                    .xArguments(settings.xArguments())
                    .build();
        }
        return config;
    }

    /** The configuration, which must have its main section. */
    AlembicConfig config() {
        AlembicConfig loaded = configWithoutChecks();
        loaded.requireMainSection();
        return loaded;
    }

    RevisionSource source() {
        return source;
    }

    RevisionMap revisions() {
        if (revisions == null) {
            revisions = prefetched != null ? prefetched.join() : RevisionMap.build(source.revisions());
            prefetched = null;
        }
        return revisions;
    }

    /**
     * Starts reading the revision graph on a background thread, for a command that will need it
     * after connecting to the database: reading 1000 headers and opening a connection (loading a
     * driver, a native library, env.java's classes) then overlap on two cores. Reading the graph
     * is pure (files in, an immutable map out), so nothing else can observe the thread; an error
     * surfaces, unchanged, where {@link #revisions()} is called.
     */
    void prefetchRevisions() {
        if (revisions != null || prefetched != null) {
            return;
        }
        config(); // on this thread: the configuration is not built concurrently
        // An anonymous class, not a lambda: this is a command's first lambda otherwise, and
        // bootstrapping the first one costs a cold JVM several milliseconds.
        prefetched = BackgroundTask.start("alembic4j-revision-graph", new Callable<RevisionMap>() {
            @Override
            public RevisionMap call() {
                return RevisionMap.build(source.revisions());
            }
        });
    }

    /** The configuration as the environment hook reads it. */
    ConfigSource configSource() {
        AlembicConfig loaded = config();
        return new ConfigSource() {
            @Override
            public String mainOption(String key) {
                return loaded.mainOption(key);
            }

            @Override
            public Map<String, String> section(String name) {
                return loaded.section(name);
            }
        };
    }
}
