/**
 * Autogenerate: compare what the database should look like (the <em>target</em>) with the live
 * database, and write the revision script that makes them agree; {@code alembic check} uses the
 * same comparison.
 *
 * <h2>Declaring the target in env.java</h2>
 * <pre>{@code
 * import static org.alembic4j.op.Ops.*;
 * import org.alembic4j.autogenerate.ObjectType;
 * import org.alembic4j.autogenerate.TargetSchema;
 * import org.alembic4j.env.EnvironmentContext;
 * import org.alembic4j.env.MigrationEnvironment;
 *
 * class Env implements MigrationEnvironment {
 *     @Override
 *     public void configure(EnvironmentContext context) {
 *         context.useUrl(context.mainOption("sqlalchemy.url"));
 *
 *         // JPA entities (module alembic4j-jpa), as Hibernate itself would create them:
 *         context.targetSchema(org.alembic4j.jpa.JpaTargets.packages("com.example.model")
 *                 .classpath(java.nio.file.Path.of("target/classes")));   // .snakeCase() for Spring Boot naming
 *
 *         // ... or tables written in code, like SQLAlchemy Core:
 *         // context.targetSchema(TargetSchema.of(
 *         //         table("account", column("id", INTEGER).primaryKey(), column("name", string(50)).notNull())));
 *
 *         // ... or another database, like Liquibase's diff:
 *         // context.targetSchema(TargetSchema.database("jdbc:postgresql://localhost/reference?user=app"));
 *
 *         // Optional, as in Alembic's context.configure(...):
 *         context.compareServerDefault(true);
 *         context.includeName((name, type, parents) -> !(type == ObjectType.TABLE && name.startsWith("tmp_")));
 *         context.includeObject((object, name, type, reflected, compareTo) -> !name.equals("legacy"));
 *     }
 * }
 * }</pre>
 *
 * <h2>Calling it</h2>
 * <pre>{@code
 * Diff diff = Autogenerate.compare(connection, dialect, target, options);
 * diff.isEmpty();            // check: "No new upgrade operations detected."
 * diff.describe();           // check: one line per difference
 * diff.imports(); diff.renderUpgrade(); diff.renderDowngrade();   // revision --autogenerate
 * diff.report();             // --verbose
 * }</pre>
 *
 * <h2>What is compared</h2>
 * Alembic's rules: tables added and removed, columns added and removed, types (on by default,
 * lenient about spellings of one type and about an argument given on one side only), nullability,
 * server defaults (only with {@code compareServerDefault}), indexes, unique constraints (a unique
 * index and a unique constraint on the same columns are the same thing), foreign keys (by columns,
 * target and ON DELETE/UPDATE, not by name), table and column comments. Not compared, as in
 * Alembic: primary keys, CHECK constraints, views, PostgreSQL enum values. The version table and
 * schemas other than the default one and those the target names are left alone (all schemas with
 * {@code includeSchemas}).
 *
 * <h2>Beyond Alembic</h2>
 * <ul>
 *   <li>The database is read with a fixed number of bulk catalog queries (4 to 6 by database),
 *       whatever the number of tables ({@link org.alembic4j.autogenerate.Diff#catalogQueries()}).</li>
 *   <li>A column removed and a column of the same type and nullability added in one table (one
 *       of each) is written as a rename, with a comment for the reviewer.</li>
 *   <li>Standalone sequences the target names are created and dropped (JPA's default generators).</li>
 *   <li>Every operation has its reverse: constraints the target leaves unnamed get a name
 *       ({@code uq_<table>_<columns>}, {@code fk_<table>_<column>_<referred>}) so the downgrade can drop them.</li>
 *   <li>Tables are created referenced-first; foreign keys that form a cycle are added afterwards.</li>
 *   <li>On SQLite, per-table changes are rendered in {@code op.batchAlterTable} blocks unless
 *       {@code renderAsBatch(false)} is set.</li>
 *   <li>Within a table, index and key removals come before renames and type changes and additions
 *       after, so that the downgrade (the reversed list) also runs.</li>
 * </ul>
 */
package org.alembic4j.autogenerate;
