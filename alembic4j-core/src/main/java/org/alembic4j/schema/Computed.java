package org.alembic4j.schema;

/** A generated column: {@code GENERATED ALWAYS AS (expr) [STORED]}; {@code persisted} null leaves STORED out. */
public record Computed(String expression, Boolean persisted) {
}
