package org.alembic4j.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import org.alembic4j.AlembicException;
import org.alembic4j.cli.args.ArgumentParser;
import org.alembic4j.cli.args.HelpFormatter;
import org.alembic4j.cli.args.ParsedArgs;
import org.alembic4j.cli.args.UsageException;
import org.alembic4j.cli.logging.ConsoleLoggerProvider;
import org.alembic4j.command.CommandSettings;
import org.alembic4j.command.Commands;

/**
 * Entry point of the {@code alembic} command.
 *
 * <p>Exit statuses are Alembic's: 0 on success, 255 with {@code FAILED: <message>} on standard
 * output for a command error, 2 with usage on standard error for a bad command line, 1 with a
 * stack trace for anything unexpected (or any error under {@code --raiseerr}).
 */
public final class Main {
    static final int COMMAND_FAILED = 255;
    static final int USAGE_ERROR = 2;
    static final int UNEXPECTED_ERROR = 1;

    private Main() {
    }

    public static void main(String[] args) {
        Path distribution = distributionDir();
        if (distribution != null) {
            BundledSqliteLibrary.useFrom(distribution);
        }
        PrintStream stdout;
        FlushAtExit flushAtExit = null;
        if (System.console() == null) {
            // Not a terminal (a pipe, a file): block-buffered, as Python buffers Alembic's
            // standard output, and standard error likewise, each flush reaching the file at most
            // 100 ms later: `upgrade --sql` of 1000 revisions then writes in a few calls, not two
            // per revision. In a terminal every flush shows at once.
            DeferredFlushStream out = new DeferredFlushStream(new FileOutputStream(FileDescriptor.out), 100, 1 << 16);
            DeferredFlushStream err = new DeferredFlushStream(new FileOutputStream(FileDescriptor.err), 100, 1 << 13);
            stdout = new PrintStream(out, false, StandardCharsets.UTF_8);
            System.setErr(new PrintStream(err, false, standardErrorCharset()));
            // Log lines first: they were written before the result a command prints last, and a
            // reader of `2>&1` output sees them in that order, as with Python Alembic.
            flushAtExit = new FlushAtExit(err, out);
            // also for an exit that does not come through here (a signal, an uncaught error)
            Runtime.getRuntime().addShutdownHook(new Thread(flushAtExit, "alembic4j-flush-at-exit"));
        } else {
            stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        }
        int status = run(args, stdout, System.err);
        stdout.flush();
        System.err.flush();
        if (flushAtExit != null) {
            flushAtExit.run();
        }
        System.exit(status);
    }

    /** Empties deferred streams, in the order given. A named class: the class-data training makes one. */
    static final class FlushAtExit implements Runnable {
        private final DeferredFlushStream[] streams;

        FlushAtExit(DeferredFlushStream... streams) {
            this.streams = streams;
        }

        @Override
        public void run() {
            for (DeferredFlushStream stream : streams) {
                stream.flushNow();
            }
        }
    }

    /**
     * The optional modules the distribution ships beside its jar, in {@code lib/jpa/}: the JPA
     * module and Hibernate, for an {@code env.java} that targets JPA entities. They are not on
     * the command's class path (two thirds of its jars): a command whose scripts don't use them
     * never opens them, where every jar on the class path is opened by each search of it (a
     * class the class-data archive lacks, a service look-up). Run from classes (tests), none.
     */
    private static List<Path> bundledScriptClasspath() {
        Path dir = distributionDir();
        return dir == null ? List.of() : List.of(dir.resolve("lib").resolve("jpa").resolve("*"));
    }

    /** The directory of the jar this class was loaded from (the build's target/), or null when run from classes. */
    private static Path distributionDir() {
        CodeSource source = Main.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return location.getFileName().toString().endsWith(".jar") ? location.getParent() : null;
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** The charset the JVM gave standard error (JDK 17 has no PrintStream.charset()). */
    private static Charset standardErrorCharset() {
        String name = System.getProperty("sun.stderr.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /** Runs one command line; returns the exit status. */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        ConsoleLoggerProvider.select();
        ArgumentParser parser = AlembicCommands.parser();
        HelpFormatter help = new HelpFormatter(parser);
        ParsedArgs parsed;
        try {
            parsed = parser.parse(args);
        } catch (UsageException e) {
            stderr.print(help.usage(e.command()));
            String program = e.command() == null ? "alembic" : "alembic " + e.command().name();
            stderr.println(program + ": error: " + e.getMessage());
            return USAGE_ERROR;
        }
        switch (parsed.command()) {
            case "-h" -> {
                String forCommand = parsed.string("help_for");
                stdout.print(help.help(forCommand == null ? null : parser.command(forCommand)));
                return 0;
            }
            case "--version" -> {
                stdout.println("alembic " + version());
                return 0;
            }
            default -> {
                return execute(parsed, stdout, stderr);
            }
        }
    }

    private static int execute(ParsedArgs parsed, PrintStream stdout, PrintStream stderr) {
        boolean quiet = parsed.flag("quiet");
        PrintStream out = quiet ? new PrintStream(OutputStream.nullOutputStream()) : stdout;
        try {
            Commands commands = new Commands(new CommandSettings(
                    parsed.string("config") == null ? null : Path.of(parsed.string("config")),
                    parsed.string("name"),
                    parsed.list("x"),
                    Path.of("").toAbsolutePath(),
                    System.getenv(),
                    out,
                    bundledScriptClasspath()));
            AlembicCommands.dispatch(parsed, commands);
            out.flush();
            return 0;
        } catch (AlembicException e) {
            out.flush();
            if (parsed.flag("raiseerr")) {
                e.printStackTrace(stderr);
                return UNEXPECTED_ERROR;
            }
            if (!quiet) {
                stdout.println("FAILED: " + e.getMessage());
            }
            return COMMAND_FAILED;
        } catch (RuntimeException | Error e) {
            out.flush();
            e.printStackTrace(stderr);
            return UNEXPECTED_ERROR;
        }
    }

    private static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-SNAPSHOT" : version;
    }
}
