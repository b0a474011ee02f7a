package org.alembic4j.autogenerate.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.Table;

/**
 * Alembic's top complaint about autogenerate: a renamed column comes out as a drop and an add,
 * which loses the data if nobody notices. When, in one table, exactly one removed column and
 * exactly one added column have the same type and nullability, they are paired as a rename.
 */
final class RenameHints {

    private final ComparisonSettings settings;

    RenameHints(ComparisonSettings settings) {
        this.settings = settings;
    }

    /** New column to old column, for the pairs taken as renames. */
    Map<Column, Column> find(Table target, List<Column> added, List<Column> removed) {
        Map<Column, Column> out = new LinkedHashMap<>();
        if (!settings.options().detectRenames()) {
            return out;
        }
        for (Column a : added) {
            List<Column> candidates = removed.stream().filter(r -> alike(target, a, r)).toList();
            if (candidates.size() != 1) {
                continue;
            }
            Column r = candidates.get(0);
            long rivals = added.stream().filter(other -> alike(target, other, r)).count();
            if (rivals == 1) {
                out.put(a, r);
            }
        }
        return out;
    }

    private boolean alike(Table target, Column added, Column removed) {
        TypeSignature a = TypeSignature.parse(TypeText.of(settings.dialect(), added.type()));
        TypeSignature r = TypeSignature.parse(TypeText.of(settings.dialect(), removed.type()));
        return a.isSameAs(r) && target.isNullable(added) == removed.isNullable();
    }
}
