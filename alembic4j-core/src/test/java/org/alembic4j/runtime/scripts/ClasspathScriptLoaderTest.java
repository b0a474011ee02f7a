package org.alembic4j.runtime.scripts;

import static org.alembic4j.runtime.testsupport.Steps.up;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.alembic4j.AlembicException;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.runtime.MigrationRunner;
import org.alembic4j.runtime.fixtures.PrecompiledRevisions;
import org.alembic4j.runtime.testsupport.Runners;
import org.alembic4j.runtime.testsupport.ScriptFiles;
import org.alembic4j.runtime.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revisions the application's build compiled: no compiler at run time. */
class ClasspathScriptLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void runsRevisionClassesGivenInCode() throws Exception {
        ClasspathScriptLoader loader = ClasspathScriptLoader.of(PrecompiledRevisions.classes());
        List<RevisionNode> nodes = loader.revisionNodes();
        assertThat(nodes).extracting(RevisionNode::id).containsExactly("a1b2c3d4e5f6", "b2c3d4e5f6a7");
        assertThat(nodes.get(1).downRevisions()).containsExactly("a1b2c3d4e5f6");
        assertThat(nodes.get(1).branchLabels()).containsExactly("widgets");

        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.H2)) {
            try (MigrationRunner runner = Runners.online(db.jdbcUrl())) {
                runner.run(heads -> List.of(up(nodes.get(0)), up(nodes.get(1))), loader);
            }
            assertThat(db.versions()).containsExactly("b2c3d4e5f6a7");
            assertThat(db.strings("SELECT LOWER(column_name) FROM information_schema.columns WHERE table_name = 'WIDGET'"))
                    .containsExactly("colour", "id");
        }
    }

    @Test
    void rejectsClassesThatAreNotRevisionsAndUnknownIds() {
        assertThatThrownBy(() -> ClasspathScriptLoader.of(String.class))
                .isInstanceOf(AlembicException.class).hasMessageStartingWith("java.lang.String is not a revision");
        ClasspathScriptLoader loader = ClasspathScriptLoader.of(PrecompiledRevisions.classes());
        RevisionNode unknown = new RevisionNode("ffffffffffff", List.of(), List.of(), List.of(), "", null);
        assertThatThrownBy(() -> loader.load(List.of(unknown)))
                .hasMessage("No class annotated @Revision(id = \"ffffffffffff\") among the 2 precompiled revisions");
    }

    /** The build runs RevisionIndexProcessor; at run time the loader finds the classes of one package by the index. */
    @Test
    void findsIndexedRevisionsOfAPackage() throws Exception {
        Path src = tmp.resolve("src");
        Path out = Files.createDirectories(tmp.resolve("classes"));
        List<Path> sources = new ArrayList<>();
        sources.add(ScriptFiles.writeSource(src.resolve("com/example/migrations"), "First.java",
                "package com.example.migrations;\nimport org.alembic4j.*;\n"
                        + "@Revision(id = \"111111111111\")\npublic class First extends Migration {\n"
                        + "  public void upgrade() { op.execute(\"CREATE TABLE first (id INTEGER)\"); }\n"
                        + "  public void downgrade() { }\n}\n"));
        sources.add(ScriptFiles.writeSource(src.resolve("com/example/migrations"), "Second.java",
                "package com.example.migrations;\nimport org.alembic4j.*;\n"
                        + "@Revision(id = \"222222222222\", down = \"111111111111\")\nclass Second extends Migration {\n"
                        + "  public void upgrade() { op.execute(\"CREATE TABLE second (id INTEGER)\"); }\n"
                        + "  public void downgrade() { }\n}\n"));
        sources.add(ScriptFiles.writeSource(src.resolve("com/example/other"), "Elsewhere.java",
                "package com.example.other;\nimport org.alembic4j.*;\n"
                        + "@Revision(id = \"333333333333\")\nclass Elsewhere extends Migration {\n"
                        + "  public void upgrade() { }\n  public void downgrade() { }\n}\n"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", System.getProperty("java.class.path"),
                "-processor", RevisionIndexProcessor.class.getName()));
        sources.forEach(s -> args.add(s.toString()));
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
        assertThat(Files.readString(out.resolve(ClasspathScriptLoader.INDEX_RESOURCE))).isEqualTo(
                "com.example.migrations.First\ncom.example.migrations.Second\ncom.example.other.Elsewhere\n");

        try (URLClassLoader app = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
            ClasspathScriptLoader loader = ClasspathScriptLoader.fromIndex(app, "com.example.migrations");
            Map<String, RevisionNode> nodes = loader.revisionNodes().stream()
                    .collect(Collectors.toMap(RevisionNode::id, n -> n));
            assertThat(nodes).containsOnlyKeys("111111111111", "222222222222");

            ByteArrayOutputStream sql = new ByteArrayOutputStream();
            try (MigrationRunner runner = Runners.offline("sqlite:///x.db", sql, Set.of())) {
                runner.run(heads -> List.of(up(nodes.get("111111111111")), up(nodes.get("222222222222"))), loader);
            }
            assertThat(sql.toString(StandardCharsets.UTF_8))
                    .contains("CREATE TABLE first (id INTEGER);\n\n")
                    .contains("CREATE TABLE second (id INTEGER);\n\n");
        }
    }
}
