package org.alembic4j.runtime.scripts;

import static org.alembic4j.runtime.testsupport.Steps.rev;
import static org.alembic4j.runtime.testsupport.Steps.up;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.alembic4j.AlembicException;
import org.alembic4j.Migration;
import org.alembic4j.graph.MigrationStep;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.runtime.MigrationRunner;
import org.alembic4j.runtime.ScriptLoader;
import org.alembic4j.runtime.compile.JavaSourceCompiler;
import org.alembic4j.runtime.testsupport.Runners;
import org.alembic4j.runtime.testsupport.ScriptFiles;
import org.alembic4j.runtime.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java revision scripts compiled in-process, in memory, with the on-disk class cache. */
class CompilingScriptLoaderTest {

    @TempDir
    Path project;

    private Path versions() {
        return project.resolve("versions");
    }

    private Path cacheDir() {
        return project.resolve(JavaSourceCompiler.DEFAULT_CACHE_DIR_NAME);
    }

    private JavaSourceCompiler newCompiler() {
        return new JavaSourceCompiler(cacheDir(), Migration.class.getClassLoader(), List.of());
    }

    private static ScriptLoader loader(JavaSourceCompiler compiler) {
        return new CompilingScriptLoader(compiler, file -> {
            throw new IOException("no SQL revisions here");
        });
    }

