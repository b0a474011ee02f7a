package org.alembic4j.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.alembic4j.runtime.db.JdbcDrivers;
import org.alembic4j.runtime.db.WarmUp;

/**
 * The build's training run for the class-data archive that {@code bin/alembic} starts with.
 *
 * <p>The build runs this once with {@code -XX:DumpLoadedClassList} (then dumps the archive from
 * that list): it drives the command line
 * through a throw-away SQLite project (init, revisions, compile, upgrade, listings, offline SQL,
 * downgrade, autogenerate against a small target schema), so the archive holds the classes a
 * real command loads, the JDK compiler's included. Later runs map them instead of loading,
 * verifying and linking them again. Nothing here is part of the tool's behaviour; without the
 * archive the tool only starts slower.
 *
 * <p>The build has no PostgreSQL server to train against, so the classes a PostgreSQL run loads
 * beyond these (the driver's, the JDK's socket classes) come from a list recorded from real runs
 * (the arguments: lists of class names, one a line, {@code #} comments): they are loaded
 * without being initialised, which is enough for the archive to hold them. Names this driver
 * or JDK lacks are skipped: a stale list costs start-up time, never correctness.
 */
public final class ClassDataTraining {

    private ClassDataTraining() {
    }

    /** A target schema for {@code revision --autogenerate}: a parent and a child table, an index, a foreign key. */
    private static final String TARGET_SCHEMA = """
            context.useUrl(context.mainOption("sqlalchemy.url"));
                    context.targetSchema(org.alembic4j.autogenerate.TargetSchema.of(
                            org.alembic4j.op.Ops.table("parent",
                                    org.alembic4j.op.Ops.column("id", org.alembic4j.op.Ops.INTEGER).primaryKey(),
                                    org.alembic4j.op.Ops.column("name", org.alembic4j.op.Ops.string(50)).notNull(),
                                    org.alembic4j.op.Ops.column("created_at", org.alembic4j.op.Ops.DATETIME),
                                    org.alembic4j.op.Ops.index("ix_parent_name", "name")),
                            org.alembic4j.op.Ops.table("child",
                                    org.alembic4j.op.Ops.column("id", org.alembic4j.op.Ops.INTEGER).primaryKey(),
                                    org.alembic4j.op.Ops.column("parent_id", org.alembic4j.op.Ops.INTEGER)
                                            .references("parent.id"),
                                    org.alembic4j.op.Ops.column("note", org.alembic4j.op.Ops.TEXT))));""";

