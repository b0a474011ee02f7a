package org.alembic4j.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.alembic4j.config.PythonReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugAndDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "create account table|40|create_account_table",
            "This is a Very long message, with punctuation!!|12|this_is_a_",
            "Thisisaverylongword|5|thisi_",
            "Ünïcødé Straße ½ Ⅻ 東京|40|ünïcødé_straße_½_ⅻ_東京",
            "e\u0301t\u00e9|40|e_té",
            "  --add__email--  |40|add__email",
            "x|1|x",
            "ab cd|4|ab_",
            "'';;!!|40|''",
    })
    void slugFollowsAlembicsRule(String message, int length, String expected) {
        String expect = expected.equals("''") ? "" : expected;
        assertThat(Slug.of(message, length)).isEqualTo(expect);
        if (PythonReference.isAvailable()) {
            String python = PythonReference.run("""
                    import re
                    slug = '_'.join(re.findall(r'\\w+', args[0])).lower()
                    n = int(args[1])
                    if len(slug) > n:
                        slug = slug[:n].rsplit('_', 1)[0] + '_'
                    emit(slug)
                    """, List.of(message, String.valueOf(length))).orElseThrow().get(0);
            assertThat(Slug.of(message, length)).as("Python").isEqualTo(python);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-11-22T02:14:37.376136Z|UTC|2026-11-22 02:14:37.376136+00:00",
            "2026-11-22T02:14:37Z|UTC|2026-11-22 02:14:37+00:00",
            "2026-11-22T02:14:37.000001Z|America/St_Johns|2026-11-21 22:44:37.000001-03:30",
            "2026-11-22T02:14:37.376136999Z|Asia/Kolkata|2026-11-22 07:44:37.376136+05:30",
            "2026-11-22T00:00:00Z|+05:30:15|2026-11-22 05:30:15+05:30:15",
    })
    void createDateIsPythonsStrOfAnAwareDatetime(String instant, String zone, String expected) {
        var clock = java.time.Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        assertThat(CreateDate.now(clock, Optional.of(ZoneId.of(zone))).text()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-11-22T02:14:37.376136|2026-11-22 02:14:37.376136",
            "2026-01-02T03:04:05|2026-01-02 03:04:05",
    })
    void withoutATimezoneTheDateIsLocalAndNaive(String local, String expected) {
        ZonedDateTime t = java.time.LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Paris"));
        var clock = java.time.Clock.fixed(t.toInstant(), ZoneId.of("Europe/Paris"));
        assertThat(CreateDate.now(clock, Optional.empty()).text()).isEqualTo(expected);
    }
}
