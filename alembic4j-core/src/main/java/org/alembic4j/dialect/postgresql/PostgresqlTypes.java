package org.alembic4j.dialect.postgresql;

import java.util.Set;
import org.alembic4j.schema.ArrayType;
import org.alembic4j.schema.DialectType;
import org.alembic4j.schema.SqlType;

/** PostgreSQL's own types, usable only with the PostgreSQL dialect: {@code import static ...PostgresqlTypes.*;}. */
public final class PostgresqlTypes {
    private PostgresqlTypes() {
    }

    public static final SqlType JSONB = of("JSONB");
    public static final SqlType INET = of("INET");
    public static final SqlType CIDR = of("CIDR");
    public static final SqlType TSVECTOR = of("TSVECTOR");
    public static final SqlType CITEXT = of("CITEXT");

    /** {@code element[]}; SQLAlchemy's ARRAY. */
    public static SqlType array(SqlType element) {
        return new ArrayType(element);
    }

    /** Any other PostgreSQL type by its SQL name. */
    public static SqlType of(String sql) {
        return new DialectType(sql, Set.of("postgresql"));
    }
}
