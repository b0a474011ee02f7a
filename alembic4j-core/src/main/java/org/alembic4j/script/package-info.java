/**
 * The script directory: environment templates and {@code init}, discovery of revision files, the
 * two revision file formats, and writing new revisions.
 *
 * <h2>Java revisions</h2>
 * A file {@code <rev>_<slug>.java} in the default package:
 * <pre>
 * /*
 * create account table
 *
 * Revision ID: 1975ea83b712
 * Revises: 
 * Create Date: 2026-11-22 02:14:37.376136
 *
 * *&#47;
 * import org.alembic4j.Migration;
 * import org.alembic4j.Revision;
 *
 * // revision identifiers, used by Alembic.
 * &#64;Revision(
 *     id = "1975ea83b712",
 *     down = {},
 *     branchLabels = {},
 *     dependsOn = {})
 * class Migration_1975ea83b712 extends Migration { ... }
 * </pre>
 * The leading block comment is the docstring (Alembic's module docstring, shown by {@code show}
 * and {@code history}). In it every backslash is written twice and a {@code /} that follows a
 * {@code *} is written {@code \/}, so that no message can end the comment or form a Unicode
 * escape; the reader undoes exactly this. The class is package-private, so the file name need not
 * match it; its name is {@code Migration_} plus the id with letters and digits kept, {@code _}
 * doubled and any other character written as {@code _<hex>_}, which is unique per id. The
 * {@code @Revision} values are read from the source text, without compiling, and must be string
 * literals.
 *
 * <h2>SQL revisions</h2>
 * A file {@code <rev>_<slug>.sql}: the docstring as {@code --} lines up to the first blank line,
 * then {@code -- revision:}, {@code -- down_revision:}, {@code -- branch_labels:} and
 * {@code -- depends_on:} lines (comma-separated lists), then the {@code -- upgrade} and
 * {@code -- downgrade} marker lines, each followed by its SQL
 * ({@link org.alembic4j.script.SqlRevisionScript}; the runtime splits the SQL into statements).
 *
 * <h2>Order</h2>
 * Files are taken in sorted file-name order per version location (Alembic 1.8.1 used directory
 * order; newer versions sort), which is the revision-map order that breaks ties in plans.
 */
package org.alembic4j.script;
