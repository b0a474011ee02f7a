package org.alembic4j.cli.args;

/**
 * The command line cannot be parsed: argparse's error, printed with the usage of the command
 * concerned and exit status 2.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient CommandDef command;

    UsageException(CommandDef command, String message) {
        super(message);
        this.command = command;
    }

    /** The subcommand whose usage to print, or null for the top level. */
    public CommandDef command() {
        return command;
    }
}
