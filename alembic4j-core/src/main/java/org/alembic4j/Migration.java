package org.alembic4j;

import org.alembic4j.op.Operations;

/**
 * The base class of every Java revision script: the Java form of an Alembic revision module with
 * its {@code upgrade()} and {@code downgrade()} functions.
 *
 * <p>Inside {@code upgrade()} and {@code downgrade()} the field {@link #op} is bound to the
 * operations of the running migration, so a script reads like Alembic's:
 * {@code op.addColumn("account", column("email", string(100)))}.
 */
public abstract class Migration {

    /** The operations of the migration now running; bound only while a step runs. */
    protected Operations op;

    /** Applies this revision's schema changes. */
    public abstract void upgrade() throws Exception;

    /** Reverts what {@link #upgrade()} did. */
    public abstract void downgrade() throws Exception;

    /**
     * Runs one direction of this script with {@code operations} bound to {@link #op}. The runtime
     * calls this; scripts never need to.
     */
    public final void run(Operations operations, boolean upgrade) throws Exception {
        this.op = operations;
        try {
            if (upgrade) {
                upgrade();
            } else {
                downgrade();
            }
        } finally {
            this.op = null;
        }
    }
}
