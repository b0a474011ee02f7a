package org.alembic4j.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every command shares: Alembic's global options and where output goes.
 *
 * @param configFile       the {@code -c} file, or null for {@code $ALEMBIC_CONFIG} or {@code ./alembic.ini}
 * @param sectionName      the {@code -n} section holding the main options (default {@code alembic})
 * @param xArguments       the {@code -x} arguments, in order
 * @param workingDirectory the directory relative paths are resolved against
 * @param environment      the process environment ({@code ALEMBIC_CONFIG}, {@code EDITOR}, ...)
 * @param out              where listings and status lines go (standard output; a null stream for {@code -q})
 * @param scriptClasspath  jars and class directories that {@code env.java} and revision scripts
 *                         compile against and load from, beyond the running application's class
 *                         path; an entry {@code dir/*} stands for the jars in {@code dir}, as on a
 *                         {@code java -cp} (the command line puts its optional JPA module here,
 *                         so that only a command whose scripts use it opens Hibernate's jars)
 */
public record CommandSettings(
        Path configFile,
        String sectionName,
        List<String> xArguments,
        Path workingDirectory,
        Map<String, String> environment,
        PrintStream out,
        List<Path> scriptClasspath) {

    /** Settings whose scripts see the running application's class path only. */
    public CommandSettings(Path configFile, String sectionName, List<String> xArguments, Path workingDirectory,
            Map<String, String> environment, PrintStream out) {
        this(configFile, sectionName, xArguments, workingDirectory, environment, out, List.of());
    }

    public CommandSettings {
        sectionName = sectionName == null ? "alembic" : sectionName;
        xArguments = List.copyOf(xArguments);
        workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory").toAbsolutePath();
        environment = Map.copyOf(environment);
        Objects.requireNonNull(out, "out");
        scriptClasspath = List.copyOf(scriptClasspath);
    }
}
