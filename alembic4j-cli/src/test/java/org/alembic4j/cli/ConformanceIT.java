package org.alembic4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the shared black-box conformance harness ({@code ../shared/conformance}) against the
 * packaged {@code bin/alembic}: every dev scenario, recorded from real Alembic 1.20, on SQLite
 * and on PostgreSQL. The harness compares exit statuses, listings, generated file names and the
 * semantics of {@code --sql} output (see its README).
 *
 * <p>Runs in the {@code integration-test} phase, after {@code package} made the launcher's jar.
 * Outside CI, a machine without the shared folder or python3 skips it; in CI it must run.
 */
class ConformanceIT {

    private static final Path REPO = Path.of(System.getProperty("alembic4j.repo", "..")).toAbsolutePath().normalize();
    private static final Path SHARED = REPO.resolveSibling("shared").resolve("conformance");

    @Test
    void sqliteScenariosMatchRealAlembic() throws Exception {
        runSuite("sqlite");
    }

    @Test
    void postgresqlScenariosMatchRealAlembic() throws Exception {
        runSuite("postgresql");
    }

    private void runSuite(String db) throws IOException, InterruptedException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!ci) {
            assumeTrue(Files.isDirectory(SHARED), "no shared conformance folder at " + SHARED);
        }
        List<String> command = new ArrayList<>(List.of(
                "python3", SHARED.resolve("conform.py").toString(), "suite",
                "--cli", REPO.resolve("bin/alembic").toString(),
                "--scenarios", SHARED.resolve("dev/scenarios").toString(),
                "--golden", SHARED.resolve("dev/golden/" + db).toString(),
                "--jobs", "2", "--failures-only"));
        if (db.equals("postgresql")) {
            command.addAll(List.of("--db", "postgresql", "--pg-url", "postgresql://postgres@127.0.0.1:5432"));
        }
        String match = System.getProperty("alembic4j.conformance.match");
        if (match != null && !match.isBlank()) {
            command.addAll(List.of("--match", match));
        }
        Path log = Files.createTempFile("conformance-" + db, ".log");
        ProcessBuilder builder = new ProcessBuilder(command);
        // One class cache for every scenario: identical sources (env.java) compile once.
        builder.environment().put("ALEMBIC4J_CACHE_DIR", Files.createTempDirectory("alembic4j-cache").toString());
        Process process = builder
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(process.waitFor(30, TimeUnit.MINUTES)).as("harness finished").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println("conformance (" + db + "):\n" + output);
        assertThat(process.exitValue()).as("conformance harness on %s:%n%s", db, output).isZero();
    }
}
