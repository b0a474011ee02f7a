package org.alembic4j.runtime.scripts;

import java.io.IOException;
import java.nio.file.Path;

/** Reads the upgrade and downgrade bodies of a {@code .sql} revision file (the script directory's parser). */
@FunctionalInterface
public interface SqlSectionsReader {

    SqlSections read(Path file) throws IOException;
}
