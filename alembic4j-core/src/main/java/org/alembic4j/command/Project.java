package org.alembic4j.command;

import java.util.Map;
import org.alembic4j.config.AlembicConfig;
import org.alembic4j.graph.RevisionMap;
import org.alembic4j.runtime.ConfigSource;
import org.alembic4j.script.ScriptDirectory;

/**
 * One command's view of the project: the configuration, the script directory and the revision
 * graph, each loaded on first use and at most once. Commands that never touch the graph (init,
 * list_templates) never read the versions folder; none of these compile anything.
 */
final class Project {

    private final CommandSettings settings;
    private AlembicConfig config;
    private ScriptDirectory scripts;
    private RevisionMap revisions;

    Project(CommandSettings settings) {
        this.settings = settings;
    }

    /** A project whose configuration was built in code (the library API), not read from a file. */
    Project(CommandSettings settings, AlembicConfig config) {
        this.settings = settings;
        this.config = config;
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

    ScriptDirectory scripts() {
        if (scripts == null) {
            scripts = ScriptDirectory.fromConfig(config());
        }
        return scripts;
    }

    RevisionMap revisions() {
        if (revisions == null) {
            revisions = RevisionMap.build(scripts().loadRevisions());
        }
        return revisions;
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
