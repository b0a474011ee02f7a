package org.alembic4j.runtime.scripts;

import java.util.Objects;

/**
 * The two bodies of a plain-SQL revision file: what runs on upgrade and on downgrade.
 *
 * @param upgrade    the SQL under {@code -- upgrade}
 * @param downgrade  the SQL under {@code -- downgrade}
 */
public record SqlSections(String upgrade, String downgrade) {

    public SqlSections {
        Objects.requireNonNull(upgrade, "upgrade");
        Objects.requireNonNull(downgrade, "downgrade");
    }
}
