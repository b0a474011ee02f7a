package org.alembic4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.alembic4j.command.Commands;
import org.alembic4j.command.RevisionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code alembic} command line: Alembic's commands, options and help, each command a method
 * that hands its arguments to {@link Commands}. Parsing lives here; behaviour lives in core.
 */
@Command(name = "alembic",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommandsRepeatable = false,
        description = "Database migrations for Java, with Alembic's commands and files.",
        commandListHeading = "%nCommands:%n")
final class AlembicCli implements Callable<Integer> {

    @Option(names = {"-c", "--config"}, paramLabel = "CONFIG",
            description = "Alternate config file; defaults to value of ALEMBIC_CONFIG environment variable, or \"alembic.ini\"")
    String config;

    @Option(names = {"-n", "--name"}, paramLabel = "NAME", defaultValue = "alembic",
            description = "Name of section in .ini file to use for Alembic config (default: ${DEFAULT-VALUE})")
    String name;

    @Option(names = "-x", paramLabel = "X",
            description = "Additional arguments consumed by custom env.java scripts, e.g. -x setting1=somesetting -x setting2=somesetting")
    List<String> xArguments = new ArrayList<>();

    @Option(names = "--raiseerr", description = "Raise a full stack trace on error")
    boolean raiseErr;

    @Option(names = {"-q", "--quiet"}, description = "Do not log to std output.")
    boolean quiet;

    /** Set by {@link Main} once options are parsed: the command functions bound to these options. */
    private final CommandsFactory commands;

    AlembicCli(CommandsFactory commands) {
        this.commands = commands;
    }

    @Override
    public Integer call() {
        // "alembic" alone: argparse prints usage and "too few arguments" with status 2.
        throw new MissingCommandException();
    }

    private Commands commands() {
        return commands.create(this);
    }

    @Command(name = "init", description = "Initialize a new scripts directory.")
    int init(@Option(names = {"-t", "--template"}, defaultValue = "generic",
                     description = "Setup template for use with 'init'") String template,
             @Option(names = "--package", description = "Write empty __init__.py files to the environment and version locations") boolean pkg,
             @Parameters(paramLabel = "directory", description = "location of scripts directory") String directory) {
        commands().init(directory, template, pkg);
        return 0;
    }

    @Command(name = "list_templates", description = "List available templates.")
    int listTemplates() {
        commands().listTemplates();
        return 0;
    }

    @Command(name = "revision", description = "Create a new revision file.")
    int revision(@Option(names = {"-m", "--message"}, description = "Message string to use with 'revision'") String message,
                 @Option(names = "--autogenerate", description = "Populate revision script with candidate migration operations, based on comparison of database to model.") boolean autogenerate,
                 @Option(names = "--sql", description = "Don't emit SQL to database - dump to standard output/file instead. See docs on offline mode.") boolean sql,
                 @Option(names = "--head", description = "Specify head revision or <branchname>@head to base new revision on.") String head,
                 @Option(names = "--splice", description = "Allow a non-head revision as the 'head' to splice onto") boolean splice,
                 @Option(names = "--branch-label", description = "Specify a branch label to apply to the new revision") String branchLabel,
                 @Option(names = "--version-path", description = "Specify specific path from config for version file") String versionPath,
                 @Option(names = "--rev-id", description = "Specify a hardcoded revision id instead of generating one") String revId,
                 @Option(names = "--depends-on", description = "Specify one or more revision identifiers which this revision should depend on.") List<String> dependsOn,
                 @Option(names = "--format", defaultValue = "java", description = "Script format: java (default) or sql") String format,
                 @Option(names = {"-v", "--verbose"}, description = "With --autogenerate: say what was compared") boolean verbose) {
        commands().revision(new RevisionOptions(message, autogenerate, sql, head, splice, branchLabel,
                versionPath, revId, dependsOn == null ? List.of() : dependsOn, format, verbose));
        return 0;
    }

    @Command(name = "merge", description = "Merge two revisions together. Creates a new migration file.")
    int merge(@Option(names = {"-m", "--message"}, description = "Message string to use with 'revision'") String message,
              @Option(names = "--branch-label", description = "Specify a branch label to apply to the new revision") String branchLabel,
              @Option(names = "--rev-id", description = "Specify a hardcoded revision id instead of generating one") String revId,
              @Parameters(paramLabel = "revisions", arity = "1..*", description = "one or more revisions, or 'heads' for all heads") List<String> revisions) {
        commands().merge(revisions, message, branchLabel, revId);
        return 0;
    }

