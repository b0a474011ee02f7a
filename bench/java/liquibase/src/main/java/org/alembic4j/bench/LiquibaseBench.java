package org.alembic4j.bench;

import java.util.Arrays;
import java.nio.file.Path;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.util.LiquibaseUtil;

/**
 * Drives Liquibase through its Java command API (CommandScope, what its CLI and Maven plugin call).
 *
 * <pre>
 *   LiquibaseBench version                                  load Liquibase and its command definitions
 *   LiquibaseBench status|history|update|updateSql &lt;jdbc-url&gt; &lt;dir&gt;
 *   LiquibaseBench rollbackCount &lt;jdbc-url&gt; &lt;dir&gt; &lt;count&gt;
 * </pre>
 * {@code dir} holds {@code changelog.xml}. Exit status 0 on success, 1 on failure.
 */
public final class LiquibaseBench {

    private LiquibaseBench() {
    }

    public static void main(String[] args) {
        // No banner, and no usage report sent home (there is no network here; a timeout would be timed).
        System.setProperty("liquibase.showBanner", "false");
        System.setProperty("liquibase.analytics.enabled", "false");
        try {
            run(args);
        } catch (Exception e) {
            System.err.println("FAILED: " + e);
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("version")) {
            // What every command pays before it connects: Liquibase's scope and a parsed command.
            new CommandScope("status");
            System.out.println("Liquibase " + LiquibaseUtil.getBuildVersionInfo());
            return;
        }
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: LiquibaseBench <command> <jdbc-url> <dir> [count]; got "
                    + Arrays.toString(args));
        }
        CommandScope command = new CommandScope(args[0])
                .addArgumentValue("url", args[1])
                .addArgumentValue("changelogFile", "changelog.xml")
                .setOutput(System.out);
        switch (args[0]) {
            case "status" -> command.addArgumentValue("verbose", true);
            case "rollbackCount" -> command.addArgumentValue("count", Integer.parseInt(args[3]));
            case "history", "update", "updateSql" -> { }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
        // changelog.xml and the files it includes are looked up in dir (the CLI's --search-path)
        Scope.child(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(Path.of(args[2])),
                () -> command.execute());
    }
}
