package org.alembic4j.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IniLinesTest {

    @Test
    void linesSplitLikeTheLineBreakPattern() {
        for (String text : List.of("", "a", "a\n", "a\r\nb", "a\rb\n", "\n\n", "\r\r\n\n", "a\n\rb", "x\r", "\r\n",
                "[alembic]\nscript_location = %(here)s/alembic\r\n\r\nkey = v\n")) {
            assertThat(IniParser.lines(text)).as(text.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(Arrays.asList(text.split("\r\n|\r|\n", -1)));
        }
    }
}
