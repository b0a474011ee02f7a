package org.alembic4j.bench;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Drives Flyway through its Java API, the way an application or a build plugin embeds it.
 *
 * <pre>
 *   FlywayBench version                       configure and load Flyway, connect to nothing
 *   FlywayBench info    &lt;jdbc-url&gt; &lt;sql-dir&gt;  list every migration with its state (Flyway's "info")
 *   FlywayBench migrate &lt;jdbc-url&gt; &lt;sql-dir&gt;  apply pending migrations (Flyway's "migrate")
 * </pre>
 * The url may carry user and password as JDBC properties. Exit status 0 on success, 1 on failure.
 */
public final class FlywayBench {

    private FlywayBench() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (RuntimeException e) {
            System.err.println("FAILED: " + e);
            System.exit(1);
        }
    }

    private static void run(String[] args) {
        if (args.length == 1 && args[0].equals("version")) {
            // What every command pays before its first query: the configuration and plugin discovery.
            Flyway flyway = Flyway.configure().locations("filesystem:.").load();
            System.out.println("Flyway " + org.flywaydb.core.internal.license.VersionPrinter.getVersion() + ", " + flyway.getConfiguration().getLocations().length + " location(s)");
            return;
        }
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: FlywayBench version | info|migrate <jdbc-url> <sql-dir>; got "
                    + Arrays.toString(args));
        }
        Flyway flyway = Flyway.configure()
                .dataSource(args[1], null, null)
                .locations("filesystem:" + args[2])
                .load();
        switch (args[0]) {
            case "info" -> printInfo(flyway);
            case "migrate" -> {
                MigrateResult result = flyway.migrate();
                System.out.println("applied " + result.migrationsExecuted + " migration(s), now at "
                        + result.targetSchemaVersion);
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static void printInfo(Flyway flyway) {
        StringBuilder out = new StringBuilder();
        for (MigrationInfo m : flyway.info().all()) {
            out.append(m.getVersion()).append(" | ").append(m.getDescription()).append(" | ")
                    .append(m.getState().getDisplayName()).append('\n');
        }
        System.out.print(out);
    }
}
