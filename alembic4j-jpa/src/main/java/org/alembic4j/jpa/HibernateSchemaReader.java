package org.alembic4j.jpa;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alembic4j.autogenerate.NativeTypes;
import org.alembic4j.autogenerate.SchemaSnapshot;
import org.alembic4j.autogenerate.TargetContext;
import org.alembic4j.schema.CheckConstraint;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.ColumnRef;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.Identity;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.PrimaryKeyConstraint;
import org.alembic4j.schema.Sequence;
import org.alembic4j.schema.SqlExpression;
import org.alembic4j.schema.Table;
import org.alembic4j.schema.TableElement;
import org.alembic4j.schema.TextClause;
import org.alembic4j.schema.UniqueConstraint;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.UniqueKey;

/**
 * Turns Hibernate's boot metamodel (the tables Hibernate's own schema export would create) into
 * alembic4j's schema model. Column types are the exact DDL types Hibernate writes for the
 * dialect; unquoted names are folded the way the database stores them.
 */
final class HibernateSchemaReader {

    private final Metadata metadata;
    private final TargetContext context;

    HibernateSchemaReader(Metadata metadata, TargetContext context) {
        this.metadata = metadata;
        this.context = context;
    }

    SchemaSnapshot read() {
        List<Table> tables = new ArrayList<>();
        for (org.hibernate.mapping.Table t : metadata.collectTableMappings()) {
            if (t.isPhysicalTable() && !t.isView() && !t.isAbstractUnionTable()) {
                tables.add(table(t));
            }
        }
        List<Sequence> sequences = new ArrayList<>();
        for (Namespace ns : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.boot.model.relational.Sequence s : ns.getSequences()) {
                Identifier schema = s.getName().getSchemaName();
                sequences.add(new Sequence(schema == null ? null : name(schema.getText(), schema.isQuoted()),
                        name(s.getName().getSequenceName().getText(), s.getName().getSequenceName().isQuoted()),
                        (long) s.getInitialValue(), (long) s.getIncrementSize(), null, null, null, false));
            }
        }
        return new SchemaSnapshot(tables, sequences);
    }

    private String name(String text, boolean quoted) {
        return quoted ? text : context.foldUnquoted(text);
    }

    private String column(org.hibernate.mapping.Column c) {
        return name(c.getName(), c.isQuoted());
    }

    private Table table(org.hibernate.mapping.Table t) {
        List<TableElement> elements = new ArrayList<>();
        List<String> pk = t.getPrimaryKey() == null ? List.of()
                : t.getPrimaryKey().getColumns().stream().map(this::column).toList();
        Set<String> uniqueColumnsCovered = new LinkedHashSet<>();
        for (UniqueKey uk : t.getUniqueKeys().values()) {
            if (uk.getColumnSpan() == 1) {
                uniqueColumnsCovered.add(column(uk.getColumn(0)));
            }
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (org.hibernate.mapping.Column hc : t.getColumns()) {
            Column c = Column.of(column(hc), NativeTypes.toSqlType(context.dialect(), hc.getSqlType(metadata)))
                    .nullable(hc.isNullable() && !pk.contains(column(hc)));
            if (hc.getGeneratedAs() != null) {
                c = c.computed(hc.getGeneratedAs(), true);
            } else if (hc.getDefaultValue() != null) {
                c = c.serverDefault(new TextClause(hc.getDefaultValue()));
            }
            if (hc.getComment() != null) {
                c = c.comment(hc.getComment());
            }
            if (hc.isIdentity()) {
                c = c.identity(new Identity(false, null, null)).autoincrement(true);
            } else if (pk.size() == 1 && pk.get(0).equals(c.name())) {
                // Hibernate's non-identity keys get their values from a generator, never from SERIAL.
                c = c.autoincrement(false);
            }
            for (org.hibernate.mapping.CheckConstraint ck : hc.getCheckConstraints()) {
                c = c.check(new CheckConstraint(ck.isAnonymous() ? null : ck.getName(), new TextClause(ck.getConstraint())));
            }
            if (hc.isUnique() && !uniqueColumnsCovered.contains(c.name()) && !pk.equals(List.of(c.name()))) {
                uniques.add(new UniqueConstraint(hc.getUniqueKeyName() == null ? null
                        : name(hc.getUniqueKeyName(), false), List.of(c.name()), null, null));
            }
            elements.add(c);
        }
        if (!pk.isEmpty()) {
            elements.add(new PrimaryKeyConstraint(null, pk));
        }
        for (ForeignKey fk : t.getForeignKeyCollection()) {
            if (fk.isCreationEnabled() && fk.isPhysicalConstraint() && fk.getReferencedTable() != null) {
                elements.add(foreignKey(fk));
            }
        }
        for (UniqueKey uk : t.getUniqueKeys().values()) {
            if (!t.isRedundantUniqueKey(uk) && !uk.getColumns().isEmpty()) {
                uniques.add(new UniqueConstraint(uk.getName() == null ? null : name(uk.getName(), false),
                        uk.getColumns().stream().map(this::column).toList(), null, null));
            }
        }
        elements.addAll(uniques);
        for (org.hibernate.mapping.CheckConstraint ck : t.getChecks()) {
            elements.add(new CheckConstraint(ck.isAnonymous() ? null : ck.getName(), new TextClause(ck.getConstraint())));
        }
        for (org.hibernate.mapping.Index ix : t.getIndexes().values()) {
            List<SqlExpression> cols = ix.getColumns().stream()
                    .map(c -> (SqlExpression) new ColumnRef(null, null, column(c))).toList();
            if (!cols.isEmpty()) {
                elements.add(new Index(name(ix.getName(), false), cols, ix.isUnique(), Map.of()));
            }
        }
        String schema = t.getSchema() == null ? null : name(t.getSchema(), t.isSchemaQuoted());
        Table table = new Table(schema, name(t.getName(), t.isQuoted()), elements, t.getComment(), Map.of());
        return table;
    }

    private ForeignKeyConstraint foreignKey(ForeignKey fk) {
        org.hibernate.mapping.Table ref = fk.getReferencedTable();
        List<org.hibernate.mapping.Column> refColumns = fk.isReferenceToPrimaryKey()
                ? ref.getPrimaryKey().getColumns() : fk.getReferencedColumns();
        String refSchema = ref.getSchema() == null ? null : name(ref.getSchema(), ref.isSchemaQuoted());
        return new ForeignKeyConstraint(fk.getName() == null ? null : name(fk.getName(), false),
                fk.getColumns().stream().map(this::column).toList(), refSchema, name(ref.getName(), ref.isQuoted()),
                refColumns.stream().map(this::column).toList(), onDelete(fk.getOnDeleteAction()), null, null, null, null);
    }

    private static String onDelete(OnDeleteAction action) {
        if (action == null) {
            return null;
        }
        return switch (action) {
            case CASCADE -> "CASCADE";
            case SET_NULL -> "SET NULL";
            case SET_DEFAULT -> "SET DEFAULT";
            default -> null;
        };
    }
}
