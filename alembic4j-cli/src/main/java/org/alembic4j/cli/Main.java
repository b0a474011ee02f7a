package org.alembic4j.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.alembic4j.AlembicException;
import org.alembic4j.command.CommandSettings;
import org.alembic4j.command.Commands;
import picocli.CommandLine;

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
        PrintStream stdout = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        int status = run(args, stdout, System.err);
        stdout.flush();
        System.exit(status);
    }

    /** Runs one command line; returns the exit status. */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        AlembicCli cli = new AlembicCli(options -> new Commands(settings(options, stdout)));
        CommandLine commandLine = new CommandLine(cli);
        commandLine.setOut(new PrintWriter(stdout, true));
        commandLine.setErr(new PrintWriter(stderr, true));
        commandLine.setUsageHelpWidth(100);
        commandLine.setParameterExceptionHandler((ex, arguments) -> usageError(ex, stderr));
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> failure(ex, cli, stdout, stderr));
        return commandLine.execute(args);
    }

    private static CommandSettings settings(AlembicCli options, PrintStream stdout) {
        PrintStream out = options.quiet ? new PrintStream(OutputStream.nullOutputStream()) : stdout;
        return new CommandSettings(
                options.config == null ? null : Path.of(options.config),
                options.name,
                options.xArguments,
                Path.of("").toAbsolutePath(),
                System.getenv(),
                out);
    }

    private static int usageError(CommandLine.ParameterException ex, PrintStream stderr) {
        CommandLine command = ex.getCommandLine();
        command.usage(stderr);
        stderr.println(qualifiedName(command) + ": error: " + ex.getMessage());
        return USAGE_ERROR;
    }

    private static int failure(Exception ex, AlembicCli cli, PrintStream stdout, PrintStream stderr) {
        if (ex instanceof AlembicCli.MissingCommandException) {
            new CommandLine(new AlembicCli(null)).usage(stderr);
            stderr.println("alembic: error: too few arguments");
            return USAGE_ERROR;
        }
        if (ex instanceof AlembicException && !cli.raiseErr) {
            if (!cli.quiet) {
                stdout.println("FAILED: " + ex.getMessage());
            }
            return COMMAND_FAILED;
        }
        ex.printStackTrace(stderr);
        return UNEXPECTED_ERROR;
    }

    private static String qualifiedName(CommandLine command) {
        return command.getCommandSpec().qualifiedName();
    }
}
