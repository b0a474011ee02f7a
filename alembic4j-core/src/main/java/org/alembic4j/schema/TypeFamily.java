package org.alembic4j.schema;

/** Broad kinds of values; two types of one family copy into each other without a CAST. */
public enum TypeFamily {
    INTEGER, NUMERIC, STRING, BOOLEAN, DATE, TIME, DATETIME, BINARY, JSON, UUID, INTERVAL, ARRAY, OTHER
}
