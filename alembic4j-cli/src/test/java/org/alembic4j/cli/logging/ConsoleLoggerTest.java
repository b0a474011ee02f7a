package org.alembic4j.cli.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.helpers.MessageFormatter;

/** The logger's own placeholder substitution gives what SLF4J's formatter gives. */
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
}
