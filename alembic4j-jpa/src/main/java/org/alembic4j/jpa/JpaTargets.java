package org.alembic4j.jpa;

import java.util.List;
import java.util.Map;

/**
 * Entry points for JPA targets, for the environment hook:
 * <pre>{@code
 * context.targetSchema(JpaTargets.packages("com.example.model"));
 * context.targetSchema(JpaTargets.packages("com.example.model")
 *         .classpath(Path.of("target/classes")).snakeCase());
 * context.targetSchema(JpaTargets.entities(Customer.class, Order.class));
 * }</pre>
 */
public final class JpaTargets {

    private JpaTargets() {
    }

    /** The entities ({@code @Entity}, with their {@code @MappedSuperclass}es and {@code @Embeddable}s) in these packages. */
    public static JpaTarget packages(String... packageNames) {
        return new JpaTarget(List.of(packageNames), List.of(), List.of(), null, null, Map.of());
    }

    /** Exactly these annotated classes. */
    public static JpaTarget entities(Class<?>... classes) {
        return new JpaTarget(List.of(), List.of(classes), List.of(), null, null, Map.of());
    }
}
