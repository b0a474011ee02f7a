package org.alembic4j.op;

import java.util.LinkedHashMap;
import java.util.Map;

/** Options of {@code dropTable}, {@code dropColumn}, {@code dropIndex}, {@code dropConstraint}. */
public final class DropOptions extends SchemaOptions<DropOptions> {
    boolean ifExists;
    final Map<String, Object> dialectOptions = new LinkedHashMap<>();

    /** {@code IF EXISTS} (not rendered by MySQL for constraints). */
    public DropOptions ifExists() {
        ifExists = true;
        return this;
    }

    /** {@code DROP INDEX CONCURRENTLY} on PostgreSQL. */
    public DropOptions postgresqlConcurrently() {
        return option("postgresql_concurrently", Boolean.TRUE);
    }

    /** A dialect option by SQLAlchemy keyword. */
    public DropOptions option(String key, Object value) {
        dialectOptions.put(key, value);
        return this;
    }
}
