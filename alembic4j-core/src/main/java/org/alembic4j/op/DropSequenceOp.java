package org.alembic4j.op;

import java.util.List;
import java.util.Optional;
import org.alembic4j.schema.Sequence;

/** {@code DROP SEQUENCE}. */
public record DropSequenceOp(Sequence sequence) implements MigrationOperation {
    @Override public List<String> statements(RenderContext context) {
        return List.of(context.dialect().ddl().dropSequence(sequence));
    }

    @Override public String toJava() { return "op.dropSequence(" + sequence.toJava() + ")"; }

    @Override public Optional<MigrationOperation> reverse() { return Optional.of(new CreateSequenceOp(sequence)); }
}
