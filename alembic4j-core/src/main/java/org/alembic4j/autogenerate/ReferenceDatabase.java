package org.alembic4j.autogenerate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import org.alembic4j.AlembicException;
import org.alembic4j.autogenerate.reflect.CatalogQueries;
import org.alembic4j.autogenerate.reflect.CatalogReader;
import org.alembic4j.autogenerate.reflect.CatalogReaders;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.dialect.Dialects;

/** A target read from another database's default schema (Liquibase's reference database). */
record ReferenceDatabase(String jdbcUrl, String user, String password) implements TargetSchema {

    @Override
    public SchemaSnapshot load(TargetContext context) {
        Dialect dialect = Dialects.forJdbcUrl(jdbcUrl);
        CatalogReader reader = CatalogReaders.forDialect(dialect);
        try (Connection c = user == null ? DriverManager.getConnection(jdbcUrl)
                : DriverManager.getConnection(jdbcUrl, user, password)) {
            CatalogQueries queries = new CatalogQueries(c);
            String schema = reader.defaultSchema(queries);
            return reader.read(queries, Set.of(schema), schema);
        } catch (SQLException e) {
            throw new AlembicException("Could not read the reference database " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }
}
