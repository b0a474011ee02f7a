package org.alembic4j.autogenerate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.alembic4j.schema.Sequence;
import org.alembic4j.schema.Table;

/**
 * A set of tables and sequences in the shared schema model ({@link org.alembic4j.schema}): what the
 * target says the database should hold, or what reflection found in it. Tables in the connection's
 * default schema have a null schema; others carry their schema name.
 */
public record SchemaSnapshot(List<Table> tables, List<Sequence> sequences) {

    public SchemaSnapshot {
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
    }

    public static SchemaSnapshot of(Collection<Table> tables) {
        return new SchemaSnapshot(List.copyOf(tables), List.of());
    }

    /** The same snapshot with these sequences added. */
    public SchemaSnapshot withSequences(Collection<Sequence> more) {
        List<Sequence> all = new ArrayList<>(sequences);
        all.addAll(more);
        return new SchemaSnapshot(tables, all);
    }

    /** The table of that schema (null: default) and name. */
    public Optional<Table> table(String schema, String name) {
        return tables.stream().filter(t -> Objects.equals(t.schema(), schema) && t.name().equals(name)).findFirst();
    }
}
