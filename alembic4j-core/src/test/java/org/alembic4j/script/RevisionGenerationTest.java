package org.alembic4j.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.alembic4j.config.AlembicConfig;
import org.alembic4j.graph.RevisionNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionGenerationTest {

    @TempDir
    Path dir;

    private final StringBuilder out = new StringBuilder();

    @Test
    void javaRevisionLooksLikeAlembicsAndReadsBack() throws Exception {
        ScriptDirectory scripts = Projects.scripts(Projects.init(dir, "generic", ""));
        RevisionNode node = scripts.generateRevision(
                RevisionRequest.builder("1975ea83b712").message("create account table").build(), out::append);

        Path file = dir.resolve("alembic/versions/1975ea83b712_create_account_table.java");
        assertThat(out.toString()).isEqualTo("Generating " + file + " ...  done\n");
        assertThat(node.path()).isEqualTo(file);
        String expected = """
                /*
                create account table

                Revision ID: 1975ea83b712
                Revises:\s
                Create Date: 2026-11-22 02:14:37.376136

                */
                import org.alembic4j.Migration;
                import org.alembic4j.Revision;
                import static org.alembic4j.op.Ops.*;

                // revision identifiers, used by Alembic.
                @Revision(
                    id = "1975ea83b712",
                    down = {},
                    branchLabels = {},
                    dependsOn = {})
                class Migration_1975ea83b712 extends Migration {

                    @Override
                    public void upgrade() {
                    }

                    @Override
                    public void downgrade() {
                    }
                }
                """;
        assertThat(Files.readString(file)).isEqualTo(expected);
        assertThat(node).isEqualTo(new RevisionNode("1975ea83b712", List.of(), List.of(), List.of(),
                "create account table\n\nRevision ID: 1975ea83b712\nRevises: \nCreate Date: 2026-11-22 02:14:37.376136",
                file));
        assertThat(scripts.loadRevisions()).containsExactly(node);
    }

    @Test
    void mergeWithLabelsDependenciesImportsAndBodies() throws Exception {
        ScriptDirectory scripts = Projects.scripts(Projects.init(dir, "generic", "timezone = Europe/Paris\n"));
        RevisionNode a = scripts.generateRevision(RevisionRequest.builder("3c9e5b21f0bb").message("a").build(), out::append);
        RevisionNode b = scripts.generateRevision(RevisionRequest.builder("3c9e04f8d1aa").message("b").build(), out::append);
        RevisionNode merge = scripts.generateRevision(RevisionRequest.builder("4f1d2c3b4a5e")
                .message("merge branches")
                .parents(List.of(a, b))
                .branchLabels(List.of("feature"))
                .dependsOn(List.of("networking", "27c6a30d7c24"))
                .imports("import static java.util.Objects.requireNonNull;")
                .upgrades("        requireNonNull(op);")
                .downgrades("        // nothing")
                .build(), out::append);
        String text = Files.readString(merge.path());
        assertThat(text).contains("""
                /*
                merge branches

                Revision ID: 4f1d2c3b4a5e
                Revises: 3c9e5b21f0bb, 3c9e04f8d1aa
                Create Date: 2026-11-22 03:14:37.376136+01:00

                */
                import org.alembic4j.Migration;
                import org.alembic4j.Revision;
                import static org.alembic4j.op.Ops.*;
                import static java.util.Objects.requireNonNull;

                // revision identifiers, used by Alembic.
                @Revision(
                    id = "4f1d2c3b4a5e",
                    down = {"3c9e5b21f0bb", "3c9e04f8d1aa"},
                    branchLabels = {"feature"},
                    dependsOn = {"networking", "27c6a30d7c24"})
                class Migration_4f1d2c3b4a5e extends Migration {

                    @Override
                    public void upgrade() {
                        requireNonNull(op);
                    }

                    @Override
                    public void downgrade() {
                        // nothing
                    }
                }
                """);
        assertThat(merge.downRevisions()).containsExactly("3c9e5b21f0bb", "3c9e04f8d1aa");
        assertThat(merge.branchLabels()).containsExactly("feature");
        assertThat(merge.dependsOn()).containsExactly("networking", "27c6a30d7c24");
        assertThat(merge.message()).isEqualTo("merge branches");
        assertThat(scripts.loadRevisions()).containsExactly(b, a, merge); // sorted file names
    }

    @Test
    void noMessageGivesEmptyMessageAndAnEmptySlug() throws Exception {
        ScriptDirectory scripts = Projects.scripts(Projects.init(dir, "generic", ""));
        RevisionNode node = scripts.generateRevision(RevisionRequest.builder("abc").build(), out::append);
        assertThat(node.path().getFileName()).hasToString("abc_.java");
        assertThat(node.message()).isEqualTo("empty message");
    }

    @Test
    void oddMessagesAndIdsRoundTrip() throws Exception {
        ScriptDirectory scripts = Projects.scripts(Projects.init(dir, "generic", ""));
        String message = "ends the comment */ here, \"quotes\" 'single' \\u002a/ back\\slash *\\/ ünïcødé ✓\n\nsecond para";
        RevisionNode node = scripts.generateRevision(RevisionRequest.builder("bad id \"x\"")
                .message(message)
                .parents(List.of(new RevisionNode("p*/\\u0022", List.of(), List.of(), List.of(), "", null)))
                .branchLabels(List.of("lab\"el", "ü"))
                .build(), out::append);
        assertThat(node.path().getFileName())
                .hasToString("bad id \"x\"_ends_the_comment_here_quotes_single_.java");
        RevisionNode read = scripts.readRevision(node.path());
        assertThat(read.id()).isEqualTo("bad id \"x\"");
        assertThat(read.downRevisions()).containsExactly("p*/\\u0022");
        assertThat(read.branchLabels()).containsExactly("lab\"el", "ü");
        assertThat(read.message()).isEqualTo("ends the comment */ here, \"quotes\" 'single' \\u002a/ back\\slash *\\/ ünïcødé ✓");
        assertThat(read.docstring()).startsWith(message + "\n\nRevision ID: bad id \"x\"\nRevises: p*/\\u0022\n");
        assertThat(Files.readString(node.path())).contains("class Migration_bad_20_id_20__22_x_22_ extends Migration");
    }

    @Test
    void sqlRevisionRoundTrips() throws Exception {
        ScriptDirectory scripts = Projects.scripts(Projects.init(dir, "sql", ""));
        RevisionNode base = scripts.generateRevision(RevisionRequest.builder("1975ea83b712")
                .message("create account table").upgrades("CREATE TABLE account (id INTEGER PRIMARY KEY);")
                .downgrades("DROP TABLE account;").build(), out::append);
        RevisionNode next = scripts.generateRevision(RevisionRequest.builder("27c6a30d7c24")
                .message("upgrade\n-- downgrade\n\nrevision: fake").parents(List.of(base))
                .branchLabels(List.of("main", "core")).dependsOn(List.of("networking")).build(), out::append);
        assertThat(Files.readString(base.path())).isEqualTo("""
                -- create account table
                --
                -- Revision ID: 1975ea83b712
                -- Revises:\s
                -- Create Date: 2026-11-22 02:14:37.376136
                --

                -- revision: 1975ea83b712
                -- down_revision:\s
                -- branch_labels:\s
                -- depends_on:\s

                -- upgrade
                CREATE TABLE account (id INTEGER PRIMARY KEY);

                -- downgrade
                DROP TABLE account;
                """);
        assertThat(base.path().getFileName()).hasToString("1975ea83b712_create_account_table.sql");
        SqlRevisionScript script = SqlRevisionScript.read(next.path(), StandardCharsets.UTF_8);
        assertThat(script.header().id()).isEqualTo("27c6a30d7c24");
        assertThat(script.header().downRevisions()).containsExactly("1975ea83b712");
        assertThat(script.header().branchLabels()).containsExactly("main", "core");
        assertThat(script.header().dependsOn()).containsExactly("networking");
        assertThat(script.header().docstring()).startsWith("upgrade\n-- downgrade\n\nrevision: fake\n\nRevision ID:");
        assertThat(script.upgradeSql()).isEmpty();
        assertThat(script.downgradeSql()).isEmpty();
        assertThat(SqlRevisionScript.read(base.path(), StandardCharsets.UTF_8).upgradeSql())
                .isEqualTo("CREATE TABLE account (id INTEGER PRIMARY KEY);");
        assertThat(scripts.loadRevisions()).containsExactly(base, next);
    }

    @Test
    void formatCanBeChosenPerRevision() throws Exception {
        ScriptDirectory scripts = Projects.scripts(Projects.init(dir, "generic", ""));
        RevisionNode node = scripts.generateRevision(RevisionRequest.builder("a1").message("x")
                .format(RevisionFormat.SQL).build(), out::append);
        assertThat(node.path().getFileName()).hasToString("a1_x.sql");
    }

    @Test
    void sqlRevisionsRejectIdsTheirFormatCantHold() throws Exception {
        ScriptDirectory scripts = Projects.scripts(Projects.init(dir, "sql", ""));
        assertThatThrownBy(() -> scripts.generateRevision(RevisionRequest.builder("a,b").build(), out::append))
                .hasMessageContaining("Can't write 'a,b' into a .sql revision");
        assertThat(dir.resolve("alembic/versions")).isEmptyDirectory();
    }

    @Test
    void fileTemplateWithSubdirectoriesAndSlugTruncation() throws Exception {
        AlembicConfig config = Projects.init(dir, "generic",
                "file_template = %%(year)d/%%(month).2d/%%(day).2d_%%(hour).2d%%(minute).2d_%%(epoch)s-%%(rev)s_%%(slug)s\n"
                        + "truncate_slug_length = 12\nrecursive_version_locations = true\n");
        ScriptDirectory scripts = Projects.scripts(config);
        RevisionNode node = scripts.generateRevision(RevisionRequest.builder("aaaa00000001")
                .message("This is a Very long message, with punctuation!!").build(), out::append);
        Path expected = dir.resolve("alembic/versions/2026/11/22_0214_1795313677-aaaa00000001_this_is_a_.java");
        assertThat(node.path()).isEqualTo(expected);
        assertThat(out.toString()).isEqualTo("Creating directory " + dir + "/alembic/versions/2026/11 ...  done\n"
                + "Generating " + expected + " ...  done\n");
        assertThat(scripts.loadRevisions()).extracting(RevisionNode::id).containsExactly("aaaa00000001");
    }

    @Test
    void multipleVersionLocations() throws Exception {
        AlembicConfig config = Projects.init(dir, "generic",
                "version_locations = %(here)s/alembic/versions:%(here)s/other\n");
        ScriptDirectory scripts = Projects.scripts(config);
        assertThat(scripts.versionLocations()).containsExactly(dir.resolve("alembic/versions"), dir.resolve("other"));

        assertThatThrownBy(() -> scripts.generateRevision(RevisionRequest.builder("r1").build(), out::append))
                .hasMessage("Multiple version locations present, please specify --version-path");
        assertThatThrownBy(() -> scripts.generateRevision(RevisionRequest.builder("r1").versionPath("elsewhere")
                .build(), out::append))
                .hasMessage("Path elsewhere is not represented in current version locations");

        RevisionNode root = scripts.generateRevision(RevisionRequest.builder("r1").message("net")
                .versionPath("other").build(), out::append);
        assertThat(out.toString()).startsWith("Creating directory " + dir + "/other ...  done\n");
        assertThat(root.path()).isEqualTo(dir.resolve("other/r1_net.java"));
        RevisionNode child = scripts.generateRevision(RevisionRequest.builder("r2").parents(List.of(root)).build(),
                out::append);
        assertThat(child.path().getParent()).as("goes next to its parent").isEqualTo(dir.resolve("other"));
    }

    @Test
    void neverOverwritesAndLeavesNoFileOnFailure() throws Exception {
        AlembicConfig config = Projects.init(dir, "generic", "output_encoding = ascii\n");
        ScriptDirectory scripts = Projects.scripts(config);
        Path versions = dir.resolve("alembic/versions");
        scripts.generateRevision(RevisionRequest.builder("r1").message("x").build(), out::append);
        assertThatThrownBy(() -> scripts.generateRevision(RevisionRequest.builder("r1").message("x").build(),
                out::append))
                .hasMessage("File " + versions.resolve("r1_x.java") + " already exists; not overwriting it");
        assertThat(out.toString()).endsWith("Generating " + versions.resolve("r1_x.java") + " ...  FAILED\n");

        assertThatThrownBy(() -> scripts.generateRevision(RevisionRequest.builder("r2").message("ünïcødé").build(),
                out::append))
                .hasMessageContaining("can't be encoded in US-ASCII");
        try (var files = Files.list(versions)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("r1_x.java");
        }
    }

    @Test
    void aTemplateThatDropsTheLabelsIsCaughtBeforeWriting() throws Exception {
        ScriptDirectory scripts = Projects.scripts(Projects.init(dir, "generic", ""));
        Path template = scripts.templateFile(RevisionFormat.JAVA);
        Files.writeString(template, Files.readString(template).replace("{{branch_labels_java}}", "{}"));
        assertThatThrownBy(() -> scripts.generateRevision(RevisionRequest.builder("r1")
                .branchLabels(List.of("feature")).build(), out::append))
                .hasMessage("Version r1 specified branch_labels feature, however the migration file "
                        + dir.resolve("alembic/versions/r1_.java") + " does not have them; have you upgraded your"
                        + " script.java.mustache to include the branch labels?");
        assertThat(dir.resolve("alembic/versions")).isEmptyDirectory();

        // Without a template of its own, the directory uses the built-in one init writes.
        Files.delete(template);
        Path written = scripts.generateRevision(RevisionRequest.builder("r1").build(), out::append).path();
        assertThat(Files.readString(written)).contains("class Migration_r1 extends Migration");
    }

    @Test
    void missingScriptDirectory() throws Exception {
        AlembicConfig config = AlembicConfig.builder().cwd(dir).build();
        config.setMainOption("script_location", "nowhere");
        assertThatThrownBy(() -> ScriptDirectory.fromConfig(config))
                .hasMessage("Path doesn't exist: '" + dir.resolve("nowhere")
                        + "'.  Please use the 'init' command to create a new scripts folder.");
    }
}