    public static void main(String[] args) throws IOException {
        // The archive replaces the JDK's default one, so it must also hold what that one holds
        // (the JDK's own class list: java.util.logging, sockets...), or a run that needs such a
        // class loads it from the runtime image.
        Path jdkClassList = Path.of(System.getProperty("java.home"), "lib", "classlist");
        if (Files.isRegularFile(jdkClassList)) {
            preload(jdkClassList);
        }
        for (String list : args) {
            preload(Path.of(list));
        }
        // Main.main's standard streams when they are pipes (Main.run, driven below, takes its
        // streams as given): the deferred flush, its thread, the flush at exit.
        DeferredFlushStream trial = new DeferredFlushStream(OutputStream.nullOutputStream(), 1, 64);
        trial.write('\n');
        trial.flush();
        new Main.FlushAtExit(trial).run();
        // Drivers initialised (no connection): PostgreSQL's starts java.util.logging.
        for (String driver : new String[] {"org.postgresql.Driver", "org.mariadb.jdbc.Driver"}) {
            try {
                Class.forName(driver, true, ClassDataTraining.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError absent) {
                // not in this distribution
            }
        }
        // A server's driver up to its socket: the build has no server, but everything a
        // connection does before the network (URL parsing, default properties, the connection
        // class's initialisation) runs against a port nothing listens on, and the lambda classes
        // it links (30 on pgjdbc's path, the JDK's SecurityManager's among them) go into the
        // archive instead of being generated on every connecting command (measured: PostgreSQL
        // autogenerate, see docs/performance.md). The warm-up's own steps likewise.
        refusedConnection("jdbc:postgresql://127.0.0.1:1/training?connectTimeout=1");
        refusedConnection("jdbc:mariadb://127.0.0.1:1/training?connectTimeout=1000");
        // Past the socket, pgjdbc's result-buffer setting calls a static ()J method through a
        // method handle; the JDK's archived lambda forms lack that shape, so it is linked here
        // once and the archive gets it.
        try {
            long unused = (long) MethodHandles.lookup()
                    .findStatic(System.class, "nanoTime", MethodType.methodType(long.class)).invokeExact();
        } catch (Throwable unexpected) {
            // only a start-up hint
        }
        for (String url : new String[] {"postgresql://127.0.0.1:1/training", "mysql+pymysql://127.0.0.1:1/training"}) {
            WarmUp.start(url, true).ifPresent(ClassDataTraining::join);
        }
        // What the commands below don't reach here: Main.main's own steps (the terminal check,
        // the bundled SQLite library, looked for in an empty directory so nothing is set), and
        // the dialects other than SQLite's (`upgrade --sql` on a PostgreSQL URL needs no server).
        // A class missed here is loaded from the jar on every command: the jar opened, its
        // manifest read, the class verified (5-8 ms, measured for BundledSqliteLibrary).
        System.console();
        Path dir = Files.createTempDirectory("alembic4j-training");
        BundledSqliteLibrary.useFrom(dir);
        for (String dialect : new String[] {"postgresql", "mysql", "mariadb", "h2"}) {
            org.alembic4j.dialect.Dialects.forName(dialect).quoteIdentifier("alembic_version");
        }
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        try {
            String ini = dir.resolve("alembic.ini").toString();
            run(ini, sink, "--help");
            run(ini, sink, "init", dir.resolve("alembic").toString());
            addTargetSchema(dir.resolve("alembic").resolve("env.java"));
            String[][] creating = {
                {"list_templates"},
                {"revision", "-m", "first", "--rev-id", "aaaa00000001"},
                {"revision", "-m", "second", "--rev-id", "aaaa00000002"},
                {"revision", "-m", "third", "--rev-id", "aaaa00000003", "--format", "sql"},
                // A branch and its merge: ordering a branched history uses classes a line never does.
                {"revision", "-m", "side", "--rev-id", "aaaa00000005", "--head", "aaaa00000001", "--splice"},
                {"merge", "heads", "-m", "join", "--rev-id", "aaaa00000006"},
                {"revision", "-m", "after", "--rev-id", "aaaa00000007"}, // so "downgrade -1" leaves the merge alone
            };
            for (String[] command : creating) {
                run(ini, sink, command);
            }
            addStatements(dir.resolve("alembic").resolve("versions"));
            settle(dir.resolve("alembic").resolve("versions"));
            run(ini, sink, "heads"); // writes the header index: the commands below read it, as real ones do
            String[][] commands = {
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
                {"upgrade", "head"},
                {"revision", "--autogenerate", "-m", "auto", "--rev-id", "aaaa00000004"},
                {"upgrade", "head"},
                {"check"},
                {"show", "nosuch"},
                {"revision", "-m", "last"}, // a random id, as users make them (a new head: keep it last)
            };
            for (String[] command : commands) {
                run(ini, sink, command);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(String ini, PrintStream sink, String... command) {
        String[] withConfig = new String[command.length + 2];
        withConfig[0] = "-c";
        withConfig[1] = ini;
        System.arraycopy(command, 0, withConfig, 2, command.length);
        Main.run(withConfig, sink, sink);
    }

    /** Gives the first revision an {@code op.execute} each way, as most real revisions have. */
    private static void addStatements(Path versions) throws IOException {
        Path first;
        try (Stream<Path> files = Files.list(versions)) {
            first = files.filter(f -> f.getFileName().toString().startsWith("aaaa00000001")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the training's first revision is missing"));
        }
        String text = Files.readString(first);
        String withStatements = text
                .replace("public void upgrade() {\n",
                        "public void upgrade() {\n        op.execute(\"CREATE TABLE training_note (id INTEGER)\");\n")
                .replace("public void downgrade() {\n",
                        "public void downgrade() {\n        op.execute(\"DROP TABLE training_note\");\n");
        if (withStatements.equals(text)) {
            throw new IllegalStateException("the revision template no longer has the methods the training expects");
        }
        Files.writeString(first, withStatements);
    }

    /**
     * Dates the revision files a minute back: the header index only keeps files that have not
     * changed for a moment, and real commands mostly read headers from it.
     */
    private static void settle(Path versions) throws IOException {
        FileTime past = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        try (Stream<Path> files = Files.list(versions)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.setLastModifiedTime(file, past);
            }
        }
    }

    /** The env.java that {@code init} wrote, with a target schema after its connection choice. */
    private static void addTargetSchema(Path envJava) throws IOException {
        String text = Files.readString(envJava);
        String withTarget = text.replace("context.useUrl(context.mainOption(\"sqlalchemy.url\"));", TARGET_SCHEMA);
        if (withTarget.equals(text)) {
            throw new IllegalStateException("the env.java template no longer calls useUrl as the training expects");
        }
        Files.writeString(envJava, withTarget);
    }

    /** A connection attempt that fails at the socket (nothing listens on the URL's port). */
    private static void refusedConnection(String url) {
        try (Connection unexpected = JdbcDrivers.connect(url, new Properties())) {
            // something answered on that port: nothing to train then
        } catch (SQLException | RuntimeException | LinkageError expected) {
            // refused, as intended (or the driver is not in this distribution)
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Loads (without initialising) each class the list names that exists here. */
    private static void preload(Path classList) throws IOException {
        ClassLoader loader = ClassDataTraining.class.getClassLoader();
        for (String line : Files.readAllLines(classList)) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#") || name.startsWith("@")) {
                continue; // comments, and the JDK list's lambda-form lines
            }
            name = name.replace('/', '.'); // the JDK's list names classes in internal form
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // another driver or JDK version: the class is simply not archived
            }
        }
    }
}
