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
 * @param path  the file as reached through its version location
 * @param stamp the stamp, or {@code null} when the file could not be read
 */
record RevisionFile(Path path, String stamp) {

    /** The stamp of a file's attributes. */
    static String stamp(BasicFileAttributes a) {
        return a.size() + ":" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + ":" + a.fileKey();
    }

    /** A file stamped now (following links, as the scanner does for a linked file). */
    static RevisionFile of(Path path) {
        try {
            return new RevisionFile(path, stamp(Files.readAttributes(path, BasicFileAttributes.class)));
        } catch (IOException e) {
            return new RevisionFile(path, null);
        }
    }
}
