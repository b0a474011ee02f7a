package org.alembic4j.cli;

import static org.alembic4j.cli.args.Option.append;
import static org.alembic4j.cli.args.Option.flag;
import static org.alembic4j.cli.args.Option.value;
import static org.alembic4j.cli.args.Positional.one;
import static org.alembic4j.cli.args.Positional.oneOrMore;

import java.util.List;
import org.alembic4j.cli.args.ArgumentParser;
import org.alembic4j.cli.args.CommandDef;
import org.alembic4j.cli.args.Option;
import org.alembic4j.cli.args.ParsedArgs;
import org.alembic4j.command.Commands;
import org.alembic4j.command.RevisionOptions;

/**
 * Alembic's command line as data (commands, options, help texts as Alembic words them) and the
 * dispatch of a parsed command line to {@link Commands}.
 */
final class AlembicCommands {

    private static final String SQL_HELP =
            "Don't emit SQL to database - dump to standard output/file instead. See docs on offline mode.";
    private static final String TAG_HELP = "Arbitrary 'tag' name - can be used by custom env.java scripts.";
    private static final String TPM_HELP = "Commit after each migration instead of once for the whole command";
    private static final String VERBOSE_HELP = "Use more verbose output";

    static final List<Option> GLOBAL_OPTIONS = List.of(
            value("config", "CONFIG", "Alternate config file; defaults to value of ALEMBIC_CONFIG environment "
                    + "variable, or \"alembic.ini\"", "-c", "--config"),
            value("name", "NAME", "Name of section in .ini file to use for Alembic config", "-n", "--name"),
            append("x", "X", "Additional arguments consumed by custom env.java scripts, e.g. -x setting1=somesetting "
                    + "-x setting2=somesetting", "-x"),
            flag("raiseerr", "Raise a full stack trace on error", "--raiseerr"),
            flag("quiet", "Do not log to std output.", "-q", "--quiet"));

    static final List<CommandDef> COMMANDS = List.of(
            new CommandDef("branches", "Show current branch points.",
                    List.of(flag("verbose", VERBOSE_HELP, "-v", "--verbose")), List.of()),
            new CommandDef("check", "Check if revision command with autogenerate has pending upgrade ops.",
                    List.of(), List.of()),
            new CommandDef("current", "Display the current revision for a database.",
                    List.of(flag("verbose", VERBOSE_HELP, "-v", "--verbose"),
                            flag("check_heads", "Check if all head revisions are applied to the database. Exit with "
                                    + "an error code if this is not the case.", "-c", "--check-heads")),
                    List.of()),
            new CommandDef("downgrade", "Revert to a previous version.",
                    List.of(flag("sql", SQL_HELP, "--sql"), value("tag", "TAG", TAG_HELP, "--tag"),
                            flag("transaction_per_migration", TPM_HELP, "--transaction-per-migration")),
                    List.of(one("revision", "revision identifier"))),
            new CommandDef("edit", "Edit revision script(s) using $EDITOR.",
                    List.of(), List.of(one("rev", "string revision target"))),
            new CommandDef("ensure_version", "Create the alembic version table if it doesn't exist already .",
                    List.of(flag("sql", SQL_HELP, "--sql")), List.of()),
            new CommandDef("heads", "Show current available heads in the script directory.",
                    List.of(flag("verbose", VERBOSE_HELP, "-v", "--verbose"),
                            flag("resolve_dependencies", "Treat dependency versions as down revisions",
                                    "--resolve-dependencies")),
                    List.of()),
            new CommandDef("history", "List changeset scripts in chronological order.",
                    List.of(value("rev_range", "REV_RANGE", "Specify a revision range; format is [start]:[end]",
                                    "-r", "--rev-range"),
                            flag("verbose", VERBOSE_HELP, "-v", "--verbose"),
                            flag("indicate_current", "Indicate the current revision", "-i", "--indicate-current")),
                    List.of()),
            new CommandDef("init", "Initialize a new scripts directory.",
                    List.of(value("template", "TEMPLATE", "Setup template for use with 'init'", "-t", "--template"),
                            flag("package", "Write empty __init__.py files to the environment and version locations",
                                    "--package")),
                    List.of(one("directory", "location of scripts directory"))),
            new CommandDef("list_templates", "List available templates.", List.of(), List.of()),
            new CommandDef("merge", "Merge two revisions together. Creates a new migration file.",
                    List.of(value("message", "MESSAGE", "Message string to use with 'revision'", "-m", "--message"),
                            value("branch_label", "BRANCH_LABEL", "Specify a branch label to apply to the new revision",
                                    "--branch-label"),
                            value("rev_id", "REV_ID", "Specify a hardcoded revision id instead of generating one",
                                    "--rev-id")),
                    List.of(oneOrMore("revisions", "one or more revisions, or 'heads' for all heads"))),
            new CommandDef("revision", "Create a new revision file.",
                    List.of(value("message", "MESSAGE", "Message string to use with 'revision'", "-m", "--message"),
                            flag("autogenerate", "Populate revision script with candidate migration operations, "
                                    + "based on comparison of database to model.", "--autogenerate"),
                            flag("sql", SQL_HELP, "--sql"),
                            value("head", "HEAD", "Specify head revision or <branchname>@head to base new revision on.",
                                    "--head"),
                            flag("splice", "Allow a non-head revision as the 'head' to splice onto", "--splice"),
                            value("branch_label", "BRANCH_LABEL", "Specify a branch label to apply to the new revision",
                                    "--branch-label"),
                            value("version_path", "VERSION_PATH", "Specify specific path from config for version file",
                                    "--version-path"),
                            value("rev_id", "REV_ID", "Specify a hardcoded revision id instead of generating one",
                                    "--rev-id"),
                            append("depends_on", "DEPENDS_ON", "Specify one or more revision identifiers which this "
                                    + "revision should depend on.", "--depends-on"),
                            value("format", "FORMAT", "Script format of the new revision: java or sql "
                                    + "(default: revision_format in alembic.ini, else java)", "--format"),
                            flag("verbose", "With --autogenerate: say what was compared", "-v", "--verbose")),
                    List.of()),
            new CommandDef("show", "Show the revision(s) denoted by the given symbol.",
                    List.of(), List.of(one("rev", "string revision target"))),
            new CommandDef("stamp", "'stamp' the revision table with the given revision; don't run any migrations.",
                    List.of(flag("sql", SQL_HELP, "--sql"), value("tag", "TAG", TAG_HELP, "--tag"),
                            flag("purge", "Unconditionally erase the version table before stamping", "--purge")),
                    List.of(oneOrMore("revisions", "one or more revisions, or 'heads' for all heads"))),
            new CommandDef("upgrade", "Upgrade to a later version.",
                    List.of(flag("sql", SQL_HELP, "--sql"), value("tag", "TAG", TAG_HELP, "--tag"),
                            flag("transaction_per_migration", TPM_HELP, "--transaction-per-migration")),
                    List.of(one("revision", "revision identifier"))));

