package org.alembic4j.autogenerate.reflect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.alembic4j.schema.CheckConstraint;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.PrimaryKeyConstraint;
import org.alembic4j.schema.Table;
import org.alembic4j.schema.TableElement;
import org.alembic4j.schema.UniqueConstraint;

/**
 * Collects what the bulk catalog queries say about each table (rows arrive for all tables at
 * once) and builds the {@link Table}s at the end. Tables keep the order they were first named in.
 */
public final class TableAssembler {

    /** Identifies a table: schema null for the default schema. */
    public record Key(String schema, String name) {
    }

    /** What is known about one table so far. */
    public static final class Parts {
        final Key key;
        String comment;
        final List<Column> columns = new ArrayList<>();
        String pkName;
        final TreeMap<Integer, String> pkColumns = new TreeMap<>();
        final List<ForeignKeyConstraint> foreignKeys = new ArrayList<>();
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final Map<String, String> options = new LinkedHashMap<>();

        Parts(Key key) {
            this.key = key;
        }

        public Parts comment(String value) {
            this.comment = value == null || value.isEmpty() ? null : value;
            return this;
        }

        public Parts column(Column c) {
            columns.add(c);
            return this;
        }

        /** Replaces the column of that name (e.g. to mark it autoincrementing once the key is known). */
        public void replaceColumn(String name, java.util.function.UnaryOperator<Column> change) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(name)) {
                    columns.set(i, change.apply(columns.get(i)));
                }
            }
        }

        public List<Column> columns() {
            return columns;
        }

        public Parts primaryKey(String name, int position, String column) {
            this.pkName = name;
            pkColumns.put(position, column);
            return this;
        }

        public List<String> primaryKeyColumns() {
            return List.copyOf(pkColumns.values());
        }

        public Parts foreignKey(ForeignKeyConstraint fk) {
            foreignKeys.add(fk);
            return this;
        }

        public List<ForeignKeyConstraint> foreignKeys() {
            return foreignKeys;
        }

        public Parts unique(UniqueConstraint u) {
            uniques.add(u);
            return this;
        }

        public List<UniqueConstraint> uniques() {
            return uniques;
        }

        public Parts check(CheckConstraint c) {
            checks.add(c);
            return this;
        }

        public Parts index(Index i) {
            indexes.add(i);
            return this;
        }

        public Parts option(String key, String value) {
            options.put(key, value);
            return this;
        }

        Table build() {
            List<TableElement> elements = new ArrayList<>(columns);
            if (!pkColumns.isEmpty()) {
                elements.add(new PrimaryKeyConstraint(pkName, List.copyOf(pkColumns.values())));
            }
            elements.addAll(foreignKeys);
            elements.addAll(uniques);
            elements.addAll(checks);
            elements.addAll(indexes);
            Table t = new Table(key.schema(), key.name(), elements, comment, Map.of());
            for (Map.Entry<String, String> o : options.entrySet()) {
                t = t.option(o.getKey(), o.getValue());
            }
            return t;
        }
    }

    private final Map<Key, Parts> tables = new LinkedHashMap<>();

    /** Starts a table (or returns the one started). */
    public Parts table(String schema, String name) {
        return tables.computeIfAbsent(new Key(schema, Objects.requireNonNull(name)), Parts::new);
    }

    /** The table if it was started (rows of tables filtered out earlier are skipped). */
    public Parts existing(String schema, String name) {
        return tables.get(new Key(schema, name));
    }

    public List<Parts> all() {
        return List.copyOf(tables.values());
    }

    public List<Table> build() {
        return tables.values().stream().filter(p -> !p.columns.isEmpty()).map(Parts::build).toList();
    }
}
