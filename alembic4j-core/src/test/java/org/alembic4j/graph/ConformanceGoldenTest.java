package org.alembic4j.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the 60 development scenarios of the conformance harness (goldens recorded from real
 * Alembic 1.20 on SQLite) against the graph package: revision creation, heads, branches,
 * history, show, current, offline plans and the online upgrade/downgrade/stamp sequence.
 * Failure texts are compared too (the harness itself only compares failure vs success).
 *
 * <p>The goldens live outside the repository; set {@code ALEMBIC4J_GOLDEN_DIR} to point
 * elsewhere. Without them the test is skipped, unless {@code CI=true}.
 */
class ConformanceGoldenTest {

    private static final Path GOLDEN_DIR = Path.of(System.getenv().getOrDefault("ALEMBIC4J_GOLDEN_DIR",
            org.alembic4j.testing.SharedReferences.conformance().resolve("dev/golden/sqlite").toString()));

    @TestFactory
    Stream<DynamicTest> everyGoldenScenarioMatchesRealAlembic() throws IOException {
        boolean present = Files.isDirectory(GOLDEN_DIR);
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(present, "conformance goldens not found at " + GOLDEN_DIR);
        }
        List<Path> goldens;
        try (Stream<Path> files = Files.list(GOLDEN_DIR)) {
            goldens = files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
        assertThat(goldens).hasSizeGreaterThanOrEqualTo(60);
        return goldens.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            ScenarioReplay replay = new ScenarioReplay(load(path)).run();
            assertThat(replay.compared()).isGreaterThan(20);
            assertThat(replay.problems()).isEmpty();
            assertThat(replay.messageDifferences()).isEmpty();
        }));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(Path path) throws IOException {
        return (Map<String, Object>) MiniJson.parse(Files.readString(path, StandardCharsets.UTF_8));
    }
}