    private static String offlineUpgrade(ScriptLoader loader, List<MigrationStep> steps) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MigrationRunner runner = Runners.offline("sqlite:///x.db", out, Set.of())) {
            runner.run(heads -> steps, loader);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void compilesAllScriptsOfARunInOneCallAndRunsThemOnline() throws Exception {
        Path a = ScriptFiles.write(versions(), "1975ea83b712", null, "create_account_table",
                new String[] {"CREATE TABLE account (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50))"},
                new String[] {"DROP TABLE account"});
        Path b = ScriptFiles.write(versions(), "27c6a30d7c24", "1975ea83b712", "add_email_column",
                new String[] {"ALTER TABLE account ADD COLUMN email VARCHAR(100)"},
                new String[] {"ALTER TABLE account DROP COLUMN email"});
        RevisionNode ra = rev("1975ea83b712", "create account table", a);
        RevisionNode rb = rev("27c6a30d7c24", "add email column", b, ra.id());
        JavaSourceCompiler compiler = newCompiler();

        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE);
             MigrationRunner runner = Runners.online(db.sqlalchemyUrl())) {
            runner.run(heads -> List.of(up(ra), up(rb)), loader(compiler));
            assertThat(db.versions()).containsExactly("27c6a30d7c24");
            assertThat(db.strings("SELECT name FROM pragma_table_info('account')")).containsExactly("email", "id", "name");
        }
        assertThat(compiler.compilerRuns()).isEqualTo(1);
        assertThat(compiler.sourcesCompiled()).isEqualTo(2);
        try (Stream<Path> files = Files.walk(project)) {
            assertThat(files.filter(f -> f.toString().endsWith(".class"))).isEmpty();
        }
        try (Stream<Path> cached = Files.list(cacheDir())) {
            assertThat(cached.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".classes"))).hasSize(2);
        }
    }

    @Test
    void unchangedScriptsAreNeverRecompiledAndEditedOnesAre() throws Exception {
        Path a = ScriptFiles.write(versions(), "1975ea83b712", null, "one",
                new String[] {"CREATE TABLE one (id INTEGER)"}, new String[] {});
        Path b = ScriptFiles.write(versions(), "27c6a30d7c24", "1975ea83b712", "two",
                new String[] {"CREATE TABLE two (id INTEGER)"}, new String[] {});
        RevisionNode ra = rev("1975ea83b712", "one", a);
        RevisionNode rb = rev("27c6a30d7c24", "two", b, ra.id());
        List<MigrationStep> steps = List.of(up(ra), up(rb));

        JavaSourceCompiler first = newCompiler();
        assertThat(offlineUpgrade(loader(first), steps)).contains("CREATE TABLE two (id INTEGER);");
        assertThat(first.compilerRuns()).isEqualTo(1);

        // a new process (new compiler object), same files: everything from the cache
        JavaSourceCompiler second = newCompiler();
        assertThat(offlineUpgrade(loader(second), steps)).contains("CREATE TABLE two (id INTEGER);");
        assertThat(second.compilerRuns()).isZero();

        // edit b: only b is compiled again, and its new body runs
        ScriptFiles.write(versions(), "27c6a30d7c24", "1975ea83b712", "two",
                new String[] {"CREATE TABLE two_renamed (id INTEGER)"}, new String[] {});
        JavaSourceCompiler third = newCompiler();
        String out = offlineUpgrade(loader(third), steps);
        assertThat(out).contains("CREATE TABLE two_renamed (id INTEGER);").doesNotContain("CREATE TABLE two (");
        assertThat(third.compilerRuns()).isEqualTo(1);
        assertThat(third.sourcesCompiled()).isEqualTo(1);

        // a damaged cache entry is a miss, never an error (the offline SQL cache's too, or the
        // scripts would not even be loaded)
        try (Stream<Path> cached = Files.list(cacheDir())) {
            for (Path entry : cached.filter(f -> f.toString().endsWith(".classes") || f.toString().endsWith(".cache"))
                    .toList()) {
                Files.write(entry, "not a cache entry".getBytes(StandardCharsets.UTF_8));
            }
        }
        JavaSourceCompiler fourth = newCompiler();
        assertThat(offlineUpgrade(loader(fourth), steps)).contains("CREATE TABLE two_renamed (id INTEGER);");
        assertThat(fourth.sourcesCompiled()).isEqualTo(2);
    }

    /** Several compilers (as in several processes) fill the same cache at once: no torn or stray files. */
    @Test
    void concurrentWritersNeverLeaveABrokenCache() throws Exception {
        List<RevisionNode> revs = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = "c0000000000" + i;
            revs.add(rev(id, "r" + i, ScriptFiles.write(versions(), id, null, "r" + i,
                    new String[] {"CREATE TABLE r" + i + " (id INTEGER)"}, new String[] {})));
        }
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    JavaSourceCompiler compiler = newCompiler();
                    assertThat(loader(compiler).load(revs)).hasSize(3);
                    return compiler.sourcesCompiled();
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Integer> f : results) {
                assertThat(f.get(120, java.util.concurrent.TimeUnit.SECONDS)).isBetween(0, 3);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> cached = Files.list(cacheDir())) {
            // three class entries and the source index; no temporary file left behind
            assertThat(cached.map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals(".gitignore") && !n.equals("source-keys.idx")))
                    .hasSize(3).allMatch(n -> n.endsWith(".classes"));
        }
        JavaSourceCompiler after = newCompiler();
        assertThat(offlineUpgrade(loader(after), List.of(up(revs.get(0)), up(rev(revs.get(1).id(), "r1",
                revs.get(1).path(), revs.get(0).id()))))).contains("CREATE TABLE r1 (id INTEGER);");
        assertThat(after.sourcesCompiled()).isZero();
    }

    @Test
    void onlyTheScriptsTheRunNeedsAreCompiled() throws Exception {
        Path a = ScriptFiles.write(versions(), "1975ea83b712", null, "one", new String[] {"SELECT 1"}, new String[] {});
        ScriptFiles.writeSource(versions(), "27c6a30d7c24_broken.java", "this is not java");
        JavaSourceCompiler compiler = newCompiler();
        assertThat(offlineUpgrade(loader(compiler), List.of(up(rev("1975ea83b712", "one", a))))).contains("SELECT 1;");
        assertThat(compiler.sourcesCompiled()).isEqualTo(1);
    }

    @Test
    void aCompileErrorNamesFileLineAndMessageAndNothingRuns() throws Exception {
        Path a = ScriptFiles.write(versions(), "1975ea83b712", null, "good",
                new String[] {"CREATE TABLE good (id INTEGER)"}, new String[] {});
        Path b = ScriptFiles.writeSource(versions(), "27c6a30d7c24_bad.java",
                "import org.alembic4j.Migration;\nimport org.alembic4j.Revision;\n\n"
                        + "@Revision(id = \"27c6a30d7c24\", down = \"1975ea83b712\")\n"
                        + "class Rev_27c6a30d7c24 extends Migration {\n"
                        + "    public void upgrade() {\n"
                        + "        op.execute(\"CREATE TABLE bad (id INTEGER)\")\n"
                        + "    }\n"
                        + "    public void downgrade() { }\n"
                        + "}\n");
        RevisionNode ra = rev("1975ea83b712", "good", a);
        RevisionNode rb = rev("27c6a30d7c24", "bad", b, ra.id());
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE);
             MigrationRunner runner = Runners.online(db.sqlalchemyUrl())) {
            assertThatThrownBy(() -> runner.run(heads -> List.of(up(ra), up(rb)), loader(newCompiler())))
                    .isInstanceOf(AlembicException.class)
                    .hasMessageStartingWith("Could not compile revision scripts:\n" + b + ":7: error: ';' expected");
            assertThat(db.tables()).isEmpty();
        }
        try (Stream<Path> cached = Files.list(project)) {
            assertThat(cached.map(p -> p.getFileName().toString())).doesNotContain(".alembic4j-cache");
        }
    }

    @Test
    void aFileWithoutARevisionClassIsReported() throws Exception {
        Path a = ScriptFiles.writeSource(versions(), "1975ea83b712_plain.java", "class Plain { }\n");
        assertThatThrownBy(() -> offlineUpgrade(loader(newCompiler()), List.of(up(rev("1975ea83b712", "p", a)))))
                .isInstanceOf(AlembicException.class)
                .hasMessage(a + " declares no class extending org.alembic4j.Migration annotated @org.alembic4j.Revision");
    }

    @Test
    void scriptsSeeTheContextAndItsArguments() throws Exception {
        Path a = ScriptFiles.writeSource(versions(), "1975ea83b712_ctx.java",
                "import org.alembic4j.Migration;\nimport org.alembic4j.Revision;\n"
                        + "import org.alembic4j.runtime.MigrationContext;\n\n"
                        + "@Revision(id = \"1975ea83b712\")\n"
                        + "class Rev_1975ea83b712 extends Migration {\n"
                        + "    public void upgrade() {\n"
                        + "        MigrationContext ctx = MigrationContext.of(op);\n"
                        + "        op.execute(\"SELECT '\" + ctx.dialect().name() + \"', \" + ctx.isOfflineMode());\n"
                        + "    }\n"
                        + "    public void downgrade() { }\n"
                        + "}\n");
        assertThat(offlineUpgrade(loader(newCompiler()), List.of(up(rev("1975ea83b712", "ctx", a)))))
                .contains("SELECT 'sqlite', true;");
    }

    @Test
    void sqlRevisionsRunTheirSplitStatements() throws Exception {
        Path sqlFile = versions().resolve("1975ea83b712_plain.sql");
        Files.createDirectories(versions());
        Files.writeString(sqlFile, "-- the parser belongs to the script directory; this test hands the bodies over\n");
        ScriptLoader loader = new CompilingScriptLoader(newCompiler(), file -> new SqlSections(
                "CREATE TABLE t (a TEXT);\nINSERT INTO t VALUES ('x;y');\n-- done\n", "DROP TABLE t;"));
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE);
             MigrationRunner runner = Runners.online(db.sqlalchemyUrl())) {
            runner.run(heads -> List.of(up(rev("1975ea83b712", "plain", sqlFile))), loader);
            assertThat(db.strings("SELECT a FROM t")).containsExactly("x;y");
        }
    }
}
