package org.alembic4j.env;

/**
 * The environment hook of a script directory: the Java form of Alembic's {@code env.py}.
 *
 * <p>{@code alembic init} writes {@code env.java} with a class implementing this interface. The
 * runtime compiles it on demand (only for commands that touch a database or run the environment)
 * and calls {@link #configure} once per command, before any migration runs. The hook says where
 * the database is and how to run; the runtime then plans and runs the migrations.
 *
 * <p>An application running precompiled revision classes has no {@code env.java}; it may pass its
 * own implementation to {@code Alembic.builder().environment(...)} instead.
 */
public interface MigrationEnvironment {

    /** Sets up the run: connection, version table, transactions, target schema for autogenerate. */
    void configure(EnvironmentContext context) throws Exception;
}
