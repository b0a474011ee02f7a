package org.alembic4j.runtime.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceIndexTest {

    @TempDir
    Path dir;

    private Path settledFile(String name, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        return file;
    }

    @Test
    void aSettledFileKeepsItsKeyAcrossProcessesUntilItChanges() throws Exception {
        Path script = settledFile("a1_x.java", "class A {}");
        SourceIndex index = SourceIndex.load(dir.resolve("cache"), "env1");
        index.record(script, SourceIndex.stamp(script), "key-a");
        index.save();

        SourceIndex next = SourceIndex.load(dir.resolve("cache"), "env1");
        assertThat(next.key(script, SourceIndex.stamp(script))).isEqualTo("key-a");
        assertThat(SourceIndex.load(dir.resolve("cache"), "env2").key(script, SourceIndex.stamp(script)))
                .as("another compiler environment").isNull();

        Files.writeString(script, "class B {}"); // same size, new time
        Files.setLastModifiedTime(script, FileTime.from(Instant.now().minusSeconds(30)));
        assertThat(next.key(script, SourceIndex.stamp(script))).isNull();
    }

    @Test
    void aJustWrittenFileIsNotTrustedByItsStamp() throws Exception {
        // Modification times are coarse: a same-size rewrite in the same tick would keep the stamp.
        Path script = Files.writeString(dir.resolve("a1_x.java"), "class A {}");
        SourceIndex index = SourceIndex.load(dir.resolve("cache"), "env1");
        index.record(script, SourceIndex.stamp(script), "key-a");
        index.save();
        assertThat(SourceIndex.load(dir.resolve("cache"), "env1").key(script, SourceIndex.stamp(script))).isNull();
        assertThat(Files.exists(dir.resolve("cache").resolve(SourceIndex.FILE_NAME))).isFalse();
    }

    @Test
    void aDamagedIndexIsEmpty() throws Exception {
        Path script = settledFile("a1_x.java", "class A {}");
        Files.createDirectories(dir.resolve("cache"));
        Files.writeString(dir.resolve("cache").resolve(SourceIndex.FILE_NAME), "garbage\n\u0000\t\t\t\n");
        assertThat(SourceIndex.load(dir.resolve("cache"), "env1").key(script, SourceIndex.stamp(script))).isNull();
    }
}
