package org.alembic4j.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.alembic4j.AlembicException;
import org.alembic4j.dialect.Dialects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Renders the Java equivalent of every case of the ops conformance corpus on PostgreSQL, MySQL,
 * MariaDB and SQLite and compares it, statement for statement, with what Alembic 1.20.0 printed
 * offline. Where alembic4j deliberately differs, {@link Deviations} gives the expected result and
 * the reason.
 */
class OpsGoldenTest {

    static final Path CORPUS = Path.of(System.getProperty("alembic4j.conformance.ops", org.alembic4j.testing.SharedReferences.conformance().resolve("ops").toString()));
    static final List<String> DIALECTS = List.of("postgresql", "mysql", "mariadb", "sqlite");
    private static final Map<String, int[]> TALLY = new TreeMap<>();

    static JsonNode load(String id) throws IOException {
        return new ObjectMapper().readTree(CORPUS.resolve("cases").resolve(id + ".json").toFile());
    }

    static boolean corpusPresent() {
        boolean present = Files.isDirectory(CORPUS.resolve("cases"));
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("Conformance corpus not found at " + CORPUS);
        }
        return present;
    }

    @Test
    void everyCorpusCaseHasAJavaEquivalent() throws IOException {
        Assumptions.assumeTrue(corpusPresent(), "conformance corpus not available");
        try (Stream<Path> files = Files.list(CORPUS.resolve("cases"))) {
            List<String> ids = files.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList();
            assertThat(ids).hasSize(145);
            assertThat(GoldenCases.all().keySet()).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @TestFactory
    Stream<DynamicTest> rendersWhatAlembicRendered() {
        Assumptions.assumeTrue(corpusPresent(), "conformance corpus not available");
        List<DynamicTest> tests = new ArrayList<>();
        for (GoldenCases.Case c : GoldenCases.all().values()) {
            for (String dialect : DIALECTS) {
                for (String direction : List.of("upgrade", "downgrade")) {
                    tests.add(DynamicTest.dynamicTest(c.id() + " " + dialect + " " + direction,
                            () -> check(c, dialect, direction)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(GoldenCases.Case c, String dialect, String direction) throws IOException {
        JsonNode result = load(c.id()).path("results").path(dialect).path("1.20.0");
        JsonNode golden = result.path(direction + "_sql");
        Consumer<Operations> body = direction.equals("upgrade") ? c.upgrade() : c.downgrade();
        Deviations.Deviation deviation = Deviations.find(c.id(), dialect, direction);
        RecordingContext ctx = new RecordingContext(Dialects.forName(dialect));
        boolean expectError = deviation != null ? deviation.expected() == null : golden.isNull();
        if (expectError) {
            assertThatThrownBy(() -> body.accept(ctx.operations())).isInstanceOf(AlembicException.class);
            String alembicError = result.path(direction + "_error").asText("");
            if (deviation == null && alembicError.startsWith("FAILED: ")) {
                assertThatThrownBy(() -> body.accept(new RecordingContext(Dialects.forName(dialect)).operations()))
                        .hasMessage(alembicError.substring("FAILED: ".length()));
            }
        } else {
            body.accept(ctx.operations());
            String expected = deviation != null ? deviation.expected().apply(result) : golden.asText();
            if (Deviations.UNORDERED.contains(c.id())) {
                assertThat(statements(ctx.output())).containsExactlyInAnyOrderElementsOf(statements(expected));
            } else {
                assertThat(ctx.output()).isEqualTo(expected);
            }
        }
        TALLY.computeIfAbsent(dialect + (deviation == null ? " identical" : " deliberate"), k -> new int[1])[0]++;
    }

    private static List<String> statements(String output) {
        return Arrays.stream(output.split(";\n\n")).filter(s -> !s.isEmpty()).toList();
    }

    @AfterAll
    static void summary() {
        TALLY.forEach((k, v) -> System.out.println("[ops golden] " + k + ": " + v[0] + " renders"));
    }
}
