package org.alembic4j.runtime.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written reader of server URLs against the regular expressions it replaced, as an
 * oracle: random URLs built from the characters that matter to the grammar must split the same
 * way (or be refused by both), and mask the same password.
 */
class ServerUrlTest {

    private static final Pattern URL = Pattern.compile(
            "(?<scheme>[a-z0-9]+)(?:\\+[a-z0-9_]+)?://(?:(?<user>[^:@/]*)(?::(?<password>[^@/]*))?@)?"
                    + "(?<host>\\[[^\\]]+\\]|[^:/?]*)(?::(?<port>\\d+))?(?:/(?<db>[^?]*))?(?:\\?(?<query>.*))?",
            Pattern.DOTALL);
    private static final Pattern MASK = Pattern.compile("^([a-z0-9+]+://[^:@/]*:)([^@/]*)(@.*)$", Pattern.DOTALL);

    /** Grammar characters weighted up, so most samples exercise a delimiter somewhere. */
    private static final String ALPHABET = "ab9_+:@/?[]%.-=&ZX\n";

    @Test
    void splitsCommonUrls() {
        assertThat(ServerUrl.parse("postgresql+psycopg2://scott:ti:ger@db.example.com:5433/app?sslmode=require"))
                .isEqualTo(new ServerUrl("scott", "ti:ger", "db.example.com", "5433", "app", "sslmode=require"));
        assertThat(ServerUrl.parse("mysql://root@[::1]:3306/test"))
                .isEqualTo(new ServerUrl("root", null, "[::1]", "3306", "test", null));
        assertThat(ServerUrl.parse("postgresql://")).isEqualTo(new ServerUrl(null, null, "", null, null, null));
        assertThat(ServerUrl.parse("postgresql://h:port/db")).isNull();
        assertThat(ServerUrl.maskPassword("postgresql://u:secret@h/db")).isEqualTo("postgresql://u:***@h/db");
        assertThat(ServerUrl.maskPassword("postgresql://u@h/db")).isEqualTo("postgresql://u@h/db");
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomUrls() {
        qt().withExamples(20_000).forAll(longs().all(), integers().between(0, 24)).checkAssert((seed, length) -> {
            Random random = new Random(seed);
            String scheme = random.nextInt(10) == 0 ? randomText(random, 3) : random.nextBoolean() ? "postgresql" : "mysql+x_1";
            String url = scheme + (random.nextInt(12) == 0 ? ":/" : "://") + randomText(random, length);
            Matcher m = URL.matcher(url);
            ServerUrl expected = m.matches()
                    ? new ServerUrl(m.group("user"), m.group("password"), m.group("host"), m.group("port"),
                            m.group("db"), m.group("query"))
                    : null;
            assertThat(ServerUrl.parse(url)).as(url).isEqualTo(expected);

            Matcher mask = MASK.matcher(url);
            String masked = mask.matches() ? mask.group(1) + "***" + mask.group(3) : url;
            assertThat(ServerUrl.maskPassword(url)).as(url).isEqualTo(masked);
        });
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
