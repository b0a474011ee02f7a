package org.alembic4j.op;

import java.util.List;
import java.util.Optional;
import org.alembic4j.schema.JavaSource;

/** {@code op.create_table_comment}: COMMENT ON TABLE, or MySQL's ALTER TABLE ... COMMENT. */
public record CreateTableCommentOp(String schema, String table, String comment, String existingComment)
        implements MigrationOperation {

    @Override public List<String> statements(RenderContext context) {
        return List.of(context.dialect().ddl().tableComment(schema, table, comment));
    }

    @Override public String toJava() {
        String opts = (schema == null ? "" : ".schema(" + JavaSource.string(schema) + ")")
                + (existingComment == null ? "" : ".existingComment(" + JavaSource.string(existingComment) + ")");
        return "op.createTableComment(" + JavaSource.string(table) + ", " + JavaSource.string(comment)
                + (opts.isEmpty() ? "" : ", o -> o" + opts) + ")";
    }

    @Override public Optional<MigrationOperation> reverse() {
        return Optional.of(existingComment == null ? new DropTableCommentOp(schema, table, comment)
                : new CreateTableCommentOp(schema, table, existingComment, comment));
    }
}
