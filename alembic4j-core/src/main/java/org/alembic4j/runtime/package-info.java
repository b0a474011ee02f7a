/**
 * Running migrations: Alembic's {@code runtime} (migration context, environment context).
 *
 * <p>What the commands use:
 * <ul>
 *   <li>{@link org.alembic4j.runtime.RuntimeEnvironmentContext}: the {@code EnvironmentContext}
 *       handed to {@code env.java}; built from a {@link org.alembic4j.runtime.ConfigSource} and an
 *       {@link org.alembic4j.runtime.Invocation} (the command-line side: {@code --sql}, output,
 *       starting heads, {@code -x}, {@code --tag}, transaction per migration);</li>
 *   <li>{@link org.alembic4j.runtime.MigrationRunner}: opened from that context; reads the
 *       current heads, creates the version table, runs plans and stamps under a run lock,
 *       online or offline;</li>
 *   <li>{@link org.alembic4j.runtime.ScriptLoader}s in {@code runtime.scripts}: compiling
 *       ({@code .java} in memory with an on-disk class cache, {@code .sql} split into
 *       statements) or precompiled classes; {@code EnvironmentHooks} for {@code env.java}.</li>
 * </ul>
 * Scripts see the run through {@link org.alembic4j.runtime.MigrationContext#of}.
 *
 * <p>Subpackages: {@code compile} (javax.tools in memory, class cache), {@code scripts}
 * (loaders), {@code db} (URLs, version table, per-database facts, stand-in dialects),
 * {@code sql} (statement splitter), {@code internal} (sessions, transactions, locks).
 */
package org.alembic4j.runtime;
