package org.alembic4j.op;

/** Options of {@code createTableComment} / {@code dropTableComment}. */
public final class CommentOptions extends SchemaOptions<CommentOptions> {
    String existingComment;

    /** The comment being replaced: no effect on the SQL, but it makes the operation reversible. */
    public CommentOptions existingComment(String value) {
        existingComment = value;
        return this;
    }
}
