package org.alembic4j.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import org.alembic4j.schema.Table;

/** Reads an existing table's definition through a live connection (batch mode's "reflect"). */
public interface TableReflector {

    /** The table as it exists now: columns, primary key, foreign keys, unique and check constraints, indexes. */
    Table reflect(Connection connection, String schema, String table) throws SQLException;
}
