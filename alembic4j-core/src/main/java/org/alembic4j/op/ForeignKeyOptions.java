package org.alembic4j.op;

/** Options of {@code createForeignKey}. */
public final class ForeignKeyOptions {
    String sourceSchema;
    String referentSchema;
    String onDelete;
    String onUpdate;
    String match;
    Boolean deferrable;
    String initially;

    public ForeignKeyOptions sourceSchema(String value) { sourceSchema = value; return this; }
    public ForeignKeyOptions referentSchema(String value) { referentSchema = value; return this; }
    public ForeignKeyOptions onDelete(String value) { onDelete = value; return this; }
    public ForeignKeyOptions onUpdate(String value) { onUpdate = value; return this; }
    /** {@code MATCH FULL} etc.; MySQL refuses it. */
    public ForeignKeyOptions match(String value) { match = value; return this; }
    public ForeignKeyOptions deferrable(boolean value) { deferrable = value; return this; }
    public ForeignKeyOptions initially(String value) { initially = value; return this; }
}
