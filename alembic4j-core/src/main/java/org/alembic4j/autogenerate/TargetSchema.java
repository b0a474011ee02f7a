package org.alembic4j.autogenerate;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.alembic4j.schema.Sequence;
import org.alembic4j.schema.Table;

/**
 * What the database should look like: Alembic's {@code target_metadata}. The environment hook
 * hands one to {@code context.targetSchema(...)}; autogenerate and {@code check} compare it with the
 * live database.
 *
 * <p>A target is loaded only when a comparison runs, with the dialect of the database being
 * compared, because JPA mappings (and reference databases) depend on it. Sources:
 * <ul>
 *   <li>tables built in code: {@code TargetSchema.of(table("account", column("id", INTEGER).primaryKey(), ...))};</li>
 *   <li>another database: {@code TargetSchema.database("jdbc:postgresql://localhost/reference?user=app")};</li>
 *   <li>JPA entities, with the optional {@code alembic4j-jpa} module: {@code JpaTargets.packages("com.example.model")};</li>
 *   <li>several of these together: {@code TargetSchema.combine(a, b)}.</li>
 * </ul>
 */
@FunctionalInterface
public interface TargetSchema {

    /** The tables and sequences the database should have. */
    SchemaSnapshot load(TargetContext context) throws Exception;

    /** These tables, defined in code with {@link org.alembic4j.op.Ops}. */
    static TargetSchema of(Table... tables) {
        return of(Arrays.asList(tables));
    }

    /** These tables, defined in code. */
    static TargetSchema of(Collection<Table> tables) {
        SchemaSnapshot snapshot = SchemaSnapshot.of(List.copyOf(tables));
        return context -> snapshot;
    }

    /** These tables and sequences, defined in code. */
    static TargetSchema of(Collection<Table> tables, Collection<Sequence> sequences) {
        SchemaSnapshot snapshot = new SchemaSnapshot(List.copyOf(tables), List.copyOf(sequences));
        return context -> snapshot;
    }

    /**
     * The schema of another database (Liquibase's "diff against a reference"): reflected through its
     * JDBC URL when the comparison runs, in its default schema.
     */
    static TargetSchema database(String jdbcUrl) {
        return new ReferenceDatabase(jdbcUrl, null, null);
    }

    /** The schema of another database, connecting with a user and password. */
    static TargetSchema database(String jdbcUrl, String user, String password) {
        return new ReferenceDatabase(jdbcUrl, user, password);
    }

    /** The tables and sequences of all these targets together. */
    static TargetSchema combine(TargetSchema... targets) {
        List<TargetSchema> all = List.of(targets);
        return context -> {
            List<Table> tables = new java.util.ArrayList<>();
            List<Sequence> sequences = new java.util.ArrayList<>();
            for (TargetSchema t : all) {
                SchemaSnapshot s = t.load(context);
                tables.addAll(s.tables());
                sequences.addAll(s.sequences());
            }
            return new SchemaSnapshot(tables, sequences);
        };
    }
}