    @Command(name = "upgrade", description = "Upgrade to a later version.")
    int upgrade(@Option(names = "--sql", description = "Don't emit SQL to database - dump to standard output/file instead. See docs on offline mode.") boolean sql,
                @Option(names = "--tag", description = "Arbitrary 'tag' name - can be used by custom env.java scripts.") String tag,
                @Option(names = "--transaction-per-migration", description = "Commit after each migration instead of once for the whole command") boolean perMigration,
                @Parameters(paramLabel = "revision", description = "revision identifier") String revision) {
        commands().upgrade(revision, sql, tag, perMigration);
        return 0;
    }

    @Command(name = "downgrade", description = "Revert to a previous version.")
    int downgrade(@Option(names = "--sql", description = "Don't emit SQL to database - dump to standard output/file instead. See docs on offline mode.") boolean sql,
                  @Option(names = "--tag", description = "Arbitrary 'tag' name - can be used by custom env.java scripts.") String tag,
                  @Option(names = "--transaction-per-migration", description = "Commit after each migration instead of once for the whole command") boolean perMigration,
                  @Parameters(paramLabel = "revision", description = "revision identifier") String revision) {
        commands().downgrade(revision, sql, tag, perMigration);
        return 0;
    }

    @Command(name = "show", description = "Show the revision(s) denoted by the given symbol.")
    int show(@Parameters(paramLabel = "rev", description = "string revision target") String rev) {
        commands().show(rev);
        return 0;
    }

    @Command(name = "history", description = "List changeset scripts in chronological order.")
    int history(@Option(names = {"-r", "--rev-range"}, description = "Specify a revision range; format is [start]:[end]") String range,
                @Option(names = {"-v", "--verbose"}, description = "Use more verbose output") boolean verbose,
                @Option(names = {"-i", "--indicate-current"}, description = "Indicate the current revision") boolean indicateCurrent) {
        commands().history(range, verbose, indicateCurrent);
        return 0;
    }

    @Command(name = "heads", description = "Show current available heads in the script directory.")
    int heads(@Option(names = {"-v", "--verbose"}, description = "Use more verbose output") boolean verbose,
              @Option(names = "--resolve-dependencies", description = "Treat dependency versions as down revisions") boolean resolveDependencies) {
        commands().heads(verbose, resolveDependencies);
        return 0;
    }

    @Command(name = "branches", description = "Show current branch points.")
    int branches(@Option(names = {"-v", "--verbose"}, description = "Use more verbose output") boolean verbose) {
        commands().branches(verbose);
        return 0;
    }

    @Command(name = "current", description = "Display the current revision for a database.")
    int current(@Option(names = {"-v", "--verbose"}, description = "Use more verbose output") boolean verbose,
                @Option(names = {"-c", "--check-heads"}, description = "Check if all head revisions are applied to the database. Exit with an error code if this is not the case.") boolean checkHeads) {
        commands().current(verbose, checkHeads);
        return 0;
    }

    @Command(name = "stamp", description = "'stamp' the revision table with the given revision; don't run any migrations.")
    int stamp(@Option(names = "--sql", description = "Don't emit SQL to database - dump to standard output/file instead. See docs on offline mode.") boolean sql,
              @Option(names = "--tag", description = "Arbitrary 'tag' name - can be used by custom env.java scripts.") String tag,
              @Option(names = "--purge", description = "Unconditionally erase the version table before stamping") boolean purge,
              @Parameters(paramLabel = "revisions", arity = "1..*", description = "one or more revisions, or 'heads' for all heads") List<String> revisions) {
        commands().stamp(revisions, sql, tag, purge);
        return 0;
    }

    @Command(name = "edit", description = "Edit revision script(s) using $EDITOR.")
    int edit(@Parameters(paramLabel = "rev", description = "string revision target") String rev) {
        commands().edit(rev);
        return 0;
    }

    @Command(name = "ensure_version", description = "Create the alembic version table if it doesn't exist already .")
    int ensureVersion(@Option(names = "--sql", description = "Don't emit SQL to database - dump to standard output/file instead. See docs on offline mode.") boolean sql) {
        commands().ensureVersion(sql);
        return 0;
    }

    @Command(name = "check", description = "Check if revision command with autogenerate has pending upgrade ops.")
    int check() {
        commands().check();
        return 0;
    }

    /** Creates the command functions for the parsed global options. */
    @FunctionalInterface
    interface CommandsFactory {
        Commands create(AlembicCli globalOptions);
    }

    /** No command was given. */
    static final class MissingCommandException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
