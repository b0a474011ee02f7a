package org.alembic4j.internal.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What the caches of alembic4j trust instead of a file's content: its size, modification time
 * (nanoseconds) and file key (device and inode, where the file system has them). Used by the
 * revision header index and the compiled-class source index.
 *
 * <p>The parts are kept as they come from the stat, so an index compares them as numbers.
 *
 * @param size          the size in bytes
 * @param modifiedNanos the modification time, nanoseconds since the epoch
 * @param fileKey       the file key ({@link BasicFileAttributes#fileKey()}), or null where there is none
 */
public record FileStamp(long size, long modifiedNanos, Object fileKey) {

    /**
     * File systems keep modification times at a coarse granularity, so a file rewritten with the
     * same size within one tick keeps its stamp; a stamp this young is not trusted (git's
     * "racily clean" entries): the file is read, not indexed.
     */
    private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** The stamp of attributes already read (the scanner's one stat of a file). */
    public static FileStamp of(BasicFileAttributes a) {
        return new FileStamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.fileKey());
    }

    /** The stamp of {@code file} now (following links), or null when it can't be read. */
    public static FileStamp read(Path file) {
        try {
            return of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The file key reduced to an int, for an index that stores numbers. A replaced file (new
     * inode) almost always changes it; a clash would also need the same size and the same
     * modification time to the nanosecond.
     */
    public int fileKeyHash() {
        return Objects.hashCode(fileKey);
    }

    /** Whether this is the stamp recorded as these numbers (see {@link #fileKeyHash()}). */
    public boolean matches(long recordedSize, long recordedModifiedNanos, int recordedFileKeyHash) {
        return size == recordedSize && modifiedNanos == recordedModifiedNanos
                && fileKeyHash() == recordedFileKeyHash;
    }

    /** Whether the stamp may stand for the content: not modified in the last moments. */
    public boolean settled() {
        return System.currentTimeMillis() * 1_000_000L - modifiedNanos >= SETTLE_NANOS;
    }
}
