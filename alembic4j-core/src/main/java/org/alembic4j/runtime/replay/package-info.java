/**
 * Replaying offline SQL: a revision script whose output can depend on nothing but its own text
 * and the dialect ({@link org.alembic4j.runtime.replay.ReplayPolicy}, decided from its class
 * bytes) writes the same statements in every {@code --sql} run, so after the first run they are
 * written from a cache ({@link org.alembic4j.runtime.replay.StatementCache}) without loading the
 * script's class. On 1000 revisions, loading and running the classes was most of an offline run.
 *
 * <p>Depends on {@code internal.io} only; the runner sees it through
 * {@link org.alembic4j.runtime.OfflineReplay}, offered by the compiling script loader.
 */
package org.alembic4j.runtime.replay;
