package org.alembic4j.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A revision file as the scanner found it, with its stamp: size, modification time
 * (nanoseconds) and file key (device and inode, where the file system has them), taken by the
 * scanner's one stat of the file. The header index trusts a cached header only while the stamp
 * is unchanged.
 *
 * @param path          the file as reached through its version location
 * @param stamp         the stamp, or {@code null} when the file could not be read
 * @param modifiedNanos its modification time
 */
record RevisionFile(Path path, String stamp, long modifiedNanos) {

    /**
     * File systems keep modification times at a coarse granularity, so a file rewritten with the
     * same size within one tick keeps its stamp; a file modified this recently is not indexed
     * (git's "racily clean" entries), only read.
     */
    private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** The file with the stamp of its attributes. */
    static RevisionFile of(Path path, BasicFileAttributes a) {
        long modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        return new RevisionFile(path, a.size() + ":" + modified + ":" + a.fileKey(), modified);
    }

    /** A file stamped now (following links, as the scanner does for a linked file). */
    static RevisionFile of(Path path) {
        try {
            return of(path, Files.readAttributes(path, BasicFileAttributes.class));
        } catch (IOException e) {
            return new RevisionFile(path, null, 0);
        }
    }

    /** Whether the stamp can stand for the content: readable, and not modified moments ago. */
    boolean settled() {
        return stamp != null && System.currentTimeMillis() * 1_000_000L - modifiedNanos >= SETTLE_NANOS;
    }
}
