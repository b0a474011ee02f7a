package org.alembic4j.op;

/** Options of operations whose only keyword is {@code schema}. */
public class SchemaOptions<T extends SchemaOptions<T>> {
    String schema;

    @SuppressWarnings("unchecked")
    protected T self() {
        return (T) this;
    }

    /** Qualifies the table with this schema. */
    public T schema(String value) {
        schema = value;
        return self();
    }

    /** Plain schema-only options. */
    public static final class Only extends SchemaOptions<Only> {
    }
}
