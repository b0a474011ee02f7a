package org.alembic4j.op;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alembic4j.dialect.Dialect;

/** An offline operation context that keeps what would be printed, as the runtime's {@code --sql} mode prints it. */
final class RecordingContext implements OperationContext {
    private final Dialect dialect;
    final List<String> statements = new ArrayList<>();
    final List<MigrationOperation> operations = new ArrayList<>();

    RecordingContext(Dialect dialect) {
        this.dialect = dialect;
    }

    Operations operations() {
        return new DefaultOperations(this, operations::add);
    }

    String output() {
        StringBuilder sb = new StringBuilder();
        statements.forEach(s -> sb.append(OfflineSql.format(s)));
        return sb.toString();
    }

    @Override public Dialect dialect() { return dialect; }
    @Override public boolean isOffline() { return true; }
    @Override public void execute(String sql) { statements.add(sql); }
    @Override public Optional<Connection> connection() { return Optional.empty(); }
}
