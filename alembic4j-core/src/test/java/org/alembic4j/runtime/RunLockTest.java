package org.alembic4j.runtime;

import static org.alembic4j.runtime.testsupport.Steps.rev;
import static org.alembic4j.runtime.testsupport.Steps.up;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.alembic4j.AlembicException;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.runtime.testsupport.LogCapture;
import org.alembic4j.runtime.testsupport.Runners;
import org.alembic4j.runtime.testsupport.TestDatabase;
import org.alembic4j.runtime.testsupport.TestDatabase.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The run lock between two runners of one JVM: the second waits, times out, and later plans from the first's result. */
class RunLockTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void secondRunWaitsTimesOutAndThenSeesTheFirstRunsResult(Kind kind) throws Exception {
        RevisionNode r1 = rev("1975ea83b712", "slow", null);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScriptLoader slow = revisions -> Map.of(r1.id(), (ctx, op, upgrade) -> {
            op.execute("CREATE TABLE slow (id INTEGER)");
            inside.countDown();
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
        });
        try (TestDatabase db = TestDatabase.create(kind); LogCapture log = LogCapture.start()) {
            CompletableFuture<List<?>> first = CompletableFuture.supplyAsync(() -> {
                try (MigrationRunner runner = Runners.online(db.sqlalchemyUrl())) {
                    return runner.run(heads -> List.of(up(r1)), slow);
                }
            });
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

            RuntimeEnvironmentContext env = new RuntimeEnvironmentContext(ConfigSource.empty(), Invocation.online());
            env.useUrl(db.sqlalchemyUrl());
            env.lockTimeout(Duration.ofMillis(kind == Kind.MARIADB ? 1000 : 300));
            try (MigrationRunner second = MigrationRunner.open(env)) {
                assertThatThrownBy(() -> second.run(heads -> List.of(up(r1)), slow))
                        .isInstanceOf(AlembicException.class)
                        .hasMessageStartingWith("Timed out after ")
                        .hasMessageContaining(" waiting for the migration lock on ")
                        .hasMessageEndingWith("; another process is still migrating it");
            }
            assertThat(log.lines("alembic.runtime.migration"))
                    .anyMatch(l -> l.startsWith("INFO  [alembic.runtime.migration] Waiting for the migration lock on ")
                            && l.endsWith(" held by another process..."));

            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).hasSize(1);
            try (MigrationRunner third = Runners.online(db.sqlalchemyUrl())) {
                assertThat(third.run(heads -> {
                    assertThat(heads).containsExactly(r1.id());
                    return List.of();
                }, slow)).isEmpty();
            }
            assertThat(db.versions()).containsExactly(r1.id());
        }
    }
}
