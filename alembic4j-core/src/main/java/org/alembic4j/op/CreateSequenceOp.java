package org.alembic4j.op;

import java.util.List;
import java.util.Optional;
import org.alembic4j.schema.Sequence;

/** {@code CREATE SEQUENCE} (Alembic writes {@code op.execute(CreateSequence(...))}); refused where there are no sequences. */
public record CreateSequenceOp(Sequence sequence) implements MigrationOperation {
    @Override public List<String> statements(RenderContext context) {
        return List.of(context.dialect().ddl().createSequence(sequence));
    }

    @Override public String toJava() { return "op.createSequence(" + sequence.toJava() + ")"; }

    @Override public Optional<MigrationOperation> reverse() { return Optional.of(new DropSequenceOp(sequence)); }
}
