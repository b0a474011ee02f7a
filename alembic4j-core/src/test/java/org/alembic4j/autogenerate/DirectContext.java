package org.alembic4j.autogenerate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.op.DefaultOperations;
import org.alembic4j.op.MigrationOperation;
import org.alembic4j.op.OperationContext;
import org.alembic4j.op.Operations;

/** Runs operations straight on a connection (autocommit), recording each statement. */
final class DirectContext implements OperationContext {

    private final Connection connection;
    private final Dialect dialect;
    final List<String> executed = new ArrayList<>();

    DirectContext(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    @Override public Dialect dialect() { return dialect; }
    @Override public boolean isOffline() { return false; }
    @Override public Optional<Connection> connection() { return Optional.of(connection); }

    @Override public void execute(String sql) {
        executed.add(sql);
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql + "\n" + e.getMessage(), e);
        }
    }

    Operations operations() {
        return new DefaultOperations(this);
    }

    void run(List<MigrationOperation> ops) {
        for (MigrationOperation op : ops) {
            op.invoke(this);
        }
    }
}
