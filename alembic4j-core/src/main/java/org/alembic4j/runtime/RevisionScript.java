package org.alembic4j.runtime;

import org.alembic4j.op.Operations;

/** The runnable body of one revision: a compiled Java {@code Migration} or a plain SQL file. */
@FunctionalInterface
public interface RevisionScript {

    /** Runs the upgrade ({@code upgrade == true}) or the downgrade of this revision. */
    void run(MigrationContext context, Operations op, boolean upgrade) throws Exception;
}
