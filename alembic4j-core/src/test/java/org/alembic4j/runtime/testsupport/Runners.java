package org.alembic4j.runtime.testsupport;

import java.io.ByteArrayOutputStream;
import java.util.Set;
import org.alembic4j.runtime.ConfigSource;
import org.alembic4j.runtime.Invocation;
import org.alembic4j.runtime.MigrationRunner;
import org.alembic4j.runtime.RuntimeEnvironmentContext;

/** Opening runners the way the command layer will, without an env hook. */
public final class Runners {

    private Runners() {
    }

    public static MigrationRunner online(String url) {
        return online(url, Invocation.online());
    }

    public static MigrationRunner online(String url, Invocation invocation) {
        RuntimeEnvironmentContext env = new RuntimeEnvironmentContext(ConfigSource.empty(), invocation);
        env.useUrl(url);
        return MigrationRunner.open(env);
    }

    public static MigrationRunner offline(String url, ByteArrayOutputStream out, Set<String> startingHeads) {
        return offline(url, Invocation.offline(out, startingHeads));
    }

    public static MigrationRunner offline(String url, Invocation invocation) {
        RuntimeEnvironmentContext env = new RuntimeEnvironmentContext(ConfigSource.empty(), invocation);
        env.useUrl(url);
        return MigrationRunner.open(env);
    }
}
