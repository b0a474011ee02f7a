/**
 * Alembic's operations API in Java: the {@code op} a revision script calls, the operation values
 * behind it, and batch mode.
 *
 * <p>A migration reads like Alembic's, with {@code import static org.alembic4j.op.Ops.*;}:
 *
 * <pre>{@code
 * @Revision(id = "1975ea83b712", down = "")
 * public class CreateAccount extends Migration {
 *     @Override
 *     public void upgrade() {
 *         op.createTable("account",
 *                 column("id", INTEGER).primaryKey(),
 *                 column("name", string(50)).notNull(),
 *                 column("description", string(200)),
 *                 column("created_at", DATETIME).serverDefault(now()));
 *         op.addColumn("account", column("email", string(100)).comment("login"));
 *         op.createIndex("ix_account_email", "account", List.of("email"), i -> i.unique());
 *         op.alterColumn("account", "name", a -> a.type(string(100)).existingType(string(50)).existingNullable(false));
 *         op.bulkInsert(table("account", column("id", INTEGER), column("name", string(50))),
 *                 List.of(row("id", 1, "name", "alice")));
 *         op.batchAlterTable("account", batch -> batch.dropColumn("description"));
 *     }
 *
 *     @Override
 *     public void downgrade() {
 *         op.dropTable("account");
 *     }
 * }
 * }</pre>
 *
 * <p>Each call renders all its SQL for the dialect before any of it runs, so an operation the
 * dialect cannot do (a constraint ALTER on SQLite, a type the database lacks, an alter_column
 * without the type MySQL needs) fails with an {@link org.alembic4j.AlembicException} and no
 * partial effect. Operation values ({@link org.alembic4j.op.MigrationOperation}) also render as
 * Java source and know their reverse.
 */
package org.alembic4j.op;
