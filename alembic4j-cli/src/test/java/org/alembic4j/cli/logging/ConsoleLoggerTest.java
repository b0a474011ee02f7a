package org.alembic4j.cli.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.slf4j.event.SubstituteLoggingEvent;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.SubstituteLogger;

/**
 * The logger's own placeholder substitution gives what SLF4J's formatter gives, and events SLF4J
 * held back while its provider was being bound are printed when it replays them.
 */
class ConsoleLoggerTest {

    private static void same(String pattern, Object... arguments) {
        assertThat(ConsoleLogger.format(pattern, arguments))
                .isEqualTo(MessageFormatter.basicArrayFormat(pattern, arguments));
    }

    @Test
    void placeholdersAreFilledLikeSlf4jDoes() {
        same("Running {}", "upgrade a -> b, create t");
        same("{} and {}", 1, null);
        same("more {} than {}", "arguments");
        same("fewer {}", "a", "b");
        same("no placeholder", "x");
        same("{}{}{}", "a", "b", "c");
        same("escaped \\{} then {}", "x");
        same("array {}", (Object) new int[] {1, 2});
        same("{}", "");
        assertThat(ConsoleLogger.format("plain", new Object[0])).isEqualTo("plain");
    }

    /**
     * SLF4J's replay, step by step as LoggerFactory does it after binding: a stand-in logger
     * records while the binding runs, then gets this logger as its delegate and hands each event
     * on, provided the delegate takes events (otherwise SLF4J drops them with a warning).
     */
    @Test
    void eventsRecordedDuringBindingArePrintedOnReplayAtTheirLevel() {
        LinkedBlockingQueue<SubstituteLoggingEvent> queue = new LinkedBlockingQueue<>();
        SubstituteLogger standIn = new SubstituteLogger("alembic.runtime.migration", queue, false);
        standIn.info("Context impl {}.", "PostgresqlImpl");
        standIn.debug("not shown at the default level");
        standIn.info("Will assume transactional DDL.");

        String printed = capturingStandardError(() -> {
            standIn.setDelegate(new ConsoleLogger("alembic.runtime.migration", new LogLevels()));
            assertThat(standIn.isDelegateEventAware()).isTrue();
            List<SubstituteLoggingEvent> events = new ArrayList<>();
            queue.drainTo(events);
            for (SubstituteLoggingEvent event : events) {
                standIn.log(event);
            }
        });

        String lineEnd = System.lineSeparator();
        assertThat(printed).isEqualTo("INFO  [alembic.runtime.migration] Context impl PostgresqlImpl." + lineEnd
                + "INFO  [alembic.runtime.migration] Will assume transactional DDL." + lineEnd);
    }

    private static String capturingStandardError(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
