/**
 * JPA entities as an autogenerate target. The tables, columns and types are those Hibernate's own
 * schema export would create on the compared database: they are read from Hibernate's boot
 * metamodel ({@code MetadataSources}, {@code hibernate.dialect} set from the database being
 * compared, no JDBC access), so {@code @Table}, {@code @Column} (length, precision, scale,
 * nullable, unique, columnDefinition), ids and generators (sequences included), relations and join
 * tables, {@code @Embedded}, {@code @Enumerated}, {@code @Lob}, {@code @Index},
 * {@code @UniqueConstraint}, inheritance strategies and naming strategies all count.
 * <pre>{@code
 * context.targetSchema(JpaTargets.packages("com.example.model"));
 * context.targetSchema(JpaTargets.packages("com.example.model").classpath(Path.of("target/classes")).snakeCase());
 * context.targetSchema(JpaTargets.entities(Customer.class, Order.class));
 * }</pre>
 * Hibernate stays out of {@code alembic4j-core}: this module only implements
 * {@link org.alembic4j.autogenerate.TargetSchema}.
 */
package org.alembic4j.jpa;
