package org.alembic4j.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.alembic4j.config.AlembicConfig;
import org.alembic4j.graph.RevisionNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionScanTest {

    @TempDir
    Path dir;

    private static String java(String id, String... down) {
        StringBuilder downs = new StringBuilder();
        for (String d : down) {
            downs.append(downs.length() == 0 ? "" : ", ").append('"').append(d).append('"');
        }
        return "/*\nrev " + id + "\n*/\n@Revision(id = \"" + id + "\", down = {" + downs + "})\nclass M extends Migration {}\n";
    }

    private static String sql(String id) {
        return "-- rev " + id + "\n\n-- revision: " + id + "\n-- upgrade\n-- downgrade\n";
    }

    private void write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private ScriptDirectory scripts(String extraIni) throws Exception {
        AlembicConfig config = AlembicConfig.builder().cwd(dir).build();
        config.setMainOption("script_location", dir.resolve("alembic").toString());
        for (String line : extraIni.lines().toList()) {
            int eq = line.indexOf('=');
            config.setMainOption(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        Files.createDirectories(dir.resolve("alembic"));
        return ScriptDirectory.fromConfig(config);
    }

    @Test
    void sortedFileNamesWithSkipsAndBothFormats() throws Exception {
        write("alembic/versions/b_second.java", java("b", "a"));
        write("alembic/versions/a_first.java", java("a"));
        write("alembic/versions/c_third.sql", sql("c"));
        write("alembic/versions/B_upper.sql", sql("B"));
        write("alembic/versions/.#a_first.java", "lock file, not a revision");
        write("alembic/versions/.hidden.java", "not a revision");
        write("alembic/versions/__init__.java", "not a revision");
        write("alembic/versions/notes.txt", "not a revision");
        write("alembic/versions/sub/d_nested.java", java("d"));
        Files.createDirectories(dir.resolve("alembic/versions/dir.java"));

        List<RevisionNode> nodes = scripts("").loadRevisions();
        assertThat(nodes).extracting(RevisionNode::id).containsExactly("B", "a", "b", "c");
        assertThat(nodes.get(2)).isEqualTo(new RevisionNode("b", List.of("a"), List.of(), List.of(), "rev b",
                dir.resolve("alembic/versions/b_second.java")));
    }

    @Test
    void recursiveScanVisitsSubdirectoriesInSortedOrderAfterTheFiles() throws Exception {
        write("alembic/versions/z_top.java", java("z"));
        write("alembic/versions/b/y.java", java("y"));
        write("alembic/versions/a/x2.java", java("x2"));
        write("alembic/versions/a/x1.java", java("x1"));
        write("alembic/versions/a/deep/w.sql", sql("w"));
        write("alembic/versions/.git/v.java", java("v"));

        assertThat(scripts("recursive_version_locations = true").loadRevisions()).extracting(RevisionNode::id)
                .containsExactly("z", "x1", "x2", "w", "y");
        assertThat(scripts("recursive_version_locations = false").loadRevisions()).extracting(RevisionNode::id)
                .containsExactly("z");
    }

    @Test
    void locationsInConfiguredOrderMissingOnesSkippedDuplicatesTakenOnce() throws Exception {
        write("one/b.java", java("b"));
        write("two/a.java", java("a"));
        Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("one"));
        ScriptDirectory scripts = scripts("version_locations = %(here)s" + dir + "/two " + dir + "/missing "
                + dir + "/one " + dir + "/alias\npath_separator = space");
        assertThat(scripts.versionLocations()).containsExactly(dir.resolve("two"), dir.resolve("missing"),
                dir.resolve("one"), dir.resolve("alias"));
        assertThat(scripts.loadRevisions()).extracting(RevisionNode::path)
                .containsExactly(dir.resolve("two/a.java"), dir.resolve("one/b.java"));
    }

    @Test
    void namesSortByCodePointSoASurrogatePairComesAfterPrivateUseCharacters() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")),
                "file names need a UTF-8 file system encoding");
        write("alembic/versions/a\ud83d\ude00.java", java("smile"));
        write("alembic/versions/a\ue000.java", java("private", "smile"));
        write("alembic/versions/a\u00e9.java", java("accent", "private"));
        assertThat(scripts("").loadRevisions()).extracting(RevisionNode::id).containsExactly("accent", "private", "smile");
    }

    @Test
    void aLinkToAFileOfTheSameDirectoryIsTakenOnce() throws Exception {
        write("alembic/versions/b.java", java("b"));
        Files.createSymbolicLink(dir.resolve("alembic/versions/a.java"), dir.resolve("alembic/versions/b.java"));
        assertThat(scripts("").loadRevisions()).extracting(RevisionNode::path)
                .containsExactly(dir.resolve("alembic/versions/a.java"));
    }

    @Test
    void aMissingDefaultVersionsDirectoryHasNoRevisions() throws Exception {
        assertThat(scripts("").loadRevisions()).isEmpty();
    }

    @Test
    void aMalformedFileIsNamed() throws Exception {
        write("alembic/versions/a.java", "class NoAnnotation {}\n");
        assertThatThrownBy(() -> scripts("").loadRevisions())
                .hasMessage("Malformed revision file " + dir.resolve("alembic/versions/a.java")
                        + ", line 2: no @Revision(...) annotation found");
    }

    @Test
    void theEnvironmentHookAndTemplatesLiveInTheScriptDirectory() throws Exception {
        ScriptDirectory scripts = scripts("");
        assertThat(scripts.directory()).isEqualTo(dir.resolve("alembic"));
        assertThat(scripts.envHookFile()).isEqualTo(dir.resolve("alembic/env.java"));
        assertThat(scripts.templateFile(RevisionFormat.JAVA)).isEqualTo(dir.resolve("alembic/script.java.mustache"));
        assertThat(scripts.templateFile(RevisionFormat.SQL)).isEqualTo(dir.resolve("alembic/script.sql.mustache"));
    }

    @Test
    void aThousandFilesLoadInWellUnder100Milliseconds() throws Exception {
        ScriptDirectory scripts = Projects.scripts(Projects.init(dir, "generic", ""));
        String previous = null;
        for (int i = 0; i < 1000; i++) {
            String id = String.format("%012x", 0x1000000L + i * 7919L);
            RevisionRequest.Builder request = RevisionRequest.builder(id).message("revision number " + i)
                    .upgrades("        // " + "padding ".repeat(200));
            if (previous != null) {
                request.parents(List.of(new RevisionNode(previous, List.of(), List.of(), List.of(), "", null)));
            }
            scripts.generateRevision(request.build(), StatusOutput.silent());
            previous = id;
        }
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 10; run++) {
            long start = System.nanoTime();
            List<RevisionNode> nodes = scripts.loadRevisions();
            best = Math.min(best, System.nanoTime() - start);
            assertThat(nodes).hasSize(1000);
        }
        assertThat(best / 1_000_000).as("best of 10 runs, ms").isLessThan(100);
    }
}
