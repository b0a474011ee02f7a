package org.alembic4j.internal.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What the caches of alembic4j trust instead of a file's content: its size, modification time
 * (nanoseconds) and file key (device and inode, where the file system has them). Used by the
 * revision header index and the compiled-class source index.
 *
 * @param text          the stamp as stored in an index
 * @param modifiedNanos the modification time alone
 */
public record FileStamp(String text, long modifiedNanos) {

    /**
     * File systems keep modification times at a coarse granularity, so a file rewritten with the
     * same size within one tick keeps its stamp; a stamp this young is not trusted (git's
     * "racily clean" entries): the file is read, not indexed.
     */
    private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** The stamp of attributes already read (the scanner's one stat of a file). */
    public static FileStamp of(BasicFileAttributes a) {
        long modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        return new FileStamp(a.size() + ":" + modified + ":" + a.fileKey(), modified);
    }

    /** The stamp of {@code file} now (following links), or null when it can't be read. */
    public static FileStamp read(Path file) {
        try {
            return of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the stamp may stand for the content: not modified in the last moments. */
    public boolean settled() {
        return System.currentTimeMillis() * 1_000_000L - modifiedNanos >= SETTLE_NANOS;
    }
}
