package org.alembic4j.op;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alembic4j.schema.SqlExpression;

/** Options of {@code createIndex}: Alembic's {@code unique}, {@code if_not_exists} and dialect keywords. */
public final class IndexOptions extends SchemaOptions<IndexOptions> {
    boolean unique;
    boolean ifNotExists;
    final Map<String, Object> dialectOptions = new LinkedHashMap<>();

    public IndexOptions unique() { unique = true; return this; }
    public IndexOptions ifNotExists() { ifNotExists = true; return this; }
    public IndexOptions postgresqlUsing(String method) { return option("postgresql_using", method); }
    public IndexOptions postgresqlInclude(String... columns) { return option("postgresql_include", List.of(columns)); }
    /** A partial index on PostgreSQL: {@code WHERE condition}. */
    public IndexOptions postgresqlWhere(String condition) { return option("postgresql_where", new org.alembic4j.schema.TextClause(condition)); }
    public IndexOptions postgresqlWhere(SqlExpression condition) { return option("postgresql_where", condition); }
    public IndexOptions postgresqlConcurrently() { return option("postgresql_concurrently", Boolean.TRUE); }
    /** A partial index on SQLite: {@code WHERE condition}. */
    public IndexOptions sqliteWhere(String condition) { return option("sqlite_where", new org.alembic4j.schema.TextClause(condition)); }
    public IndexOptions sqliteWhere(SqlExpression condition) { return option("sqlite_where", condition); }
    /** A prefix length on MySQL ({@code email(20)}); MariaDB reads {@code mariadb_length}. */
    public IndexOptions mysqlLength(int length) { return option("mysql_length", length); }

    /** Any dialect option by its SQLAlchemy keyword, e.g. {@code mariadb_length}. */
    public IndexOptions option(String key, Object value) {
        dialectOptions.put(key, value);
        return this;
    }
}
