package org.alembic4j.op;

import static org.alembic4j.op.Ops.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.alembic4j.dialect.postgresql.PostgresqlTypes;
import org.alembic4j.schema.ConstraintType;
import org.alembic4j.schema.EnumType;
import org.alembic4j.schema.Table;

/**
 * The Java equivalent of every case of the ops conformance corpus
 * ({@code /work/shared/conformance/ops/cases}): the {@code upgrade()} and {@code downgrade()} a
 * revision script would contain, written with the alembic4j API.
 */
final class GoldenCases {

    /** One corpus case: the Java upgrade and downgrade bodies. */
    record Case(String id, Consumer<Operations> upgrade, Consumer<Operations> downgrade) {
    }

    private static final Map<String, Case> CASES = new LinkedHashMap<>();

    private static void c(String id, Consumer<Operations> upgrade, Consumer<Operations> downgrade) {
        CASES.put(id, new Case(id, upgrade, downgrade));
    }

    private static final Consumer<Operations> PASS = op -> { };

    static Map<String, Case> all() {
        return CASES;
    }

    // Definitions the batch cases pass as copyFrom.
    private static Table account(org.alembic4j.schema.TableElement... extra) {
        List<org.alembic4j.schema.TableElement> els = new java.util.ArrayList<>(List.of(
                column("id", INTEGER).primaryKey(), column("name", string(50)), column("email", string(100)),
                column("qty", INTEGER)));
        els.addAll(List.of(extra));
        return new Table(null, "account", els, null, Map.of());
    }

    private static Table child(org.alembic4j.schema.TableElement... extra) {
        List<org.alembic4j.schema.TableElement> els = new java.util.ArrayList<>(List.of(
                column("id", INTEGER).primaryKey(), column("parent_id", INTEGER), column("note", string(50))));
        els.addAll(List.of(extra));
        return new Table(null, "child", els, null, Map.of());
    }

    private static final Table SIMPLE_ACCOUNT = table("account", column("id", INTEGER), column("name", string()),
            column("qty", INTEGER));

