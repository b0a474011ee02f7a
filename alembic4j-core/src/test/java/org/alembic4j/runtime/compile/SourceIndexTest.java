package org.alembic4j.runtime.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.alembic4j.internal.io.FileStamp;
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
        SourceIndex index = SourceIndex.load(dir.resolve("cache"), "env1\nwith\tlines");
        assertThat(index.environmentKey()).isNull();
        index.environmentKey("hash-of-env1");
        index.record(script, FileStamp.read(script), "key-a");
        index.save();

        SourceIndex same = SourceIndex.load(dir.resolve("cache"), "env1\nwith\tlines");
        assertThat(same.environmentKey()).as("the environment's hash, remembered with its text")
                .isEqualTo("hash-of-env1");
        assertThat(same.key(script, FileStamp.read(script))).isEqualTo("key-a");

        SourceIndex next = SourceIndex.load(dir.resolve("cache"), "env1\nwith\tlines");
        SourceIndex other = SourceIndex.load(dir.resolve("cache"), "env2");
        assertThat(other.key(script, FileStamp.read(script))).as("another compiler environment").isNull();
        assertThat(other.environmentKey()).isNull();

        Files.writeString(script, "class B {}"); // same size, new time
        Files.setLastModifiedTime(script, FileTime.from(Instant.now().minusSeconds(30)));
        assertThat(next.key(script, FileStamp.read(script))).isNull();
    }

    @Test
    void aJustWrittenFileIsNotTrustedByItsStamp() throws Exception {
        // Modification times are coarse: a same-size rewrite in the same tick would keep the stamp.
        Path script = Files.writeString(dir.resolve("a1_x.java"), "class A {}");
        SourceIndex index = SourceIndex.load(dir.resolve("cache"), "env1");
        index.environmentKey("hash-of-env1");
        index.record(script, FileStamp.read(script), "key-a");
        index.save();
        assertThat(SourceIndex.load(dir.resolve("cache"), "env1").key(script, FileStamp.read(script))).isNull();
        assertThat(SourceIndex.load(dir.resolve("cache"), "env1").environmentKey()).isEqualTo("hash-of-env1");
    }

    @Test
    void aDamagedIndexIsEmpty() throws Exception {
        Path script = settledFile("a1_x.java", "class A {}");
        Files.createDirectories(dir.resolve("cache"));
        Files.writeString(dir.resolve("cache").resolve(SourceIndex.FILE_NAME), "garbage\n\u0000\t\t\t\n");
        assertThat(SourceIndex.load(dir.resolve("cache"), "env1").key(script, FileStamp.read(script))).isNull();
    }

    @Test
    void aTruncatedIndexIsEmptyAndRewritten() throws Exception {
        Path script = settledFile("a1_x.java", "class A {}");
        SourceIndex index = SourceIndex.load(dir.resolve("cache"), "env1");
        index.environmentKey("hash-of-env1");
        index.record(script, FileStamp.read(script), "key-a");
        index.save();
        Path file = dir.resolve("cache").resolve(SourceIndex.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 7));

        SourceIndex damaged = SourceIndex.load(dir.resolve("cache"), "env1");
        assertThat(damaged.key(script, FileStamp.read(script))).isNull();
        damaged.environmentKey("hash-of-env1");
        damaged.record(script, FileStamp.read(script), "key-a");
        damaged.save();
        assertThat(SourceIndex.load(dir.resolve("cache"), "env1").key(script, FileStamp.read(script))).isEqualTo("key-a");
    }
}
