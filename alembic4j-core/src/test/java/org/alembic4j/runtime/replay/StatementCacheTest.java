package org.alembic4j.runtime.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementCacheTest {

    @TempDir
    Path dir;

    private static String key(int n) {
        return String.format("%064x", n);
    }

    @Test
    void recordedStatementsSurviveAReload() {
        StatementCache cache = StatementCache.load(dir, "postgresql");
        assertThat(cache.find(key(1), true)).isEmpty();
        cache.put(key(1), true, List.of("CREATE TABLE t (id INTEGER)", "COMMENT ON TABLE t IS 'é ✓'"));
        cache.put(key(1), false, List.of());
        cache.put(key(2), true, List.of("DROP TABLE\tu"));
        assertThat(cache.find(key(1), true)).hasValue(List.of("CREATE TABLE t (id INTEGER)", "COMMENT ON TABLE t IS 'é ✓'"));
        cache.save();

        StatementCache again = StatementCache.load(dir, "postgresql");
        assertThat(again.find(key(1), true)).hasValue(List.of("CREATE TABLE t (id INTEGER)", "COMMENT ON TABLE t IS 'é ✓'"));
        assertThat(again.find(key(1), false)).hasValue(List.of());
        assertThat(again.find(key(2), true)).hasValue(List.of("DROP TABLE\tu"));
        assertThat(again.find(key(2), false)).isEmpty();
        assertThat(StatementCache.load(dir, "mysql").find(key(1), true)).as("one file per dialect").isEmpty();

        again.put(key(3), true, List.of("x"));
        again.save();
        StatementCache third = StatementCache.load(dir, "postgresql");
        assertThat(third.find(key(1), true)).isPresent();
        assertThat(third.find(key(3), true)).hasValue(List.of("x"));
    }

    @Test
    void aDamagedFileIsIgnoredAndReplaced() throws Exception {
        StatementCache cache = StatementCache.load(dir, "sqlite");
        cache.put(key(1), true, List.of("CREATE TABLE t (id INTEGER)"));
        cache.save();
        Path file = dir.resolve("offline-sql-sqlite.cache");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));

        StatementCache damaged = StatementCache.load(dir, "sqlite");
        assertThat(damaged.find(key(1), true)).isEmpty();
        damaged.put(key(2), true, List.of("y"));
        damaged.save();
        assertThat(StatementCache.load(dir, "sqlite").find(key(2), true)).hasValue(List.of("y"));
    }

    @Test
    void theOldestEntriesGoPastTheLimit() {
        StatementCache cache = StatementCache.load(dir, "h2");
        for (int i = 0; i < StatementCache.MAX_ENTRIES; i++) {
            cache.put(key(i), true, List.of());
        }
        cache.save();
        StatementCache full = StatementCache.load(dir, "h2");
        full.put(key(StatementCache.MAX_ENTRIES), true, List.of("newest"));
        full.save();
        StatementCache trimmed = StatementCache.load(dir, "h2");
        assertThat(trimmed.find(key(0), true)).isEmpty();
        assertThat(trimmed.find(key(1), true)).isPresent();
        assertThat(trimmed.find(key(StatementCache.MAX_ENTRIES), true)).hasValue(List.of("newest"));
    }

    @Test
    void keysThatShareTheHashedDigitsAreStillToldApart() {
        StatementCache cache = StatementCache.load(dir, "sqlite");
        String a = "a".repeat(8) + "1".repeat(48) + "b".repeat(8);
        String b = "a".repeat(8) + "2".repeat(48) + "b".repeat(8);
        cache.put(a, true, List.of("one"));
        cache.put(b, true, List.of("two"));
        cache.save();
        StatementCache again = StatementCache.load(dir, "sqlite");
        assertThat(again.find(a, true)).hasValue(List.of("one"));
        assertThat(again.find(b, true)).hasValue(List.of("two"));
        assertThat(again.find("a".repeat(8) + "3".repeat(48) + "b".repeat(8), true)).isEmpty();
    }
}