    static {
        // ---- add_column --------------------------------------------------------------------------
        c("add_column_basic",
                op -> op.addColumn("account", column("nickname", string(30))),
                op -> op.dropColumn("account", "nickname"));
        c("add_column_comment",
                op -> op.addColumn("account", column("phone", string(20)).comment("Mobile number")),
                op -> op.dropColumn("account", "phone"));
        EnumType mood = enumType("mood", "happy", "sad");
        c("add_column_enum_native",
                op -> {
                    op.createEnumType(mood);
                    op.addColumn("account", column("mood", mood));
                },
                op -> {
                    op.dropColumn("account", "mood");
                    op.dropEnumType(mood);
                });
        c("add_column_enum_native_missing_type",
                op -> op.addColumn("account", column("tier", enumType("tier", "gold", "silver"))),
                op -> op.dropColumn("account", "tier"));
        c("add_column_foreign_key",
                op -> op.addColumn("child", column("owner_id", INTEGER).references(foreignKey("parent.id").onDelete("CASCADE"))),
                op -> op.dropColumn("child", "owner_id"));
        c("add_column_inline_primary_key",
                op -> op.addColumn("legacy", column("id", INTEGER).primaryKey(), o -> o.inlinePrimaryKey()),
                op -> op.dropColumn("legacy", "id"));
        c("add_column_inline_references",
                op -> op.addColumn("child", column("owner_id", INTEGER).references("parent.id"), o -> o.inlineReferences()),
                op -> op.dropColumn("child", "owner_id"));
        c("add_column_not_null_server_default",
                op -> {
                    op.addColumn("account", column("state", string(20)).notNull().serverDefault("pending"));
                    op.addColumn("account", column("points", INTEGER).notNull().serverDefault("0"));
                    op.addColumn("account", column("banned", BOOLEAN).notNull().serverDefault(FALSE));
                    op.addColumn("account", column("joined", DATETIME).notNull().serverDefault(now()));
                },
                op -> {
                    op.dropColumn("account", "joined");
                    op.dropColumn("account", "banned");
                    op.dropColumn("account", "points");
                    op.dropColumn("account", "state");
                });
        c("add_column_primary_key",
                op -> op.addColumn("legacy", column("id", INTEGER).primaryKey()),
                op -> op.dropColumn("legacy", "id"));
        c("add_column_reserved_word",
                op -> {
                    op.addColumn("account", column("order", INTEGER));
                    op.addColumn("account", column("Group", string(10)));
                },
                op -> {
                    op.dropColumn("account", "Group");
                    op.dropColumn("account", "order");
                });
        c("add_column_schema",
                op -> op.addColumn("account", column("score", INTEGER).notNull().serverDefault("10"), o -> o.schema("other")),
                op -> op.dropColumn("account", "score", o -> o.schema("other")));
        c("add_column_unique_index",
                op -> {
                    op.addColumn("account", column("code", string(20)).unique());
                    op.addColumn("account", column("region", string(20)).index());
                },
                op -> {
                    op.dropColumn("account", "region");
                    op.dropColumn("account", "code");
                });
        c("add_drop_column_if_exists",
                op -> op.addColumn("account", column("extra", INTEGER), o -> o.ifNotExists()),
                op -> op.dropColumn("account", "extra", o -> o.ifExists()));

        // ---- alter_column ------------------------------------------------------------------------
        c("alter_column_autoincrement",
                op -> op.alterColumn("plain_ids", "id", a -> a.existingType(INTEGER).existingNullable(false).autoincrement(true)),
                op -> op.alterColumn("plain_ids", "id", a -> a.existingType(INTEGER).existingNullable(false).autoincrement(false)));
        c("alter_column_comment",
                op -> op.alterColumn("account", "email", a -> a.existingType(string(100)).comment("Customer's e-mail")),
                op -> op.alterColumn("account", "email", a -> a.existingType(string(100)).dropComment()
                        .existingComment("Customer's e-mail")));
        c("alter_column_comment_no_existing_type",
                op -> op.alterColumn("account", "qty", a -> a.comment("How many")),
                op -> op.alterColumn("account", "qty", a -> a.dropComment().existingComment("How many")));
        c("alter_column_multiple_changes",
                op -> op.alterColumn("account", "name", a -> a.existingType(string(50)).type(string(120)).nullable(false)
                        .serverDefault("anonymous").newName("display_name")),
                op -> op.alterColumn("account", "display_name", a -> a.existingType(string(120)).type(string(50))
                        .nullable(true).dropServerDefault().newName("name")));
        c("alter_column_mysql_existing_all",
                op -> op.alterColumn("stock_level", "qty", a -> a.type(BIGINT).existingType(INTEGER).existingNullable(false)
                        .existingServerDefault("0").existingComment("units on hand")),
                op -> op.alterColumn("stock_level", "qty", a -> a.type(INTEGER).existingType(BIGINT).existingNullable(false)
                        .existingServerDefault("0").existingComment("units on hand")));
        c("alter_column_nullable",
                op -> op.alterColumn("account", "name", a -> a.nullable(false)),
                op -> op.alterColumn("account", "name", a -> a.nullable(true)));
        c("alter_column_nullable_existing_type",
                op -> op.alterColumn("account", "name", a -> a.existingType(string(50)).nullable(false)),
                op -> op.alterColumn("account", "name", a -> a.existingType(string(50)).nullable(true)));
        c("alter_column_rename",
                op -> op.alterColumn("account", "name", a -> a.newName("full_name")),
                op -> op.alterColumn("account", "full_name", a -> a.newName("name")));
        c("alter_column_rename_existing",
                op -> op.alterColumn("account", "status", a -> a.newName("state").existingType(string(20))
                        .existingNullable(true).existingServerDefault("new")),
                op -> op.alterColumn("account", "state", a -> a.newName("status").existingType(string(20))
                        .existingNullable(true).existingServerDefault("new")));
        c("alter_column_schema",
                op -> op.alterColumn("account", "name", a -> a.existingType(string(50)).type(string(80)).nullable(false).schema("other")),
                op -> op.alterColumn("account", "name", a -> a.existingType(string(80)).type(string(50)).nullable(true).schema("other")));
        c("alter_column_server_default_drop",
                op -> op.alterColumn("account", "status", a -> a.existingType(string(20)).dropServerDefault().existingServerDefault("new")),
                op -> op.alterColumn("account", "status", a -> a.existingType(string(20)).serverDefault("new")));
        c("alter_column_server_default_expression",
                op -> op.alterColumn("account", "created_at", a -> a.existingType(DATETIME).serverDefault(text("now()"))),
                op -> op.alterColumn("account", "created_at", a -> a.existingType(DATETIME).serverDefault(currentTimestamp())));
        c("alter_column_server_default_set",
                op -> {
                    op.alterColumn("account", "qty", a -> a.existingType(INTEGER).serverDefault("0"));
                    op.alterColumn("account", "name", a -> a.existingType(string(50)).serverDefault("it's me"));
                },
                op -> {
                    op.alterColumn("account", "name", a -> a.existingType(string(50)).dropServerDefault());
                    op.alterColumn("account", "qty", a -> a.existingType(INTEGER).dropServerDefault());
                });
        c("alter_column_type",
                op -> op.alterColumn("account", "name", a -> a.type(string(200))),
                op -> op.alterColumn("account", "name", a -> a.type(string(50))));
        c("alter_column_type_existing",
                op -> op.alterColumn("account", "email", a -> a.type(TEXT).existingType(string(100)).existingNullable(true)),
                op -> op.alterColumn("account", "email", a -> a.type(string(100)).existingType(TEXT).existingNullable(true)));
        c("alter_column_type_postgresql_using",
                op -> op.alterColumn("measure", "qty_text", a -> a.type(INTEGER).existingType(string(10))
                        .postgresqlUsing("qty_text::integer")),
                op -> op.alterColumn("measure", "qty_text", a -> a.type(string(10)).existingType(INTEGER)));

        // ---- batch_alter_table -------------------------------------------------------------------
        c("batch_add_column_always",
                op -> op.batchAlterTable("account", b -> b.recreate(Recreate.ALWAYS).copyFrom(account()),
                        batch -> batch.addColumn(column("nickname", string(30)))),
                op -> op.batchAlterTable("account", b -> b.recreate(Recreate.ALWAYS).copyFrom(account(column("nickname", string(30)))),
                        batch -> batch.dropColumn("nickname")));
        c("batch_add_column_auto",
                op -> op.batchAlterTable("account", batch -> batch.addColumn(column("nickname", string(30)))),
                op -> op.batchAlterTable("account", batch -> batch.dropColumn("nickname")));
        c("batch_alter_nullable",
                op -> op.batchAlterTable("account", b -> b.copyFrom(account()),
                        batch -> batch.alterColumn("name", a -> a.existingType(string(50)).nullable(false))),
                op -> op.batchAlterTable("account", b -> b.copyFrom(new Table(null, "account", List.of(
                        column("id", INTEGER).primaryKey(), column("name", string(50)).notNull(), column("email", string(100)),
                        column("qty", INTEGER)), null, Map.of())),
                        batch -> batch.alterColumn("name", a -> a.existingType(string(50)).nullable(true))));
        c("batch_alter_type",
                op -> op.batchAlterTable("account", b -> b.copyFrom(account()),
                        batch -> batch.alterColumn("email", a -> a.type(TEXT).existingType(string(100)))),
                op -> op.batchAlterTable("account", b -> b.copyFrom(table("account", column("id", INTEGER).primaryKey(),
                        column("name", string(50)), column("email", TEXT), column("qty", INTEGER))),
                        batch -> batch.alterColumn("email", a -> a.type(string(100)).existingType(TEXT))));
        c("batch_create_foreign_key",
                op -> op.batchAlterTable("child", b -> b.copyFrom(child()),
                        batch -> batch.createForeignKey("fk_child_parent", "parent", List.of("parent_id"), List.of("id"),
                                f -> f.onDelete("CASCADE"))),
                op -> op.batchAlterTable("child", b -> b.copyFrom(child(foreignKeyConstraint(List.of("parent_id"),
                        List.of("parent.id")).named("fk_child_parent").onDelete("CASCADE"))),
                        batch -> batch.dropConstraint("fk_child_parent", ConstraintType.FOREIGN_KEY)));
        c("batch_create_unique_constraint",
                op -> op.batchAlterTable("account", b -> b.copyFrom(account()),
                        batch -> batch.createUniqueConstraint("uq_account_email", List.of("email"))),
                op -> op.batchAlterTable("account", b -> b.copyFrom(account(uniqueConstraint("email").named("uq_account_email"))),
                        batch -> batch.dropConstraint("uq_account_email", ConstraintType.UNIQUE)));
        c("batch_drop_column",
                op -> op.batchAlterTable("account", b -> b.copyFrom(account(index("ix_account_name", "name"))),
                        batch -> batch.dropColumn("email")),
                op -> op.batchAlterTable("account", batch -> batch.addColumn(column("email", string(100)))));
        c("batch_drop_foreign_key",
                op -> op.batchAlterTable("child", b -> b.copyFrom(child(
                        foreignKeyConstraint(List.of("parent_id"), List.of("parent.id")).named("fk_child_parent"),
                        uniqueConstraint("note").named("uq_child_note"))),
                        batch -> batch.dropConstraint("fk_child_parent", ConstraintType.FOREIGN_KEY)),
                op -> op.batchAlterTable("child", b -> b.copyFrom(child(uniqueConstraint("note").named("uq_child_note"))),
                        batch -> batch.createForeignKey("fk_child_parent", "parent", List.of("parent_id"), List.of("id"))));
        c("batch_drop_unique_constraint",
                op -> op.batchAlterTable("child", b -> b.copyFrom(child(
                        foreignKeyConstraint(List.of("parent_id"), List.of("parent.id")).named("fk_child_parent"),
                        uniqueConstraint("note").named("uq_child_note"))),
                        batch -> batch.dropConstraint("uq_child_note", ConstraintType.UNIQUE)),
                op -> op.batchAlterTable("child", b -> b.copyFrom(child(
                        foreignKeyConstraint(List.of("parent_id"), List.of("parent.id")).named("fk_child_parent"))),
                        batch -> batch.createUniqueConstraint("uq_child_note", List.of("note"))));
        c("batch_multiple_ops",
                op -> op.batchAlterTable("account", b -> b.copyFrom(account()), batch -> {
                    batch.addColumn(column("active", BOOLEAN).notNull().serverDefault(TRUE));
                    batch.dropColumn("email");
                    batch.alterColumn("qty", a -> a.type(BIGINT).existingType(INTEGER).nullable(false).serverDefault("0"));
                    batch.createCheckConstraint("ck_account_qty", "qty >= 0");
                    batch.createIndex("ix_account_name", List.of("name"));
                }),
                PASS);
        c("batch_partial_reordering",
                op -> op.batchAlterTable("account", b -> b.copyFrom(account()).recreate(Recreate.ALWAYS).partialReordering("code", "id"),
                        batch -> batch.addColumn(column("code", string(5)))),
                op -> op.batchAlterTable("account", b -> b.copyFrom(table("account", column("name", string(50)),
                        column("email", string(100)), column("qty", INTEGER), column("code", string(5)),
                        column("id", INTEGER).primaryKey())),
                        batch -> batch.dropColumn("code")));
        c("batch_rename_column",
                op -> op.batchAlterTable("account", b -> b.copyFrom(account()),
                        batch -> batch.alterColumn("name", a -> a.newName("full_name").existingType(string(50)))),
                op -> op.batchAlterTable("account", b -> b.copyFrom(table("account", column("id", INTEGER).primaryKey(),
                        column("full_name", string(50)), column("email", string(100)), column("qty", INTEGER))),
                        batch -> batch.alterColumn("full_name", a -> a.newName("name").existingType(string(50)))));
        c("batch_without_copy_from",
                op -> op.batchAlterTable("account", b -> b.recreate(Recreate.ALWAYS),
                        batch -> batch.alterColumn("name", a -> a.existingType(string(50)).nullable(false))),
                op -> op.batchAlterTable("account", b -> b.recreate(Recreate.ALWAYS),
                        batch -> batch.alterColumn("name", a -> a.existingType(string(50)).nullable(true))));

        // ---- bulk_insert -------------------------------------------------------------------------
        c("bulk_insert_basic",
                op -> {
                    Table status = op.createTable("status_code", column("id", INTEGER).primaryKey(),
                            column("name", string(20)).notNull(), column("active", BOOLEAN), column("rank", INTEGER));
                    op.bulkInsert(status, List.of(
                            row("id", 1, "name", "open", "active", true, "rank", 10),
                            row("id", 2, "name", "closed", "active", false, "rank", null),
                            row("id", 3, "name", "stale", "active", null, "rank", 30)));
                },
                op -> op.dropTable("status_code"));
        c("bulk_insert_binary",
                op -> {
                    Table t = op.createTable("blobs", column("id", INTEGER).primaryKey(), column("data", BINARY));
                    op.bulkInsert(t, List.of(row("id", 1, "data", new byte[] {0, 1, 'a', 'b'})));
                },
                op -> op.dropTable("blobs"));
        c("bulk_insert_datetime_types",
                op -> {
                    Table ev = op.createTable("calendar", column("id", INTEGER).primaryKey(), column("day", DATE),
                            column("at", DATETIME), column("clock", TIME));
                    op.bulkInsert(ev, List.of(
                            row("id", 1, "day", LocalDate.of(2024, 2, 29), "at", LocalDateTime.of(2024, 2, 29, 13, 45, 0),
                                    "clock", LocalTime.of(8, 30)),
                            row("id", 2, "day", LocalDate.of(1999, 12, 31), "at", LocalDateTime.of(1999, 12, 31, 23, 59, 59, 123456000),
                                    "clock", LocalTime.of(23, 59, 59))));
                },
                op -> op.dropTable("calendar"));
        c("bulk_insert_enum_boolean",
                op -> {
                    Table t = op.createTable("job", column("id", INTEGER).primaryKey(),
                            column("state", enumType("job_state", "queued", "done").nonNative()), column("urgent", BOOLEAN).notNull());
                    op.bulkInsert(t, List.of(row("id", 1, "state", "queued", "urgent", true),
                            row("id", 2, "state", "done", "urgent", false)));
                },
                op -> op.dropTable("job"));
        c("bulk_insert_json",
                op -> {
                    Table t = op.createTable("settings_doc", column("id", INTEGER).primaryKey(), column("doc", JSON));
                    op.bulkInsert(t, List.of(row("id", 1, "doc", row("theme", "dark", "size", 3)),
                            row("id", 2, "doc", List.of(1, 2, "three"))));
                },
                op -> op.dropTable("settings_doc"));
        c("bulk_insert_multiinsert_false",
                op -> op.bulkInsert(SIMPLE_ACCOUNT, List.of(row("id", 10, "name", "x", "qty", 1), row("id", 11, "name", "y", "qty", 2)), false),
                op -> op.execute("DELETE FROM account WHERE id IN (10, 11)"));
        c("bulk_insert_numeric_types",
                op -> {
                    Table t = op.createTable("measurements", column("id", BIGINT).primaryKey(), column("amount", numeric(12, 3)),
                            column("ratio", FLOAT));
                    op.bulkInsert(t, List.of(row("id", 1, "amount", new BigDecimal("1234.500"), "ratio", 0.25),
                            row("id", 9007199254740993L, "amount", new BigDecimal("-0.001"), "ratio", -1.5e-3)));
                },
                op -> op.dropTable("measurements"));
        c("bulk_insert_schema",
                op -> op.bulkInsert(table("account", column("id", INTEGER), column("name", string())).schema("other"),
                        List.of(row("id", 1, "name", "first"), row("id", 2, "name", "second"))),
                op -> op.execute("DELETE FROM other.account WHERE id IN (1, 2)"));
        c("bulk_insert_string_escaping",
                op -> {
                    Table t = op.createTable("phrases", column("id", INTEGER).primaryKey(), column("txt", string(100)));
                    op.bulkInsert(t, List.of(row("id", 1, "txt", "O'Brien"), row("id", 2, "txt", "C:\\temp\\new"),
                            row("id", 3, "txt", "100% sure"), row("id", 4, "txt", "at :word"), row("id", 5, "txt", "two\nlines"),
                            row("id", 6, "txt", "Grüße, 東京")));
                },
                op -> op.dropTable("phrases"));
        c("bulk_insert_uneven_rows",
                op -> op.bulkInsert(SIMPLE_ACCOUNT, List.of(row("id", 20, "name", "only-name"), row("id", 21, "qty", 7),
                        row("id", 22, "name", "both", "qty", 8))),
                PASS);

        // ---- check / exclude / foreign key / primary key / unique constraints ---------------------
        c("create_check_constraint_expression",
                op -> op.createCheckConstraint("ck_account_sane", "account",
                        col("qty").ge(0).and(col("name").ne("root"), col("status").in("new", "old"))),
                op -> op.dropConstraint("ck_account_sane", "account", ConstraintType.CHECK));
        c("create_check_constraint_schema",
                op -> op.createCheckConstraint("ck_other_account_qty", "account", "qty > 0", o -> o.schema("other")),
                op -> op.dropConstraint("ck_other_account_qty", "account", ConstraintType.CHECK, o -> o.schema("other")));
        c("create_check_constraint_string",
                op -> op.createCheckConstraint("ck_account_qty", "account", "qty >= 0"),
                op -> op.dropConstraint("ck_account_qty", "account", ConstraintType.CHECK));
        c("create_exclude_constraint",
                op -> op.createExcludeConstraint("excl_booking_room_period", "booking", "gist", excludeElement("period", "&&")),
                op -> op.dropConstraint("excl_booking_room_period", "booking"));
        c("create_foreign_key_basic",
                op -> op.createForeignKey("fk_child_parent", "child", "parent", List.of("parent_id"), List.of("id")),
                op -> op.dropConstraint("fk_child_parent", "child", ConstraintType.FOREIGN_KEY));
        c("create_foreign_key_composite",
                op -> op.createForeignKey("fk_assignment_office", "assignment", "office", List.of("office_region", "office_code"),
                        List.of("region", "code"), f -> f.onDelete("CASCADE").onUpdate("RESTRICT")),
                op -> op.dropConstraint("fk_assignment_office", "assignment", ConstraintType.FOREIGN_KEY));
        c("create_foreign_key_deferrable",
                op -> op.createForeignKey("fk_child_parent_deferred", "child", "parent", List.of("parent_id"), List.of("id"),
                        f -> f.deferrable(true).initially("DEFERRED").match("FULL")),
                op -> op.dropConstraint("fk_child_parent_deferred", "child", ConstraintType.FOREIGN_KEY));
        c("create_foreign_key_schema",
                op -> op.createForeignKey("fk_other_child_parent", "child", "parent", List.of("parent_id"), List.of("id"),
                        f -> f.sourceSchema("other").referentSchema("other")),
                op -> op.dropConstraint("fk_other_child_parent", "child", ConstraintType.FOREIGN_KEY, o -> o.schema("other")));
        c("create_foreign_key_unnamed",
                op -> op.createForeignKey(null, "child", "parent", List.of("parent_id"), List.of("id")),
                PASS);
        c("create_primary_key_basic",
                op -> op.createPrimaryKey("pk_legacy", "legacy", List.of("id")),
                op -> op.dropConstraint("pk_legacy", "legacy", ConstraintType.PRIMARY));
        c("create_primary_key_composite",
                op -> op.createPrimaryKey("pk_pairs", "pairs", List.of("left_id", "right_id")),
                op -> op.dropConstraint("pk_pairs", "pairs", ConstraintType.PRIMARY));
        c("create_primary_key_schema",
                op -> op.createPrimaryKey("pk_other_legacy", "legacy", List.of("id"), o -> o.schema("other")),
                op -> op.dropConstraint("pk_other_legacy", "legacy", ConstraintType.PRIMARY, o -> o.schema("other")));
        c("create_unique_constraint_basic",
                op -> op.createUniqueConstraint("uq_account_email", "account", List.of("email")),
                op -> op.dropConstraint("uq_account_email", "account", ConstraintType.UNIQUE));
        c("create_unique_constraint_multi_deferrable",
                op -> op.createUniqueConstraint("uq_account_name_email", "account", List.of("name", "email"),
                        o -> o.deferrable(true).initially("DEFERRED")),
                op -> op.dropConstraint("uq_account_name_email", "account", ConstraintType.UNIQUE));
        c("create_unique_constraint_schema",
                op -> op.createUniqueConstraint("uq_other_account_email", "account", List.of("email"), o -> o.schema("other")),
                op -> op.dropConstraint("uq_other_account_email", "account", ConstraintType.UNIQUE, o -> o.schema("other")));
        c("create_unique_constraint_unnamed",
                op -> op.createUniqueConstraint(null, "account", List.of("email")),
                PASS);

        // ---- create_index / drop_index -----------------------------------------------------------
        c("create_index_basic",
                op -> op.createIndex("ix_account_email", "account", List.of("email")),
                op -> op.dropIndex("ix_account_email", "account"));
        c("create_index_concurrently",
                op -> op.createIndex("ix_account_name", "account", List.of("name"), i -> i.postgresqlConcurrently()),
                op -> op.dropIndex("ix_account_name", "account", o -> o.postgresqlConcurrently()));
        c("create_index_desc_mixed",
                op -> op.createIndex("ix_account_qty_desc", "account", List.of(text("qty DESC"), "name")),
                op -> op.dropIndex("ix_account_qty_desc", "account"));
        c("create_index_dialect_options",
                op -> op.createIndex("ix_account_email_cover", "account", List.of("email"),
                        i -> i.postgresqlUsing("btree").postgresqlInclude("name").mysqlLength(20)),
                op -> op.dropIndex("ix_account_email_cover", "account"));
        c("create_index_functional",
                op -> {
                    op.createIndex("ix_account_lower_email", "account", List.of(text("lower(email)")));
                    op.createIndex("ix_account_upper_name", "account", List.of(func("upper", col("name"))));
                },
                op -> {
                    op.dropIndex("ix_account_upper_name", "account");
                    op.dropIndex("ix_account_lower_email", "account");
                });
        c("create_index_if_not_exists",
                op -> op.createIndex("ix_account_qty", "account", List.of("qty"), i -> i.ifNotExists()),
                op -> op.dropIndex("ix_account_qty", "account", o -> o.ifExists()));
        c("create_index_multi_column",
                op -> op.createIndex("ix_account_name_status", "account", List.of("name", "status", "qty")),
                op -> op.dropIndex("ix_account_name_status", "account"));
        c("create_index_partial",
                op -> op.createIndex("ix_account_active_email", "account", List.of("email"), i -> i.unique()
                        .postgresqlWhere("status = 'active'").sqliteWhere("status = 'active'")),
                op -> op.dropIndex("ix_account_active_email", "account"));
        c("create_index_schema",
                op -> op.createIndex("ix_other_account_email", "account", List.of("email"), i -> i.schema("other")),
                op -> op.dropIndex("ix_other_account_email", "account", o -> o.schema("other")));
        c("create_index_unique",
                op -> op.createIndex("ux_account_email", "account", List.of("email"), i -> i.unique()),
                op -> op.dropIndex("ux_account_email", "account"));
        c("drop_index_basic",
                op -> op.dropIndex("ix_account_email", "account"),
                op -> op.createIndex("ix_account_email", "account", List.of("email")));
        c("drop_index_no_table_name",
                op -> op.dropIndex("ix_account_email"),
                op -> op.createIndex("ix_account_email", "account", List.of("email")));
        c("drop_index_schema",
                op -> op.dropIndex("ix_other_account_email", "account", o -> o.schema("other")),
                op -> op.createIndex("ix_other_account_email", "account", List.of("email"), i -> i.schema("other")));

        // ---- create_table ------------------------------------------------------------------------
        c("create_table_autoincrement",
                op -> {
                    op.createTable("manual_ids", column("id", INTEGER).primaryKey().autoincrement(false), column("label", string(20)));
                    op.createTable("big_ids", column("id", BIGINT).primaryKey());
                    op.createTable(table("strict_ids", column("id", INTEGER).primaryKey()).sqliteAutoincrement());
                },
                op -> {
                    op.dropTable("strict_ids");
                    op.dropTable("big_ids");
                    op.dropTable("manual_ids");
                });
        c("create_table_binary",
                op -> op.createTable("blobs", column("id", INTEGER).primaryKey(), column("data", BINARY), column("digest", binary(32))),
                op -> op.dropTable("blobs"));
        c("create_table_boolean",
                op -> op.createTable("flags", column("id", INTEGER).primaryKey(), column("active", BOOLEAN),
                        column("checked", BOOLEAN.withConstraint("ck_flags_checked")),
                        column("on_by_default", BOOLEAN).notNull().serverDefault(TRUE),
                        column("off_by_default", BOOLEAN).notNull().serverDefault(FALSE)),
                op -> op.dropTable("flags"));
        c("create_table_check_constraint",
                op -> op.createTable("stock", column("id", INTEGER).primaryKey(), column("qty", INTEGER).check("qty >= 0").notNull(),
                        column("low", INTEGER), column("high", INTEGER),
                        checkConstraint("low <= high").named("ck_stock_range"), checkConstraint("high < 1000")),
                op -> op.dropTable("stock"));
        c("create_table_column_sequence",
                op -> op.createTable("invoice", column("id", INTEGER).sequence(sequence("invoice_id_seq")).primaryKey(),
                        column("number", string(20))),
                op -> op.dropTable("invoice"));
        c("create_table_comment_basic",
                op -> op.createTableComment("account", "Customer accounts; it's important"),
                op -> op.dropTableComment("account", o -> o.existingComment("Customer accounts; it's important")));
        c("create_table_comment_replace",
                op -> op.createTableComment("account", "New comment", o -> o.existingComment("Old comment")),
                op -> op.createTableComment("account", "Old comment", o -> o.existingComment("New comment")));
        c("create_table_comments",
                op -> op.createTable(table("product", column("id", INTEGER).primaryKey().comment("Surrogate key"),
                        column("sku", string(20)).notNull().comment("Stock keeping unit"),
                        column("label", string(50)).comment("Shown to the customer's eyes")).comment("Products we sell")),
                op -> op.dropTable("product"));
        c("create_table_composite_pk",
                op -> {
                    op.createTable("membership", column("user_id", INTEGER).primaryKey(), column("group_id", INTEGER).primaryKey(),
                            column("role", string(20)));
                    op.createTable("grade", column("student", string(20)).notNull(), column("course", string(20)).notNull(),
                            column("score", INTEGER), primaryKeyConstraint("student", "course").named("pk_grade"));
                },
                op -> {
                    op.dropTable("grade");
                    op.dropTable("membership");
                });
        c("create_table_computed",
                op -> op.createTable("line_item", column("id", INTEGER).primaryKey(), column("price", numeric(10, 2)).notNull(),
                        column("qty", INTEGER).notNull(), column("total", numeric(12, 2)).computed("price * qty"),
                        column("double_qty", INTEGER).computed("qty * 2", true)),
                op -> op.dropTable("line_item"));
        c("create_table_datetime_types",
                op -> op.createTable("events", column("id", INTEGER).primaryKey(), column("day", DATE), column("at", DATETIME),
                        column("at_tz", dateTime(true)), column("clock", TIME), column("clock_tz", time(true)),
                        column("stamp_tz", timestamp(true))),
                op -> op.dropTable("events"));
        EnumType postStatus = enumType("post_status", "draft", "published", "archived");
        c("create_table_enum_native",
                op -> op.createTable("post", column("id", INTEGER).primaryKey(),
                        column("status", postStatus).notNull().serverDefault("draft")),
                op -> {
                    op.dropTable("post");
                    op.dropEnumType(postStatus);
                });
        c("create_table_enum_non_native",
                op -> op.createTable("shipment", column("id", INTEGER).primaryKey(),
                        column("kind", enumType("shipment_kind", "small", "medium", "large").nonNative().withConstraint()),
                        column("speed", enumType("shipment_speed", "slow", "fast").nonNative()),
                        column("lane", enumType("shipment_lane", "a", "b").nonNative().length(20))),
                op -> op.dropTable("shipment"));
        c("create_table_fk_constraint_composite",
                op -> {
                    op.createTable("region_office", column("region", string(10)).primaryKey(), column("code", string(10)).primaryKey());
                    op.createTable("employee", column("id", INTEGER).primaryKey(), column("office_region", string(10)),
                            column("office_code", string(10)),
                            foreignKeyConstraint(List.of("office_region", "office_code"), List.of("region_office.region", "region_office.code"))
                                    .named("fk_employee_office").onDelete("SET NULL").deferrable(true).initially("DEFERRED"));
                },
                op -> {
                    op.dropTable("employee");
                    op.dropTable("region_office");
                });
        c("create_table_foreign_key",
                op -> {
                    op.createTable("author", column("id", INTEGER).primaryKey(), column("name", string(50)).notNull());
                    op.createTable("book", column("id", INTEGER).primaryKey(),
                            column("author_id", INTEGER).references(foreignKey("author.id").onDelete("CASCADE").onUpdate("SET NULL")).nullable(true),
                            column("editor_id", INTEGER).references(foreignKey("author.id").named("fk_book_editor")));
                },
                op -> {
                    op.dropTable("book");
                    op.dropTable("author");
                });
        c("create_table_identity",
                op -> {
                    op.createTable("ticket", column("id", INTEGER).identity(identity().start(100).increment(5)).primaryKey(),
                            column("title", string(50)));
                    op.createTable("audit", column("id", BIGINT).identity(identityAlways()).primaryKey());
                },
                op -> {
                    op.dropTable("audit");
                    op.dropTable("ticket");
                });
        c("create_table_if_not_exists",
                op -> op.createTable(table("maybe", column("id", INTEGER).primaryKey()), t -> t.ifNotExists()),
                op -> op.dropTable("maybe", o -> o.ifExists()));
        c("create_table_integer_types",
                op -> op.createTable("counters", column("id", INTEGER).primaryKey(), column("big", BIGINT).notNull(),
                        column("small", SMALLINT), column("plain", INTEGER).nullable(true)),
                op -> op.dropTable("counters"));
        c("create_table_interval",
                op -> op.createTable("durations", column("id", INTEGER).primaryKey(), column("span", INTERVAL).notNull()),
                op -> op.dropTable("durations"));
        c("create_table_json",
                op -> op.createTable("documents", column("id", INTEGER).primaryKey(), column("payload", JSON),
                        column("meta", JSON).notNull()),
                op -> op.dropTable("documents"));
        c("create_table_mysql_options",
                op -> op.createTable(table("mytable", column("id", INTEGER).primaryKey(), column("name", string(50)))
                        .mysqlEngine("InnoDB").mysqlCharset("utf8mb4").mysqlCollate("utf8mb4_unicode_ci")),
                op -> op.dropTable("mytable"));
        c("create_table_nullable",
                op -> op.createTable("person", column("id", INTEGER).primaryKey().notNull(),
                        column("first_name", string(50)).notNull(), column("middle_name", string(50)).nullable(true),
                        column("age", INTEGER).notNull()),
                op -> op.dropTable("person"));
        c("create_table_numeric_types",
                op -> op.createTable("prices", column("id", INTEGER).primaryKey(), column("amount", numeric(10, 2)).notNull(),
                        column("ratio", NUMERIC), column("weight", FLOAT), column("precise", floatType(53)),
                        column("exact", decimal(12, 4))),
                op -> op.dropTable("prices"));
        c("create_table_postgresql_types",
                op -> op.createTable("pg_things", column("id", INTEGER).primaryKey(),
                        column("doc", PostgresqlTypes.JSONB).serverDefault(text("'{}'::jsonb")),
                        column("scores", PostgresqlTypes.array(INTEGER)), column("addr", PostgresqlTypes.INET),
                        column("search", PostgresqlTypes.TSVECTOR), column("tags", array(string(20)))),
                op -> op.dropTable("pg_things"));
        c("create_table_quoting",
                op -> {
                    op.createTable("user", column("id", INTEGER).primaryKey(), column("order", INTEGER), column("select", string(10)),
                            column("CamelCase", string(10)), column("with space", string(10)));
                    op.createTable("UserGroup", column("id", INTEGER).primaryKey(), column("user", INTEGER).references("user.id"));
                    op.createIndex("ix_user_order", "user", List.of("order", "CamelCase"));
                },
                op -> {
                    op.dropIndex("ix_user_order", "user");
                    op.dropTable("UserGroup");
                    op.dropTable("user");
                });
        c("create_table_schema",
                op -> {
                    op.createTable(table("team", column("id", INTEGER).primaryKey(), column("name", string(50)).index())
                            .schema("other").comment("Teams"));
                    op.createTable(table("player", column("id", INTEGER).primaryKey(),
                            column("team_id", INTEGER).references("other.team.id")).schema("other"));
                },
                op -> {
                    op.dropTable("player", o -> o.schema("other"));
                    op.dropTable("team", o -> o.schema("other"));
                });
        c("create_table_server_default_func",
                op -> op.createTable("visit", column("id", INTEGER).primaryKey(),
                        column("created_at", dateTime(true)).serverDefault(now()),
                        column("updated_at", DATETIME).serverDefault(currentTimestamp()),
                        column("tag", string(20)).serverDefault(func("lower", "ABC"))),
                op -> op.dropTable("visit"));
        c("create_table_server_default_literal",
                op -> op.createTable("settings", column("id", INTEGER).primaryKey(),
                        column("retries", INTEGER).notNull().serverDefault("0"), column("mode", string(20)).serverDefault("auto"),
                        column("factor", numeric(5, 2)).serverDefault("1.5"), column("letter", string(1)).serverDefault(text("'x'")),
                        column("answer", INTEGER).serverDefault(text("42")), column("greeting", string(30)).serverDefault("it's")),
                op -> op.dropTable("settings"));
        c("create_table_server_default_now",
                op -> op.createTable("log_entry", column("id", INTEGER).primaryKey(),
                        column("created_at", DATETIME).notNull().serverDefault(text("now()")),
                        column("seen_at", DATETIME).serverDefault(text("CURRENT_TIMESTAMP"))),
                op -> op.dropTable("log_entry"));
        c("create_table_string_no_length",
                op -> op.createTable("nolen", column("id", INTEGER).primaryKey(), column("name", string())),
                op -> op.dropTable("nolen"));
        c("create_table_string_types",
                op -> op.createTable("texts", column("id", INTEGER).primaryKey(), column("code", string(10)).notNull(),
                        column("body", TEXT), column("title", string(200)), column("notes", TEXT), column("country", character(2))),
                op -> op.dropTable("texts"));
        c("create_table_unique_constraint",
                op -> op.createTable("seat", column("id", INTEGER).primaryKey(), column("row_no", INTEGER).notNull(),
                        column("seat_no", INTEGER).notNull(), column("barcode", string(40)),
                        uniqueConstraint("row_no", "seat_no").named("uq_seat_position"), uniqueConstraint("barcode")),
                op -> op.dropTable("seat"));
        c("create_table_unique_index_columns",
                op -> op.createTable("customer", column("id", INTEGER).primaryKey(), column("email", string(100)).unique(),
                        column("city", string(50)).index(), column("tax_id", string(20)).unique().index(),
                        column("first", string(30)), column("last", string(30)), index("ix_customer_name", "last", "first")),
                op -> op.dropTable("customer"));
        c("create_table_uuid_generic",
                op -> op.createTable("tokens", column("id", UUID).primaryKey(), column("other", UUID)),
                op -> op.dropTable("tokens"));
        c("create_table_uuid_postgresql",
                op -> op.createTable("sessions", column("id", sqlType("UUID")).primaryKey().serverDefault(text("gen_random_uuid()")),
                        column("user_ref", sqlType("UUID"))),
                op -> op.dropTable("sessions"));

        // ---- drop_column / drop_constraint / drop_table ------------------------------------------
        c("drop_column_basic",
                op -> op.dropColumn("account", "email"),
                op -> op.addColumn("account", column("email", string(100))));
        c("drop_column_schema",
                op -> op.dropColumn("account", "email", o -> o.schema("other")),
                op -> op.addColumn("account", column("email", string(100)), o -> o.schema("other")));
        c("drop_constraint_check",
                op -> op.dropConstraint("ck_account_qty", "account", ConstraintType.CHECK),
                op -> op.createCheckConstraint("ck_account_qty", "account", "qty >= 0"));
        c("drop_constraint_foreignkey",
                op -> op.dropConstraint("fk_book_author", "book", ConstraintType.FOREIGN_KEY),
                op -> op.createForeignKey("fk_book_author", "book", "author", List.of("author_id"), List.of("id")));
        c("drop_constraint_if_exists",
                op -> op.dropConstraint("uq_missing", "account", ConstraintType.UNIQUE, o -> o.ifExists()),
                PASS);
        c("drop_constraint_no_type",
                op -> op.dropConstraint("uq_account_email", "account"),
                op -> op.createUniqueConstraint("uq_account_email", "account", List.of("email")));
        c("drop_constraint_primary",
                op -> op.dropConstraint("pk_legacy", "legacy", ConstraintType.PRIMARY),
                op -> op.createPrimaryKey("pk_legacy", "legacy", List.of("id")));
        c("drop_constraint_schema",
                op -> op.dropConstraint("fk_other_child_parent", "child", ConstraintType.FOREIGN_KEY, o -> o.schema("other")),
                op -> op.createForeignKey("fk_other_child_parent", "child", "parent", List.of("parent_id"), List.of("id"),
                        f -> f.sourceSchema("other").referentSchema("other")));
        c("drop_constraint_unique",
                op -> op.dropConstraint("uq_account_email", "account", ConstraintType.UNIQUE),
                op -> op.createUniqueConstraint("uq_account_email", "account", List.of("email")));
        c("drop_table_basic",
                op -> op.dropTable("account"),
                op -> op.createTable("account", column("id", INTEGER).primaryKey(), column("name", string(50)),
                        column("email", string(100)), column("qty", INTEGER), column("status", string(20)).serverDefault("new"),
                        column("created_at", DATETIME)));
        c("drop_table_comment_basic",
                op -> op.dropTableComment("account", o -> o.existingComment("Old comment")),
                op -> op.createTableComment("account", "Old comment"));
        c("drop_table_schema",
                op -> op.dropTable("account", o -> o.schema("other")),
                op -> op.createTable(table("account", column("id", INTEGER).primaryKey(), column("name", string(50)),
                        column("email", string(100)), column("qty", INTEGER)).schema("other")));

        // ---- execute / inline_literal ------------------------------------------------------------
        // Java passes SQL through untouched, so the colon needs no escaping: this is the same statement.
        c("execute_colon_escaped",
                op -> op.execute("UPDATE account SET name = 'at 10:30 :word' WHERE id = 1"),
                PASS);
        c("execute_colon_in_literal",
                op -> op.execute("UPDATE account SET name = 'at 10:30 :word' WHERE id = 1"),
                PASS);
        c("execute_core_constructs",
                op -> {
                    Table account = SIMPLE_ACCOUNT;
                    op.execute(insert(account).values(row("id", 10, "name", "carol", "qty", 1)));
                    op.execute(update(account).where(account.c("id").eq(10)).set("qty", account.c("qty").plus(1)));
                    op.execute(delete(account).where(account.c("name").in("nobody", "ghost")));
                },
                op -> {
                    Table account = table("account", column("id", INTEGER));
                    op.execute(delete(account).where(account.c("id").eq(10)));
                });
        c("execute_multiline_percent",
                op -> op.execute("\n        CREATE VIEW active_account AS\n        \tSELECT id, name\n        \tFROM account\n"
                        + "        \tWHERE email LIKE '%@example.com'\n        "),
                op -> op.execute("DROP VIEW active_account"));
        c("execute_pg_cast",
                op -> op.execute("UPDATE account SET qty = '7'::integer WHERE name::text = 'alice'"),
                PASS);
        c("execute_pg_function",
                op -> op.execute("\n        CREATE FUNCTION add_one(x integer) RETURNS integer AS $$\n        DECLARE\n"
                        + "            y integer;\n        BEGIN\n            y := x + 1;\n            RETURN y;\n        END;\n"
                        + "        $$ LANGUAGE plpgsql\n        "),
                op -> op.execute("DROP FUNCTION add_one(integer)"));
        c("execute_plain_string",
                op -> {
                    op.execute("UPDATE account SET qty = 0 WHERE qty IS NULL");
                    op.execute("UPDATE account SET status = 'bulk' WHERE CAST(qty AS INTEGER) > 1");
                },
                op -> op.execute("UPDATE account SET status = 'new' WHERE status = 'bulk'"));
        c("execute_text_bindparams",
                op -> op.execute("UPDATE account SET status = :st, qty = :q WHERE name = :nm",
                        Map.of("st", "vip", "q", 10, "nm", "O'Brien")),
                PASS);
        c("inline_literal_date",
                op -> {
                    Table account = table("account", column("id", INTEGER), column("created_at", DATETIME));
                    op.execute(update(account).where(account.c("id").eq(inlineLiteral(1)))
                            .set("created_at", inlineLiteral(LocalDate.of(2020, 1, 2))));
                    op.execute(update(account).where(account.c("id").eq(inlineLiteral(2)))
                            .set("created_at", inlineLiteral("2020-01-03", DATE)));
                },
                PASS);
        c("inline_literal_types",
                op -> {
                    Table account = SIMPLE_ACCOUNT;
                    op.execute(update(account).where(account.c("id").eq(inlineLiteral(1)))
                            .set("qty", inlineLiteral("42", INTEGER)).set("name", inlineLiteral("O'Hara")));
                    op.execute(delete(account).where(account.c("qty").lt(inlineLiteral(0))));
                },
                PASS);
        Table nameStatus = table("account", column("name", string()), column("status", string()));
        c("inline_literal_update",
                op -> op.execute(update(nameStatus).where(nameStatus.c("name").eq(inlineLiteral("alice")))
                        .values(Map.of("status", inlineLiteral("active")))),
                op -> op.execute(update(nameStatus).where(nameStatus.c("name").eq(inlineLiteral("alice")))
                        .values(Map.of("status", inlineLiteral("new")))));

        // ---- quoting / rename_table / sequences / table comments ---------------------------------
        c("quoting_alter_operations",
                op -> {
                    op.renameTable("group", "UserGroup");
                    op.alterColumn("UserGroup", "order", a -> a.newName("Position").existingType(INTEGER));
                    op.createUniqueConstraint("uq_UserGroup_select", "UserGroup", List.of("select"));
                    op.createCheckConstraint("ck_position", "UserGroup", col("Position").gt(0));
                },
                PASS);
        c("rename_table_basic",
                op -> op.renameTable("account", "customer_account"),
                op -> op.renameTable("customer_account", "account"));
        c("rename_table_schema",
                op -> op.renameTable("account", "customer_account", o -> o.schema("other")),
                op -> op.renameTable("customer_account", "account", o -> o.schema("other")));
        c("sequence_create_drop",
                op -> op.createSequence(sequence("order_no_seq").start(1000).increment(10)),
                op -> op.dropSequence(sequence("order_no_seq")));
        c("sequence_schema",
                op -> {
                    op.createSequence(sequence("ticket_seq").schema("other").minValue(1).cycle());
                    op.execute("CREATE SEQUENCE IF NOT EXISTS misc_seq");
                },
                op -> {
                    op.execute("DROP SEQUENCE IF EXISTS misc_seq");
                    op.dropSequence(sequence("ticket_seq").schema("other"));
                });
        c("table_comment_schema",
                op -> op.createTableComment("account", "Other accounts", o -> o.schema("other")),
                op -> op.dropTableComment("account", o -> o.existingComment("Other accounts").schema("other")));
    }

    private GoldenCases() {
    }
}
