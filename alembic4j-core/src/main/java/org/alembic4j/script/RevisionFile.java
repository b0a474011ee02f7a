package org.alembic4j.script;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.alembic4j.internal.io.FileStamp;

/**
 * A revision file as the scanner found it, with the stamp of the scanner's one stat of it. The
 * header index trusts a cached header only while the stamp is unchanged.
 *
 * @param path  the file as reached through its version location
 * @param dir   the directory it was listed in ({@code path} is {@code dir.resolve(name)}); the
 *              scanner passes one instance for all the files of a directory
 * @param name  its file name, as listed
 * @param stamp its stamp, or {@code null} when the file could not be read
 */
record RevisionFile(Path path, Path dir, String name, FileStamp stamp) {

    /** A listed file with the stamp of its attributes. */
    static RevisionFile of(Path dir, String name, Path path, BasicFileAttributes a) {
        return new RevisionFile(path, dir, name, FileStamp.of(a));
    }

    /** A file stamped now (following links, as the scanner does for a linked file). */
    static RevisionFile of(Path path) {
        return new RevisionFile(path, path.getParent(), path.getFileName().toString(), FileStamp.read(path));
    }

    /** Whether the stamp can stand for the content: readable, and not modified moments ago. */
    boolean settled() {
        return stamp != null && stamp.settled();
    }
}
