/**
 * Alembic's commands as Java methods ({@link org.alembic4j.command.Commands}): the library API
 * behind the command line and behind {@link org.alembic4j.Alembic}.
 *
 * <p>A project's revisions come from a {@code RevisionSource}, of one of two kinds:
 * <ul>
 *   <li>the script directory (what the CLI and Alembic use): revision headers read as text, bodies
 *       and {@code env.java} compiled in-process with a class cache;</li>
 *   <li>precompiled classes ({@link org.alembic4j.command.RevisionClasses}, "class mode"): the
 *       application's own build compiled the revisions, the graph is read from their
 *       {@code @Revision} annotations and an optional hook object replaces {@code env.java}.
 *       This is for applications on a JRE without a compiler (or that ship no sources): nothing
 *       on that path refers to the compiler, and the commands that write or open revision files
 *       (init, revision, merge, edit) say they need a script directory.</li>
 * </ul>
 * Planning, running, listing and the version table are the same code for both; only where the
 * nodes, the bodies and the hook come from differs.
 */
package org.alembic4j.command;
