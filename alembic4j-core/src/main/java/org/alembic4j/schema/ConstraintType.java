package org.alembic4j.schema;

import java.util.Locale;
import org.alembic4j.AlembicException;

/** The {@code type_} of Alembic's {@code drop_constraint}: MySQL needs it to pick its DROP syntax. */
public enum ConstraintType {
    PRIMARY("primary"), UNIQUE("unique"), FOREIGN_KEY("foreignkey"), CHECK("check"), EXCLUDE("exclude");

    private final String alembicName;

    ConstraintType(String alembicName) {
        this.alembicName = alembicName;
    }

    /** The name Alembic uses: {@code primary}, {@code unique}, {@code foreignkey}, {@code check}. */
    public String alembicName() {
        return alembicName;
    }

    /** Parses Alembic's {@code type_} names. */
    public static ConstraintType fromAlembicName(String name) {
        for (ConstraintType t : values()) {
            if (t.alembicName.equals(name.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new AlembicException("Unknown constraint type '" + name + "'; expected primary, unique, foreignkey or check");
    }
}
