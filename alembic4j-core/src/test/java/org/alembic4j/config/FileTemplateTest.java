package org.alembic4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileTemplateTest {

    private static final ZonedDateTime DATE = ZonedDateTime.of(2026, 11, 22, 2, 3, 7, 0, ZoneOffset.UTC);

    @Test
    void alembicsDocumentedExample() {
        FileTemplate t = new FileTemplate(
                "%(year)d_%(month).2d_%(day).2d_%(hour).2d%(minute).2d_%(second).2d_%(epoch)s-%(rev)s_%(slug)s");
        assertThat(t.render("aaaa00000001", "this_is_a_",
                ZonedDateTime.of(2026, 11, 22, 2, 23, 17, 0, ZoneOffset.UTC)))
                .isEqualTo("2026_11_22_0223_17_1795314197-aaaa00000001_this_is_a_");
        assertThat(FileTemplate.DEFAULT.render("1975ea83b712", "create_account", DATE))
                .isEqualTo("1975ea83b712_create_account");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "%(month)d|11",
            "%(month)05d|00011",
            "%(month)-5d.|11   .",
            "%(month)+d|+11",
            "%(month) d|' 11'",
            "%(minute).3d|003",
            "%(month)x|b",
            "%(month)#06x|0x000b",
            "%(month)X|B",
            "%(month)o|13",
            "%(month)#o|0o13",
            "%(rev)8s|'     abc'",
            "%(rev)-6s|'abc   '",
            "%(rev).2s|ab",
            "%(rev)r|'''abc'''",
            "%(month)08.2f|00011.00",
            "%(month)e|1.100000e+01",
            "100%% %(rev)s|100% abc",
            "%(rev)ld|error",
            "%(nope)s|error",
            "%(rev)s %|error",
            "%s|error",
            "%(month)q|error",
    })
    void formatsLikePythonPercentOperator(String format, String expected) {
        String actual;
        try {
            actual = new FileTemplate(format).render("abc", "slug", DATE);
        } catch (org.alembic4j.AlembicException e) {
            actual = "error";
        }
        assertThat(actual).isEqualTo(expected);
        if (PythonReference.isAvailable()) {
            String python = PythonReference.run("""
                    tokens = {'rev': 'abc', 'slug': 'slug', 'epoch': 1795312987, 'year': 2026, 'month': 11,
                              'day': 22, 'hour': 2, 'minute': 3, 'second': 7}
                    try:
                        emit(args[0] % tokens)
                    except Exception:
                        emit('error')
                    """, List.of(format)).orElseThrow().get(0);
            // Deliberate differences: Python formats the whole mapping for a bare %s (we refuse it).
            if (!format.equals("%s")) {
                assertThat(actual).as("Python gives " + python).isEqualTo(python);
            }
        }
    }

    @Test
    void errorsNameTheTemplate() {
        assertThatThrownBy(() -> new FileTemplate("%(rev)s_%(nope)s").render("a", "b", DATE))
                .hasMessage("file_template '%(rev)s_%(nope)s': unknown token 'nope'; known tokens: rev, slug, epoch,"
                        + " year, month, day, hour, minute, second");
        assertThatThrownBy(() -> new FileTemplate("%(rev)d").render("a", "b", DATE))
                .hasMessage("file_template '%(rev)d': %d format needs a number, but token 'rev' is text");
    }
}
