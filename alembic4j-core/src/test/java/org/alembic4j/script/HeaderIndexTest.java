package org.alembic4j.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.internal.io.FileStamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderIndexTest {

    @TempDir
    Path dir;

    private Path settledFile(String name, String content) throws Exception {
        Path script = Files.writeString(dir.resolve(name), content);
        Files.setLastModifiedTime(script, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        return script;
    }

    private static RevisionNode node(String id, Path path) {
        return new RevisionNode(id, List.of(), List.of(), List.of(), "message of " + id, path);
    }

    /** What the script directory does: look every file up, then save with the headers it ended up with. */
    private static List<RevisionNode> lookUpAndSave(Path indexFile, List<RevisionFile> files, List<RevisionNode> parsed) {
        HeaderIndex index = HeaderIndex.load(indexFile, "UTF-8");
        List<RevisionNode> hits = new ArrayList<>();
        RevisionNode[] nodes = new RevisionNode[files.size()];
        for (int i = 0; i < nodes.length; i++) {
            RevisionNode hit = index.lookup(files.get(i));
            hits.add(hit);
            nodes[i] = hit != null ? hit : parsed.get(i);
        }
        index.save(files, nodes);
        return hits;
    }

    private static List<RevisionFile> stamped(Path... files) {
        List<RevisionFile> out = new ArrayList<>();
        for (Path f : files) {
            out.add(RevisionFile.of(f));
        }
        return out;
    }

    @Test
    void entriesRoundTripAndGoStaleWhenTheFileChanges() throws Exception {
        Path script = settledFile("a1_x.java", "first");
        RevisionNode node = new RevisionNode("a1", List.of("p\t1", "p2"), List.of("label\u001fodd"), List.of("d1", "d2", "d3"),
                "odd message\n\nRevision ID: a1\nback\\slash, caf\u00e9, \u4e2d\u6587, \ud83d\ude00", script);
        Path indexFile = dir.resolve("cache/index");

        HeaderIndex index = HeaderIndex.load(indexFile, "UTF-8");
        assertThat(index.lookup(RevisionFile.of(script))).isNull();
        index.save(List.of(RevisionFile.of(script)), new RevisionNode[] {node});
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
    void aFileReplacedWithTheSameSizeAndTimeIsStale() throws Exception {
        Path script = settledFile("a1_x.java", "first");
        FileTime time = Files.getLastModifiedTime(script);
        Path indexFile = dir.resolve("cache/index");
        lookUpAndSave(indexFile, stamped(script), List.of(node("a1", script)));

        Path other = Files.writeString(dir.resolve("other"), "other");
        Files.setLastModifiedTime(other, time);
        Files.move(other, script, StandardCopyOption.REPLACE_EXISTING);
        FileStamp now = FileStamp.read(script);
        assertThat(now.size()).isEqualTo(5);
        assertThat(now.modifiedNanos()).isEqualTo(time.to(java.util.concurrent.TimeUnit.NANOSECONDS));
        if (now.fileKey() != null) {
            assertThat(HeaderIndex.load(indexFile, "UTF-8").lookup(RevisionFile.of(script))).as("new inode").isNull();
        }
    }

    @Test
    void aFileWrittenMomentsAgoIsReadNotIndexed() throws Exception {
        // A same-size rewrite within the file system's time granularity would keep the stamp.
        Path script = Files.writeString(dir.resolve("a1_x.java"), "first");
        Path indexFile = dir.resolve("cache/index");
        HeaderIndex index = HeaderIndex.load(indexFile, "UTF-8");
        assertThat(index.lookup(RevisionFile.of(script))).isNull();
        index.save(List.of(RevisionFile.of(script)), new RevisionNode[] {node("a1", script)});
        assertThat(HeaderIndex.load(indexFile, "UTF-8").lookup(RevisionFile.of(script))).isNull();

        // Once settled it is indexed.
        Files.setLastModifiedTime(script, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        lookUpAndSave(indexFile, stamped(script), List.of(node("a1", script)));
        assertThat(HeaderIndex.load(indexFile, "UTF-8").lookup(RevisionFile.of(script))).isEqualTo(node("a1", script));
    }

    @Test
    void damagedOrForeignIndexesAreIgnoredAndRewritten() throws Exception {
        Path script = settledFile("a1_x.java", "first");
        Path indexFile = dir.resolve("cache/index");
        lookUpAndSave(indexFile, stamped(script), List.of(node("a1", script)));
        byte[] good = Files.readAllBytes(indexFile);

        List<byte[]> bad = new ArrayList<>();
        bad.add("alembic4j-revision-headers-1\tUTF-8\nbroken line\n".getBytes(StandardCharsets.UTF_8));
        bad.add(new byte[0]);
        bad.add(new byte[] {1, 2});
        bad.add(java.util.Arrays.copyOf(good, good.length - 9)); // truncated
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x40; // one bit of an entry
        bad.add(flipped);
        for (byte[] content : bad) {
            Files.write(indexFile, content);
            assertThat(HeaderIndex.load(indexFile, "UTF-8").lookup(RevisionFile.of(script))).isNull();
            lookUpAndSave(indexFile, stamped(script), List.of(node("a1", script)));
            assertThat(Files.readAllBytes(indexFile)).as("rewritten").isEqualTo(good);
        }
    }

    @Test
    void filesInAnotherOrderAddedOrRemovedAreStillFoundAndTheIndexFollows() throws Exception {
        Path a = settledFile("a.java", "a");
        Path b = settledFile("b.java", "b");
        Path c = settledFile("c.java", "c");
        Path indexFile = dir.resolve("cache/index");
        List<RevisionNode> all = List.of(node("a", a), node("b", b), node("c", c));
        assertThat(lookUpAndSave(indexFile, stamped(a, b, c), all)).containsOnlyNulls();
        assertThat(lookUpAndSave(indexFile, stamped(a, b, c), all)).isEqualTo(all);

        // A new file in the middle: the ones after it are found by name, and the index takes the new one.
        Path ab = settledFile("ab.java", "ab");
        List<RevisionNode> withAb = List.of(node("a", a), node("ab", ab), node("b", b), node("c", c));
        assertThat(lookUpAndSave(indexFile, stamped(a, ab, b, c), withAb))
                .containsExactly(node("a", a), null, node("b", b), node("c", c));
        assertThat(lookUpAndSave(indexFile, stamped(a, ab, b, c), withAb)).isEqualTo(withAb);

        // Another order, then a file gone.
        assertThat(lookUpAndSave(indexFile, stamped(c, b, ab, a), List.of(withAb.get(3), withAb.get(2),
                withAb.get(1), withAb.get(0)))).containsExactly(node("c", c), node("b", b), node("ab", ab), node("a", a));
        assertThat(lookUpAndSave(indexFile, stamped(a, c), List.of(node("a", a), node("c", c))))
                .containsExactly(node("a", a), node("c", c));
        FileStamp written = FileStamp.read(indexFile);
        assertThat(lookUpAndSave(indexFile, stamped(a, c), List.of(node("a", a), node("c", c))))
                .containsExactly(node("a", a), node("c", c));
        assertThat(FileStamp.read(indexFile)).as("unchanged, not rewritten").isEqualTo(written);
    }

    @Test
    void filesOfSeveralDirectoriesAreKeptApart() throws Exception {
        Files.createDirectories(dir.resolve("one"));
        Files.createDirectories(dir.resolve("two"));
        Path one = settledFile("one/x.java", "1");
        Path two = settledFile("two/x.java", "2");
        Path indexFile = dir.resolve("cache/index");
        lookUpAndSave(indexFile, stamped(one, two), List.of(node("r1", one), node("r2", two)));
        assertThat(lookUpAndSave(indexFile, stamped(two, one), List.of(node("r2", two), node("r1", one))))
                .containsExactly(node("r2", two), node("r1", one));
        assertThat(lookUpAndSave(indexFile, stamped(one), List.of(node("r1", one)))).containsExactly(node("r1", one));
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

    @Test
    void theScriptDirectoryServesSettledHeadersFromTheIndex() throws Exception {
        ScriptDirectory scripts = Projects.scripts(Projects.init(dir, "generic", ""));
        RevisionNode first = scripts.generateRevision(RevisionRequest.builder("aaaa").message("one").build(), t -> { });
        Files.setLastModifiedTime(first.path(), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        assertThat(scripts.loadRevisions()).containsExactly(first);
        Path indexFile = dir.resolve("alembic").resolve(ScriptDirectory.HEADER_INDEX);
        assertThat(indexFile).exists();

        // Served from the index: a header changed behind the stamp's back is not seen.
        FileTime time = Files.getLastModifiedTime(first.path());
        String text = Files.readString(first.path());
        Files.writeString(first.path(), text.replace("/*\none", "/*\nuno"));
        Files.setLastModifiedTime(first.path(), time);
        assertThat(scripts.loadRevisions()).extracting(RevisionNode::message).containsExactly("one");
        Files.delete(indexFile);
        assertThat(scripts.loadRevisions()).extracting(RevisionNode::message).containsExactly("uno");
    }
}
