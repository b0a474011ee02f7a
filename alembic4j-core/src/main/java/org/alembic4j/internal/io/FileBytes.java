package org.alembic4j.internal.io;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whole-file reads for the files every command reads (alembic.ini, the caches' indexes): through
 * {@code java.io}, whose classes the JVM has set up before {@code main}, rather than
 * {@link Files#readAllBytes}, whose first use in a process initialises NIO's file channels
 * (about 5 ms of a cold JVM, measured, paid by whichever thread reads first).
 *
 * <p>A file that can't be opened that way is read by {@link Files#readAllBytes} after all, so a
 * caller meets the same exceptions ({@code NoSuchFileException} for a missing file) either way.
 */
public final class FileBytes {

    private FileBytes() {
    }

    /** The content of {@code file}, as {@link Files#readAllBytes} gives it. */
    public static byte[] read(Path file) throws IOException {
        if (file.getFileSystem() != FileSystems.getDefault()) {
            return Files.readAllBytes(file);
        }
        FileInputStream in;
        try {
            in = new FileInputStream(file.toFile());
        } catch (FileNotFoundException cannotOpen) {
            return Files.readAllBytes(file); // missing, a directory, no permission: NIO's own exception
        }
        try (in) {
            return in.readAllBytes();
        }
    }
}
