package org.alembic4j.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.alembic4j.runtime.testsupport.ScriptFiles;
import org.alembic4j.runtime.testsupport.TestDatabase;
import org.alembic4j.runtime.testsupport.TestDatabase.Kind;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several processes run {@code upgrade head} on one database at the same moment: the run lock
 * makes every migration run exactly once, and every process ends successfully at head.
 */
class ConcurrentUpgradeTest {

    private static final int PROCESSES = 3;
    private static final List<String> CHAIN = List.of("a00000000001", "a00000000002", "a00000000003", "a00000000004");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRESQL", "MARIADB", "SQLITE"})
    void everyMigrationRunsOnceAndAllProcessesEndAtHead(Kind kind) throws Exception {
        Path versions = tmp.resolve("versions");
        for (int i = 0; i < CHAIN.size(); i++) {
            String id = CHAIN.get(i);
            List<String> sql = new ArrayList<>();
            if (i == 0) {
                sql.add("CREATE TABLE run_log (rev VARCHAR(40))");
            }
            sql.add("CREATE TABLE t_" + id + " (id INTEGER)");
            sql.add("INSERT INTO run_log (rev) VALUES ('" + id + "')");
            ScriptFiles.writeSource(versions, id + "_step.java", script(id, i == 0 ? null : CHAIN.get(i - 1), sql));
        }
        Path gate = tmp.resolve("gate");
        try (TestDatabase db = TestDatabase.create(kind)) {
            List<Process> processes = new ArrayList<>();
            List<Path> readies = new ArrayList<>();
            for (int p = 0; p < PROCESSES; p++) {
                Path ready = tmp.resolve("ready-" + p);
                readies.add(ready);
                List<String> cmd = new ArrayList<>(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), "-Dalembic4j.test.log.stderr=true",
                        ConcurrentUpgradeMain.class.getName(), db.sqlalchemyUrl(), versions.toString(),
                        tmp.resolve("cache").toString(), ready.toString(), gate.toString()));
                cmd.addAll(CHAIN);
                processes.add(new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out-" + p).toFile())
                        .redirectError(tmp.resolve("err-" + p).toFile()).start());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!readies.stream().allMatch(Files::exists) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Files.createFile(gate); // all start their runs at once

            StringBuilder logs = new StringBuilder();
            for (int p = 0; p < PROCESSES; p++) {
                Process process = processes.get(p);
                assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("process %d finished", p).isTrue();
                String err = Files.readString(tmp.resolve("err-" + p), StandardCharsets.UTF_8);
                logs.append(err);
                assertThat(process.exitValue()).as("process %d failed:%n%s", p, err).isZero();
            }
            assertThat(db.strings("SELECT rev FROM run_log")).containsExactlyElementsOf(CHAIN);
            assertThat(db.strings("SELECT COUNT(*) FROM run_log")).containsExactly(String.valueOf(CHAIN.size()));
            assertThat(db.versions()).containsExactly(CHAIN.get(CHAIN.size() - 1));
            assertThat(logs.toString()).contains("Waiting for the migration lock on ")
                    .contains(" held by another process...");
            List<String> ranCounts = new ArrayList<>();
            for (int p = 0; p < PROCESSES; p++) {
                ranCounts.add(Files.readString(tmp.resolve("out-" + p)).strip());
            }
            assertThat(ranCounts).containsOnlyOnce("ran " + CHAIN.size());
        }
    }

    /** A revision that holds the lock a while, so the other processes really have to wait. */
    private static String script(String id, String down, List<String> sql) {
        StringBuilder body = new StringBuilder();
        for (String s : sql) {
            body.append("        op.execute(\"").append(s).append("\");\n");
        }
        body.append("        Thread.sleep(300);\n");
        return "import org.alembic4j.Migration;\nimport org.alembic4j.Revision;\n\n"
                + "@Revision(id = \"" + id + "\"" + (down == null ? "" : ", down = \"" + down + "\"") + ")\n"
                + "class Rev_" + id + " extends Migration {\n"
                + "    public void upgrade() throws Exception {\n" + body + "    }\n"
                + "    public void downgrade() { }\n}\n";
    }
}
