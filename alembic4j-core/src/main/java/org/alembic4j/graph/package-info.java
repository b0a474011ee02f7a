/**
 * The revision graph with Alembic's semantics: pure computation, no files, no database.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link org.alembic4j.graph.RevisionMap#build(java.util.List)} — the graph from the
 *       {@link org.alembic4j.graph.RevisionNode}s in map order (sorted file names), with integrity
 *       checks (duplicate id, unknown {@code down_revision}/{@code depends_on}, cycles, self-loops,
 *       duplicate branch labels, illegal id characters) and derived facts: heads, real heads,
 *       effective heads, bases, children, branch/merge points, inherited branch labels,
 *       normalized dependencies. {@link org.alembic4j.graph.RevisionMap#resolve(String)} and
 *       {@link org.alembic4j.graph.RevisionMap#resolveOne(String)} implement the identifier grammar
 *       for {@code show}/{@code edit};
 *       {@link org.alembic4j.graph.RevisionMap#currentHeads(java.util.Collection)} gives the
 *       effective current heads for {@code current}.</li>
 *   <li>{@link org.alembic4j.graph.MigrationPlanner} — {@code upgrade}, {@code downgrade} and
 *       {@code stamp} plans from the stored rows, each
 *       {@link org.alembic4j.graph.MigrationStep} carrying its
 *       {@link org.alembic4j.graph.VersionChange}s; offline helpers
 *       {@link org.alembic4j.graph.MigrationPlanner#splitRange(String)},
 *       {@link org.alembic4j.graph.MigrationPlanner#offlineStartingHeads(String)} and
 *       {@link org.alembic4j.graph.MigrationPlanner#offlineStamp(java.util.List)}.</li>
 *   <li>{@link org.alembic4j.graph.RevisionHistory} — what {@code history -r} lists, in order.</li>
 *   <li>{@link org.alembic4j.graph.RevisionListing} — the exact text of {@code heads},
 *       {@code branches}, {@code history}, {@code show}, {@code current} and the verbose block.</li>
 *   <li>{@link org.alembic4j.graph.NewRevisionValidator} — checks {@code revision}/{@code merge}
 *       arguments before any file is written and says what the file must contain.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * User errors are {@link org.alembic4j.AlembicException}s whose message is the text Alembic prints
 * after {@code FAILED:} ({@code Can't locate revision identified by 'x'}, the multiple-heads
 * texts, {@code Destination X is not a valid upgrade target from current head(s)}, ...). The
 * detailed reason ({@code No such revision or branch 'x'}, {@code Multiple revisions start with
 * ...}) is the exception's cause, a {@link org.alembic4j.graph.RevisionException}.
 *
 * <h2>Determinism</h2>
 * Alembic takes several orders from Python sets and hash-randomised strings. Here: heads, bases,
 * children and current heads follow map order; branch labels are sorted by name; independent
 * branches are planned in map order; a merge step keeps the row of its first parent and deletes
 * the others; an un-merge updates the row to the first parent and inserts the others. Where
 * Alembic crashes with a {@code KeyError} or an assertion (conformance quirk 10, walks that run
 * off the graph), the plan only touches rows that exist, or a clear error is raised instead.
 */
package org.alembic4j.graph;
