package org.alembic4j.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The build's training run for the class-data archive that {@code bin/alembic} starts with.
 *
 * <p>The build runs this once with {@code -XX:ArchiveClassesAtExit}: it drives the command line
 * through a throw-away SQLite project (init, revisions, compile, upgrade, listings, offline SQL,
 * downgrade), so the archive holds the classes a real command loads, the JDK compiler's
 * included. Later runs map them instead of loading, verifying and linking them again. Nothing
 * here is part of the tool's behaviour; without the archive the tool only starts slower.
 */
public final class ClassDataTraining {

    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("alembic4j-training");
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        try {
            String ini = dir.resolve("alembic.ini").toString();
            String[][] commands = {
                {"--help"},
                {"init", dir.resolve("alembic").toString()},
                {"list_templates"},
                {"revision", "-m", "first", "--rev-id", "aaaa00000001"},
                {"revision", "-m", "second", "--rev-id", "aaaa00000002"},
                {"revision", "-m", "third", "--rev-id", "aaaa00000003", "--format", "sql"},
                {"heads", "-v"},
                {"branches"},
                {"history", "-v"},
                {"show", "head"},
                {"upgrade", "head", "--sql"},
                {"upgrade", "head"},
                {"current", "-v"},
                {"history", "-i"},
                {"downgrade", "-1"},
                {"stamp", "head"},
                {"downgrade", "base"},
                {"show", "nosuch"},
            };
            for (String[] command : commands) {
                String[] withConfig = new String[command.length + 2];
                withConfig[0] = "-c";
                withConfig[1] = ini;
                System.arraycopy(command, 0, withConfig, 2, command.length);
                Main.run(withConfig, sink, sink);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
