package org.alembic4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which Java the packaged {@code bin/alembic} runs on: the runtime the build cut from its JDK
 * ({@code target/runtime}, the one its class-data archive belongs to) unless
 * {@code ALEMBIC4J_JAVA_HOME} names another; {@code JAVA_HOME} does not take its place, but is
 * used when the build could make no runtime (a JDK without jmods).
 */
class LauncherIT {

    private static final Path REPO = Path.of(System.getProperty("alembic4j.repo", "..")).toAbsolutePath().normalize();
    private static final Path LAUNCHER = REPO.resolve("bin").resolve("alembic");
    private static final Path RUNTIME = REPO.resolve("alembic4j-cli/target/runtime");

    @TempDir
    Path dir;

    @Test
    void runsOnTheBundledRuntimeWhateverJavaHomeSays() throws Exception {
        Path jdk = Path.of(System.getProperty("java.home")).toRealPath();
        Result result = run(Map.of("JAVA_HOME", jdk.toString()));
        assertThat(result.status).as(result.output).isZero();
        assertThat(result.output).containsPattern("(?m)^alembic \\S+$");
        if (Files.isExecutable(RUNTIME.resolve("bin").resolve("java"))) {
            assertThat(javaHome(result.output)).isEqualTo(RUNTIME.toRealPath().toString());
            // the script compiler, JDBC, and what Hibernate needs for JPA targets
            String release = Files.readString(RUNTIME.resolve("release"), StandardCharsets.UTF_8);
            assertThat(release).contains("jdk.compiler", "java.sql", "java.naming", "java.desktop", "java.instrument");
        } else {
            // a JDK without jmods builds no runtime: the launcher falls back to JAVA_HOME
            assertThat(javaHome(result.output)).isEqualTo(jdk.toString());
        }
    }

    @Test
    void alembic4jJavaHomeChoosesAnotherJava() throws Exception {
        Path jdk = Path.of(System.getProperty("java.home")).toRealPath();
        Result result = run(Map.of("ALEMBIC4J_JAVA_HOME", jdk.toString()));
        assertThat(result.status).as(result.output).isZero();
        assertThat(javaHome(result.output)).isEqualTo(jdk.toString());
    }

    @Test
    void aMissingAlembic4jJavaHomeFailsNamingIt() throws Exception {
        Path missing = dir.resolve("no-such-jdk");
        Result result = run(Map.of("ALEMBIC4J_JAVA_HOME", missing.toString()));
        assertThat(result.status).isNotZero();
        assertThat(result.output).contains(missing.resolve("bin").resolve("java").toString());
    }

    @Test
    void aScriptNeedingAJdkModuleTheRuntimeLacksSaysSoAndRunsOnAFullJdk() throws Exception {
        assertThat(run(Map.of(), "init", "alembic").status).isZero();
        assertThat(run(Map.of(), "revision", "-m", "rowset", "--rev-id", "aaaa00000001").status).isZero();
        Path script;
        try (var files = Files.list(dir.resolve("alembic/versions"))) {
            script = files.filter(f -> f.toString().endsWith(".java")).findFirst().orElseThrow();
        }
        String text = Files.readString(script);
        String withRowSet = text.replace("public void upgrade() {\n",
                "public void upgrade() {\n        javax.sql.rowset.RowSetFactory unused = null;\n");
        assertThat(withRowSet).isNotEqualTo(text);
        Files.writeString(script, withRowSet);

        Path jdk = Path.of(System.getProperty("java.home")).toRealPath();
        if (Files.isExecutable(RUNTIME.resolve("bin").resolve("java"))) {
            Result refused = run(Map.of(), "upgrade", "head", "--sql");
            assertThat(refused.status).as(refused.output).isEqualTo(255);
            assertThat(refused.output).contains(script + ":", "package javax.sql.rowset does not exist",
                    "If javax.sql.rowset is part of the JDK", "ALEMBIC4J_JAVA_HOME");
        }
        Result full = run(Map.of("ALEMBIC4J_JAVA_HOME", jdk.toString()), "upgrade", "head", "--sql");
        assertThat(full.status).as(full.output).isZero();
        assertThat(full.output).contains("INSERT INTO alembic_version (version_num) VALUES ('aaaa00000001');")
                .doesNotContain("part of the JDK");
    }

    /** The java.home the JVM reported (-XshowSettings:properties prints it to standard error). */
    private static String javaHome(String output) {
        return output.lines().map(String::strip).filter(l -> l.startsWith("java.home = "))
                .map(l -> l.substring("java.home = ".length())).findFirst().orElse("(java.home not reported)");
    }

    private record Result(int status, String output) {
    }

    private Result run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(args.length == 0 ? List.of("--version") : List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().remove("ALEMBIC4J_JAVA_HOME");
        if (args.length == 0) {
            builder.environment().put("ALEMBIC4J_JAVA_OPTS", "-XshowSettings:properties");
        }
        builder.environment().putAll(environment);
        Path log = Files.createTempFile(dir, "out", ".log");
        Process process = builder.redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
