package org.alembic4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The identity of a Java revision script: Alembic's module-level {@code revision},
 * {@code down_revision}, {@code branch_labels} and {@code depends_on}.
 *
 * <p>The script directory reads these values from the source text without compiling it, so they
 * must be written as string literals (the template does). The annotation is kept at run time so
 * that an application can also discover revision classes its own build compiled.
 *
 * <p>A script file's message is its leading block comment (Alembic's docstring). A precompiled
 * class has no source text at run time, so it says its message in {@link #message()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    /** This revision's id. */
    String id();

    /** The parent revisions; empty for a base, two or more for a merge point. Order is kept. */
    String[] down() default {};

    /** Branch labels declared on this revision. */
    String[] branchLabels() default {};

    /** Revisions (ids or branch labels) that must be applied first, without being parents. */
    String[] dependsOn() default {};

    /**
     * The revision's message, for revisions run as precompiled classes (listings and the
     * {@code Running upgrade a -> b, <message>} log line). Script files keep theirs in the leading
     * comment, which wins when both are given.
     */
    String message() default "";
}
