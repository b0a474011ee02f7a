package org.alembic4j.autogenerate.reflect;

import java.util.Map;
import java.util.function.Function;
import org.alembic4j.AlembicException;
import org.alembic4j.dialect.Dialect;

/** The catalog reader for a dialect, by dialect name: a fixed registry, no global mutable state. */
public final class CatalogReaders {

    private static final Map<String, Function<Dialect, CatalogReader>> BY_DIALECT = Map.of(
            "postgresql", PostgresqlCatalog::new,
            "mysql", MysqlCatalog::new,
            "mariadb", MysqlCatalog::new,
            "sqlite", SqliteCatalog::new,
            "h2", H2Catalog::new);

    private CatalogReaders() {
    }

    public static CatalogReader forDialect(Dialect dialect) {
        Function<Dialect, CatalogReader> reader = BY_DIALECT.get(dialect.name());
        if (reader == null) {
            throw new AlembicException("Autogenerate cannot reflect dialect " + dialect.name()
                    + "; supported: postgresql, mysql, mariadb, sqlite, h2");
        }
        return reader.apply(dialect);
    }
}
