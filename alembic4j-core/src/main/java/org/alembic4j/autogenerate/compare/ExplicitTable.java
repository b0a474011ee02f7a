package org.alembic4j.autogenerate.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.Constraint;
import org.alembic4j.schema.ForeignKey;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.NamingConvention;
import org.alembic4j.schema.Table;
import org.alembic4j.schema.TableElement;
import org.alembic4j.schema.UniqueConstraint;

/**
 * A target table with everything at table level (column foreign keys, {@code unique()} and
 * {@code index()} flags become constraints and indexes), named by the naming convention where it
 * has a template: the form both sides are compared in.
 */
final class ExplicitTable {

    private ExplicitTable() {
    }

    static Table of(Table table, NamingConvention naming) {
        List<TableElement> elements = new ArrayList<>();
        List<Constraint> extra = new ArrayList<>();
        for (TableElement e : table.elements()) {
            if (e instanceof Column c) {
                elements.add(c.withoutTableLevelExtras());
                for (ForeignKey fk : c.foreignKeys()) {
                    extra.add(fk.toConstraint(c.name()));
                }
                if (c.isUnique() && !c.isIndexed()) {
                    extra.add(new UniqueConstraint(null, List.of(c.name()), null, null));
                }
            } else if (e instanceof Constraint k) {
                elements.add(k);
            }
        }
        elements.addAll(extra);
        for (Index i : table.indexes()) {
            elements.add(naming.nameIndex(table.schema(), table.name(), i));
        }
        return naming.apply(table.elements(elements));
    }

    /** A name for a constraint the target left unnamed, so that the downgrade can drop it again. */
    static Constraint named(Table table, Constraint c) {
        if (c.name() != null) {
            return c;
        }
        String prefix = c instanceof ForeignKeyConstraint ? "fk_" : "uq_";
        String suffix = c instanceof ForeignKeyConstraint fk ? "_" + fk.referredTable() : "";
        String name = prefix + table.name() + "_" + String.join("_", c.columns()) + suffix;
        return c.named(name.length() > 63 ? name.substring(0, 54) + "_" + Integer.toHexString(name.hashCode() & 0xfffffff) : name);
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
