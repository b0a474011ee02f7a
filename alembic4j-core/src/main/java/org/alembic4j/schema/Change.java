package org.alembic4j.schema;

/**
 * An optional change of a setting, for Alembic's three-state arguments: {@link #keep()} leaves it
 * alone ({@code False} in Alembic), {@code to(null)} removes it ({@code None}), {@code to(x)} sets it.
 */
public record Change<T>(boolean changed, T value) {
    private static final Change<?> KEEP = new Change<>(false, null);

    @SuppressWarnings("unchecked")
    public static <T> Change<T> keep() {
        return (Change<T>) KEEP;
    }

    public static <T> Change<T> to(T value) {
        return new Change<>(true, value);
    }

    /** The new value when changed, else {@code current}. */
    public T orElse(T current) {
        return changed ? value : current;
    }
}
