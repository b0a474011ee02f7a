package org.alembic4j.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alembic4j.AlembicException;

/**
 * Names for constraints and indexes that were given none, like SQLAlchemy's
 * {@code MetaData(naming_convention=...)}. Keys are {@code ix}, {@code uq}, {@code ck},
 * {@code fk}, {@code pk}; templates use SQLAlchemy's tokens: {@code %(table_name)s},
 * {@code %(column_0_name)s}, {@code %(column_0_label)s}, {@code %(column_0N_name)s},
 * {@code %(column_0_N_name)s}, {@code %(referred_table_name)s},
 * {@code %(referred_column_0_name)s}, {@code %(constraint_name)s}. Explicit names are always
 * kept as given.
 *
 * <p>The default convention, as in SQLAlchemy, only names indexes: {@code ix_%(column_0_label)s},
 * which gives {@code ix_<table>_<column>} ({@code ix_<schema>_<table>_<column>} in a schema).
 */
public record NamingConvention(Map<String, String> templates) {

    /** SQLAlchemy's default: {@code {"ix": "ix_%(column_0_label)s"}}. */
    public static final NamingConvention DEFAULT = new NamingConvention(Map.of("ix", "ix_%(column_0_label)s"));

    private static final Pattern TOKEN = Pattern.compile("%\\((\\w+)\\)s");
    private static final Pattern INDEXED = Pattern.compile("(referred_)?column_0(N|_N)?_(name|label|key)");

    public NamingConvention {
        templates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(templates));
    }

    /** The table with every unnamed constraint and index named where this convention has a template. */
    public Table apply(Table table) {
        List<TableElement> named = new java.util.ArrayList<>();
        for (TableElement e : table.elements()) {
            if (e instanceof Column c) {
                addColumn(table, c, named);
            } else {
                named.add(nameElement(table, e));
            }
        }
        // loops, not streams, here and in the compare package: run for each of hundreds of tables
        boolean explicitPk = false;
        for (TableElement e : table.elements()) {
            explicitPk |= e instanceof PrimaryKeyConstraint;
        }
        if (!explicitPk && templates.containsKey("pk")) {
            Optional<PrimaryKeyConstraint> pk = table.primaryKey();
            if (pk.isPresent()) {
                named.add(nameConstraint(table.schema(), table.name(), pk.get()));
            }
        }
        return table.elements(named);
    }

    /**
     * A column, plus what its flags stand for as explicit, named elements: its index (unique with
     * unique=True) always, and its foreign keys and UNIQUE when the convention names them.
     */
    private void addColumn(Table table, Column c, List<TableElement> out) {
        Column plain = c;
        List<TableElement> extras = new java.util.ArrayList<>();
        if (templates.containsKey("fk") && !c.foreignKeys().isEmpty()) {
            c.foreignKeys().forEach(fk -> extras.add(nameConstraint(table.schema(), table.name(), fk.toConstraint(c.name()))));
            plain = plain.withoutForeignKeys();
        }
        if (c.isIndexed()) {
            extras.add(nameIndex(table.schema(), table.name(),
                    new Index(null, List.of(new ColumnRef(null, null, c.name())), c.isUnique(), Map.of())));
            plain = plain.withoutIndex();
        } else if (c.isUnique() && templates.containsKey("uq")) {
            extras.add(nameConstraint(table.schema(), table.name(), new UniqueConstraint(null, List.of(c.name()), null, null)));
            plain = plain.withoutIndex();
        }
        out.add(plain);
        out.addAll(extras);
    }

    private TableElement nameElement(Table table, TableElement e) {
        if (e instanceof Index i) {
            return nameIndex(table.schema(), table.name(), i);
        }
        if (e instanceof Constraint c) {
            return nameConstraint(table.schema(), table.name(), c);
        }
        return e;
    }

    /** The index, named by the {@code ix} template when it has no name. */
    public Index nameIndex(String schema, String tableName, Index index) {
        if (index.name() != null || !templates.containsKey("ix")) {
            return index;
        }
        return index.named(render("ix", schema, tableName, index.columnNames(), null, List.of(), null));
    }

    /** The constraint, named by its template when it has no name. */
    public Constraint nameConstraint(String schema, String tableName, Constraint c) {
        String key = switch (c.type()) {
            case PRIMARY -> "pk";
            case UNIQUE -> "uq";
            case FOREIGN_KEY -> "fk";
            case CHECK -> "ck";
            case EXCLUDE -> "exclude";
        };
        if (c.name() != null || !templates.containsKey(key)) {
            return c;
        }
        String referredTable = c instanceof ForeignKeyConstraint fk ? fk.referredTable() : null;
        List<String> referredColumns = c instanceof ForeignKeyConstraint fk ? fk.referredColumns() : List.of();
        return c.named(render(key, schema, tableName, c.columns(), referredTable, referredColumns, c.name()));
    }

    private String render(String key, String schema, String tableName, List<String> columns, String referredTable,
            List<String> referredColumns, String constraintName) {
        String template = templates.get(key);
        Matcher m = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    token(m.group(1), template, schema, tableName, columns, referredTable, referredColumns, constraintName)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String token(String token, String template, String schema, String tableName, List<String> columns,
            String referredTable, List<String> referredColumns, String constraintName) {
        if (token.equals("table_name")) {
            return tableName;
        }
        if (token.equals("referred_table_name")) {
            return referredTable == null ? "" : referredTable;
        }
        if (token.equals("constraint_name")) {
            if (constraintName == null) {
                throw new AlembicException("Naming convention including %(constraint_name)s token requires that "
                        + "constraint is explicitly named (template '" + template + "').");
            }
            return constraintName;
        }
        Matcher m = INDEXED.matcher(token);
        if (!m.matches()) {
            throw new AlembicException("Unknown naming convention token '" + token + "' in '" + template + "'");
        }
        List<String> cols = m.group(1) != null ? referredColumns : columns;
        String owner = m.group(1) != null ? referredTable : tableName;
        boolean label = m.group(3).equals("label");
        List<String> names = cols.stream()
                .map(c -> label ? (schema != null && m.group(1) == null ? schema + "_" : "") + owner + "_" + c : c)
                .toList();
        if (names.isEmpty()) {
            throw new AlembicException("Naming convention token '" + token + "' needs a column, but the object has none");
        }
        if (m.group(2) == null) {
            return names.get(0);
        }
        return String.join(m.group(2).equals("N") ? "" : "_", names);
    }
}
