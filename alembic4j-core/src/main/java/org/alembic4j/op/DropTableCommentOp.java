package org.alembic4j.op;

import java.util.List;
import java.util.Optional;
import org.alembic4j.schema.JavaSource;

/** {@code op.drop_table_comment}: {@code COMMENT ON TABLE t IS NULL}, or MySQL's {@code COMMENT ''}. */
public record DropTableCommentOp(String schema, String table, String existingComment) implements MigrationOperation {

    @Override public List<String> statements(RenderContext context) {
        return List.of(context.dialect().ddl().tableComment(schema, table, null));
    }

    @Override public String toJava() {
        String opts = (schema == null ? "" : ".schema(" + JavaSource.string(schema) + ")")
                + (existingComment == null ? "" : ".existingComment(" + JavaSource.string(existingComment) + ")");
        return "op.dropTableComment(" + JavaSource.string(table) + (opts.isEmpty() ? "" : ", o -> o" + opts) + ")";
    }

    @Override public Optional<MigrationOperation> reverse() {
        return Optional.ofNullable(existingComment).map(c -> new CreateTableCommentOp(schema, table, c, null));
    }
}