    private AlembicCommands() {
    }

    static ArgumentParser parser() {
        return new ArgumentParser("alembic", GLOBAL_OPTIONS, COMMANDS);
    }

    /** Runs the parsed command on {@code commands}. */
    static void dispatch(ParsedArgs args, Commands commands) {
        switch (args.command()) {
            case "branches" -> commands.branches(args.flag("verbose"));
            case "check" -> commands.check();
            case "current" -> commands.current(args.flag("verbose"), args.flag("check_heads"));
            case "downgrade" -> commands.downgrade(args.string("revision"), args.flag("sql"), args.string("tag"),
                    args.flag("transaction_per_migration"));
            case "edit" -> commands.edit(args.string("rev"));
            case "ensure_version" -> commands.ensureVersion(args.flag("sql"));
            case "heads" -> commands.heads(args.flag("verbose"), args.flag("resolve_dependencies"));
            case "history" -> commands.history(args.string("rev_range"), args.flag("verbose"),
                    args.flag("indicate_current"));
            case "init" -> commands.init(args.string("directory"),
                    args.string("template") == null ? "generic" : args.string("template"), args.flag("package"));
            case "list_templates" -> commands.listTemplates();
            case "merge" -> commands.merge(args.list("revisions"), args.string("message"), args.string("branch_label"),
                    args.string("rev_id"));
            case "revision" -> commands.revision(new RevisionOptions(args.string("message"), args.flag("autogenerate"),
                    args.flag("sql"), args.string("head"), args.flag("splice"), args.string("branch_label"),
                    args.string("version_path"), args.string("rev_id"), args.list("depends_on"),
                    args.string("format"), args.flag("verbose")));
            case "show" -> commands.show(args.string("rev"));
            case "stamp" -> commands.stamp(args.list("revisions"), args.flag("sql"), args.string("tag"),
                    args.flag("purge"));
            case "upgrade" -> commands.upgrade(args.string("revision"), args.flag("sql"), args.string("tag"),
                    args.flag("transaction_per_migration"));
            default -> throw new IllegalStateException("no dispatch for command " + args.command());
        }
    }
}
