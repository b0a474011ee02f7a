package org.alembic4j.autogenerate;

/** The kinds of object the include filters see, with Alembic's {@code type_} names. */
public enum ObjectType {
    SCHEMA("schema"),
    TABLE("table"),
    COLUMN("column"),
    INDEX("index"),
    UNIQUE_CONSTRAINT("unique_constraint"),
    FOREIGN_KEY_CONSTRAINT("foreign_key_constraint");

    private final String alembicName;

    ObjectType(String alembicName) {
        this.alembicName = alembicName;
    }

    /** Alembic's name: {@code schema}, {@code table}, {@code column}, {@code index}, ... */
    public String alembicName() {
        return alembicName;
    }
}
