package org.alembic4j.autogenerate;

/**
 * One difference between the target and the database, as {@code alembic check} lists it.
 *
 * @param kind        Alembic's name for it: {@code add_table}, {@code remove_table}, {@code add_column},
 *                    {@code remove_column}, {@code modify_type}, {@code modify_nullable},
 *                    {@code modify_default}, {@code modify_comment}, {@code add_index},
 *                    {@code remove_index}, {@code add_constraint}, {@code remove_constraint},
 *                    {@code add_fk}, {@code remove_fk}, {@code add_table_comment},
 *                    {@code remove_table_comment}; alembic4j adds {@code rename_column},
 *                    {@code add_sequence} and {@code remove_sequence}
 * @param description what changed, e.g. {@code type change from VARCHAR(50) to VARCHAR(100) on 'account.name'}
 */
public record DetectedChange(String kind, String description) {

    /** {@code kind: description}, one readable line. */
    @Override
    public String toString() {
        return kind + ": " + description;
    }
}
