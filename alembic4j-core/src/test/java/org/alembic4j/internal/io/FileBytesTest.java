package org.alembic4j.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads through java.io, failing as Files.readAllBytes does. */
class FileBytesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheWholeFile() throws Exception {
        byte[] content = new byte[300_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        Path file = Files.write(dir.resolve("big.bin"), content);

        assertThat(FileBytes.read(file)).isEqualTo(content);
        assertThat(FileBytes.read(Files.write(dir.resolve("empty"), new byte[0]))).isEmpty();
    }

    @Test
    void aMissingFileIsNoSuchFileAsWithNio() {
        Path missing = dir.resolve("missing.ini");

        assertThatThrownBy(() -> FileBytes.read(missing)).isInstanceOf(NoSuchFileException.class)
                .hasMessage(missing.toString());
    }

    @Test
    void aDirectoryFailsAsWithNio() {
        Exception nio = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> Files.readAllBytes(dir));

        assertThatThrownBy(() -> FileBytes.read(dir)).isInstanceOf(nio.getClass()).hasMessage(nio.getMessage());
    }
}
