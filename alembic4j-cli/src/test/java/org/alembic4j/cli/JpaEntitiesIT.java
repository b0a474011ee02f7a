package org.alembic4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JPA entities as the autogenerate target through the packaged {@code bin/alembic}: the JPA module
 * and Hibernate are shipped in {@code lib/jpa}, off the command's class path, and reach an
 * {@code env.java} that names them through the script class path.
 */
class JpaEntitiesIT {

    private static final Path REPO = Path.of(System.getProperty("alembic4j.repo", "..")).toAbsolutePath().normalize();
    private static final Path LAUNCHER = REPO.resolve("bin").resolve("alembic");
    private static final Path JPA_LIBS = REPO.resolve("alembic4j-cli/target/lib/jpa");

    @TempDir
    Path dir;

    @Test
    void autogenerateFromEntitiesThenUpgradeThenCheck() throws Exception {
        Path classes = compileEntity();
        assertThat(run("init", "alembic").status).isZero();
        Path ini = dir.resolve("alembic.ini");
        Files.writeString(ini, Files.readString(ini).replaceFirst("(?m)^sqlalchemy\\.url = .*$",
                "sqlalchemy.url = sqlite:///app.db"));
        Path env = dir.resolve("alembic/env.java");
        String useUrl = "context.useUrl(context.mainOption(\"sqlalchemy.url\"));";
        String text = Files.readString(env);
        assertThat(text).contains(useUrl);
        Files.writeString(env, text.replace(useUrl, useUrl + "\n        context.targetSchema(org.alembic4j.jpa.JpaTargets"
                + ".packages(\"shop\").classpath(java.nio.file.Path.of(\"" + classes.toString().replace("\\", "\\\\") + "\")));"));

        Result generated = run("revision", "--autogenerate", "-m", "customers");
        assertThat(generated.status).as(generated.output).isZero();
        // Hibernate's own INFO banners go through SLF4J and alembic.ini's levels, not into the output
        assertThat(generated.output).contains("Detected added table 'customer'").doesNotContain("HHH");
        String script = Files.readString(onlyRevision());
        assertThat(script).contains("op.createTable(table(\"customer\"",
                "column(\"name\", string(80)).notNull()", "index(\"ix_customer_email\", \"email\")");

        Result upgraded = run("upgrade", "head");
        assertThat(upgraded.status).as(upgraded.output).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
                ResultSet rs = c.createStatement().executeQuery("SELECT name FROM pragma_table_info('customer') ORDER BY cid")) {
            List<String> columns = new ArrayList<>();
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
            assertThat(columns).containsExactlyInAnyOrder("id", "email", "name");
        }
        Result check = run("check");
        assertThat(check.status).as(check.output).isZero();
        assertThat(check.output).contains("No new upgrade operations detected.");
    }

    /** One entity, compiled against the jakarta.persistence jar the distribution ships. */
    private Path compileEntity() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/shop"));
        Path file = Files.writeString(src.resolve("Customer.java"), """
                package shop;
                import jakarta.persistence.*;
                @Entity
                @Table(name = "customer", indexes = @Index(name = "ix_customer_email", columnList = "email"))
                public class Customer {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false, length = 80) String name;
                    String email;
                }
                """);
        Path api = null;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(JPA_LIBS, "jakarta.persistence-api-*.jar")) {
            for (Path jar : jars) {
                api = jar;
            }
        }
        assertThat(api).as("jakarta.persistence in %s", JPA_LIBS).isNotNull();
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-d", classes.toString(), "-cp", api.toString(), file.toString());
        assertThat(status).isZero();
        return classes;
    }

    private Path onlyRevision() throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir.resolve("alembic/versions"), "*.java")) {
            files.forEach(found::add);
        }
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private record Result(int status, String output) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "out", ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
