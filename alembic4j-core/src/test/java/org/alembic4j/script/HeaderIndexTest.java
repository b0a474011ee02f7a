package org.alembic4j.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.alembic4j.graph.RevisionNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderIndexTest {

    @TempDir
    Path dir;

    @Test
    void entriesRoundTripAndGoStaleWhenTheFileChanges() throws Exception {
        Path script = Files.writeString(dir.resolve("a1_x.java"), "first");
        Files.setLastModifiedTime(script, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        RevisionNode node = new RevisionNode("a1", List.of("p\t1", "p2"), List.of("label\u001fodd"), List.of(),
                "odd message\n\nRevision ID: a1\nback\\slash", script);
        Path indexFile = dir.resolve("cache/index");

        HeaderIndex index = HeaderIndex.load(indexFile, "UTF-8");
        assertThat(index.lookup(RevisionFile.of(script))).isNull();
        index.put(RevisionFile.of(script), node);
        index.save(List.of(RevisionFile.of(script)));
        assertThat(Files.readString(dir.resolve("cache/.gitignore"))).contains("*");

        HeaderIndex reloaded = HeaderIndex.load(indexFile, "UTF-8");
        assertThat(reloaded.lookup(RevisionFile.of(script))).isEqualTo(node);
        assertThat(HeaderIndex.load(indexFile, "ISO-8859-1").lookup(RevisionFile.of(script))).as("other encoding").isNull();

        Files.writeString(script, "changed!");
        Files.setLastModifiedTime(script, FileTime.fromMillis(System.currentTimeMillis() - 50_000));
        assertThat(HeaderIndex.load(indexFile, "UTF-8").lookup(RevisionFile.of(script))).as("size changed").isNull();
        Files.writeString(script, "first");
        Files.setLastModifiedTime(script, FileTime.fromMillis(System.currentTimeMillis() - 40_000));
        assertThat(HeaderIndex.load(indexFile, "UTF-8").lookup(RevisionFile.of(script))).as("time changed").isNull();
    }

    @Test
    void aFileWrittenMomentsAgoIsReadNotIndexed() throws Exception {
        // A same-size rewrite within the file system's time granularity would keep the stamp.
        Path script = Files.writeString(dir.resolve("a1_x.java"), "first");
        RevisionNode node = new RevisionNode("a1", List.of(), List.of(), List.of(), "m", script);
        Path indexFile = dir.resolve("cache/index");
        HeaderIndex index = HeaderIndex.load(indexFile, "UTF-8");
        index.put(RevisionFile.of(script), node);
        index.save(List.of(RevisionFile.of(script)));
        assertThat(HeaderIndex.load(indexFile, "UTF-8").lookup(RevisionFile.of(script))).isNull();
    }

    @Test
    void aCorruptIndexIsIgnored() throws Exception {
        Path script = Files.writeString(dir.resolve("a1_x.java"), "first");
        Path indexFile = Files.writeString(dir.resolve("index"), "alembic4j-revision-headers-1\tUTF-8\nbroken line\n",
                StandardCharsets.UTF_8);
        assertThat(HeaderIndex.load(indexFile, "UTF-8").lookup(RevisionFile.of(script))).isNull();
    }

    @Test
    void theScriptDirectoryReadsEditedHeadersAgain() throws Exception {
        ScriptDirectory scripts = Projects.scripts(Projects.init(dir, "generic", ""));
        RevisionNode first = scripts.generateRevision(RevisionRequest.builder("aaaa").message("one").build(), t -> { });
        assertThat(scripts.loadRevisions()).extracting(RevisionNode::message).containsExactly("one");
        assertThat(scripts.loadRevisions()).extracting(RevisionNode::message).containsExactly("one");

        Files.writeString(first.path(), Files.readString(first.path()).replace("/*\none", "/*\none, edited"));
        assertThat(scripts.loadRevisions()).extracting(RevisionNode::message).containsExactly("one, edited");

        Files.delete(first.path());
        assertThat(scripts.loadRevisions()).isEmpty();
    }
}
