package org.alembic4j.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.alembic4j.config.AlembicConfig;

/** Test projects made by the real {@code init}, with extra [alembic] lines appended. */
final class Projects {

    /** 2026-11-22 02:14:37.376136 UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:14:37.376136Z"), ZoneId.of("UTC"));

    private Projects() {
    }

    /** Runs init in {@code dir} and returns the configuration, with {@code extraIni} added to [alembic]. */
    static AlembicConfig init(Path dir, String template, String extraIni) throws IOException {
        ProjectInitializer.init(AlembicConfig.builder().file("alembic.ini").cwd(dir).build(), "alembic", template,
                StatusOutput.silent());
        Path ini = dir.resolve("alembic.ini");
        String text = Files.readString(ini).replace("[alembic]\n", "[alembic]\n" + extraIni);
        Files.writeString(ini, text);
        return AlembicConfig.builder().file("alembic.ini").cwd(dir).build();
    }

    static ScriptDirectory scripts(AlembicConfig config) {
        return ScriptDirectory.fromConfig(config, CLOCK);
    }
}
