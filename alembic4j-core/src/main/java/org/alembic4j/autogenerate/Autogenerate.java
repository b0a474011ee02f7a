package org.alembic4j.autogenerate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.alembic4j.AlembicException;
import org.alembic4j.autogenerate.compare.ComparisonResult;
import org.alembic4j.autogenerate.compare.ComparisonSettings;
import org.alembic4j.autogenerate.compare.SchemaComparator;
import org.alembic4j.autogenerate.reflect.CatalogQueries;
import org.alembic4j.autogenerate.reflect.CatalogReader;
import org.alembic4j.autogenerate.reflect.CatalogReaders;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.schema.NamingConvention;
import org.alembic4j.schema.Sequence;
import org.alembic4j.schema.Table;

/**
 * Alembic's autogenerate: compares a target schema with the live database and says what must
 * change. The database is read with a fixed number of catalog queries, whatever its size.
 * <pre>{@code
 * Diff diff = Autogenerate.compare(connection, dialect, target, AutogenerateOptions.defaults());
 * if (!diff.isEmpty()) { ... diff.renderUpgrade() ... }
 * }</pre>
 */
public final class Autogenerate {

    private Autogenerate() {
    }

    /** Compares {@code target} with the database behind {@code connection}. */
    public static Diff compare(Connection connection, Dialect dialect, TargetSchema target, AutogenerateOptions options) {
        Objects.requireNonNull(target, "target");
        CatalogReader reader = CatalogReaders.forDialect(dialect);
        CatalogQueries queries = new CatalogQueries(connection);
        try {
            String defaultSchema = reader.defaultSchema(queries);
            SchemaSnapshot wanted = inDefaultSchema(load(target, new TargetContext(dialect, defaultSchema, reader.folding())),
                    defaultSchema);
            Set<String> compared = new LinkedHashSet<>();
            compared.add(null);
            for (Table t : wanted.tables()) {
                compared.add(t.schema());
            }
            if (options.includeSchemas()) {
                for (String s : reader.schemaNames(queries)) {
                    String schema = s.equalsIgnoreCase(defaultSchema) ? null : s;
                    if (options.includeName().include(schema, ObjectType.SCHEMA, new ParentNames(null, null))) {
                        compared.add(schema);
                    }
                }
            }
            Set<String> schemaNames = new HashSet<>();
            for (String s : compared) {
                schemaNames.add(s == null ? defaultSchema : s);
            }
            SchemaSnapshot reflected = reader.read(queries, schemaNames, defaultSchema);
            ComparisonSettings settings = new ComparisonSettings(dialect,
                    options.withVersionTable(options.versionTable(), normalize(options.versionTableSchema(), defaultSchema)),
                    NamingConvention.DEFAULT, reader.foreignKeysCreateIndexes());
            ComparisonResult result = new SchemaComparator(settings).compare(wanted, reflected, compared);
            boolean batch = options.renderAsBatch() != null ? options.renderAsBatch()
                    : dialect.capabilities().recreateTableForBatch();
            return new Diff(result, batch, queries.count());
        } catch (SQLException e) {
            throw new AlembicException("Autogenerate could not read the database schema: " + e.getMessage(), e);
        }
    }

    private static SchemaSnapshot load(TargetSchema target, TargetContext context) {
        try {
            return target.load(context);
        } catch (AlembicException e) {
            throw e;
        } catch (Exception e) {
            throw new AlembicException("Could not load the target schema: " + e.getMessage(), e);
        }
    }

    /** Tables and sequences the target places in the default schema by name count as unqualified. */
    private static SchemaSnapshot inDefaultSchema(SchemaSnapshot s, String defaultSchema) {
        List<Table> tables = new ArrayList<>();
        for (Table t : s.tables()) {
            tables.add(t.schema() != null && t.schema().equalsIgnoreCase(defaultSchema) ? t.schema(null) : t);
        }
        List<Sequence> sequences = new ArrayList<>();
        for (Sequence q : s.sequences()) {
            sequences.add(q.schema() != null && q.schema().equalsIgnoreCase(defaultSchema) ? q.schema(null) : q);
        }
        return new SchemaSnapshot(tables, sequences);
    }

    private static String normalize(String schema, String defaultSchema) {
        return schema == null || schema.equalsIgnoreCase(defaultSchema) ? null : schema;
    }
}
