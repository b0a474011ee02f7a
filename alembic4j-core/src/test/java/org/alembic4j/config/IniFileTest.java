package org.alembic4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.alembic4j.AlembicException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IniFileTest {

    private static final Map<String, String> HERE = Map.of("here", "/tmp/h");

    static Map<String, String> snapshot(String text) {
        return IniSnapshots.java(text, HERE);
    }

    static Map<String, String> pythonSnapshot(String text) {
        return IniSnapshots.python(text, HERE);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("plain keys, both delimiters, lower-cased",
                        "[alembic]\nscript_location = migrations\nsqlalchemy.url: sqlite:///x.db\nKey_Upper = V\n",
                        Map.of("alembic/script_location", "migrations", "alembic/sqlalchemy.url", "sqlite:///x.db",
                                "alembic/key_upper", "V")),
                Arguments.of("DEFAULT inheritance and here",
                        "[DEFAULT]\nbase = /srv\n[a]\npath = %(base)s/app\nloc = %(here)s/x\n",
                        Map.of("DEFAULT/base", "/srv", "a/path", "/srv/app", "a/loc", "/tmp/h/x", "a/base", "/srv")),
                Arguments.of("%% and recursion",
                        "[s]\na = 100%%\nb = %(a)s done\nc = %(b)s!\nt = %%(rev)s_%%(slug)s\n",
                        Map.of("s/a", "100%", "s/b", "100% done", "s/c", "100% done!", "s/t", "%(rev)s_%(slug)s")),
                Arguments.of("inline comments are part of the value",
                        "[s]\nk = v # not a comment\nk2 = v ; neither\n# full line\n  ; indented comment\n",
                        Map.of("s/k", "v # not a comment", "s/k2", "v ; neither")),
                Arguments.of("continuation lines keep inner blank lines, drop trailing ones",
                        "[s]\nlist = a\n  b\n\n  c\n\n\nnext = x\n",
                        Map.of("s/list", "a\nb\n\nc", "s/next", "x")),
                Arguments.of("comment lines inside a continued value are dropped",
                        "[s]\nk = a\n  # c\n  b\n\tc\n",
                        Map.of("s/k", "a\nb\nc")),
                Arguments.of("a DEFAULT value interpolates in the section being read",
                        "[DEFAULT]\nd = %(x)s-d\n[s1]\nx = one\n[s2]\nx = two\n",
                        Map.of("DEFAULT/d", "ERROR", "s1/d", "one-d", "s2/d", "two-d", "s1/x", "one", "s2/x", "two")),
                Arguments.of("missing reference and bad percent",
                        "[s]\na = %(nope)s\nb = 50% off\nc = %(x\nd = %()s\nok = fine\n",
                        Map.of("s/a", "ERROR", "s/b", "ERROR", "s/c", "ERROR", "s/d", "ERROR", "s/ok", "fine")),
                Arguments.of("reference loop hits the depth limit",
                        "[s]\na = %(b)s\nb = %(a)s\n",
                        Map.of("s/a", "ERROR", "s/b", "ERROR")),
                Arguments.of("the eleventh nested level is an error",
                        "[s]\na1 = %(a2)s\na2 = %(a3)s\na3 = %(a4)s\na4 = %(a5)s\na5 = %(a6)s\na6 = %(a7)s\n"
                                + "a7 = %(a8)s\na8 = %(a9)s\na9 = %(a10)s\na10 = %(a11)s\na11 = %%end\nb = %(a1)s\n",
                        Map.ofEntries(Map.entry("s/a1", "ERROR"), Map.entry("s/a2", "%end"), Map.entry("s/a3", "%end"),
                                Map.entry("s/a4", "%end"), Map.entry("s/a5", "%end"), Map.entry("s/a6", "%end"),
                                Map.entry("s/a7", "%end"), Map.entry("s/a8", "%end"), Map.entry("s/a9", "%end"),
                                Map.entry("s/a10", "%end"), Map.entry("s/a11", "%end"), Map.entry("s/b", "ERROR"))),
                Arguments.of("references are case-insensitive",
                        "[s]\nA = 1\nb = %(A)s%(a)s\n",
                        Map.of("s/a", "1", "s/b", "11")),
                Arguments.of("odd section headers",
                        "[a] trailing\nk=v\n[x]y]\nk = w\n",
                        Map.of("a/k", "v", "x]y/k", "w")),
                Arguments.of("the first of = and : splits",
                        "[s]\nurl = postgresql://u:p@h/db\na:b = c\nempty =\nspaced\t=  v  v  \n",
                        Map.of("s/url", "postgresql://u:p@h/db", "s/a", "b = c", "s/empty", "", "s/spaced", "v  v")),
                Arguments.of("an indented key line continues the previous value",
                        "[s]\nempty =\n  spaced  =  v  \n",
                        Map.of("s/empty", "\nspaced  =  v")),
                Arguments.of("a file DEFAULT overrides here",
                        "[DEFAULT]\nhere = /other\n[s]\nk=%(here)s\n",
                        Map.of("DEFAULT/here", "/other", "s/here", "/other", "s/k", "/other")),
                Arguments.of("unicode and keys with spaces",
                        "[s]\nmy key = ünïcødé ✓\n",
                        Map.of("s/my key", "ünïcødé ✓")),
                Arguments.of("no section header", "k = v\n", null),
                Arguments.of("a line that is not a key", "[s]\njunk line\n", null),
                Arguments.of("duplicate section", "[s]\na=1\n[s]\nb=2\n", null),
                Arguments.of("duplicate key", "[s]\na=1\nA=2\n", null),
                Arguments.of("missing key name", "[s]\n= v\n", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void behavesLikeConfigParser(String title, String text, Map<String, String> expectedSubset) {
        Map<String, String> actual = snapshot(text);
        if (expectedSubset == null) {
            assertThat(actual).isEqualTo(Map.of("", "PARSE-ERROR"));
        } else {
            assertThat(actual).containsAllEntriesOf(expectedSubset);
        }
        if (PythonReference.isAvailable()) {
            assertThat(actual).as("same as Python's configparser").isEqualTo(pythonSnapshot(text));
        }
    }

    @Test
    void errorsNameFileLineSectionAndKey() {
        IniFile ini = IniFile.parse("[alembic]\n\nurl = a%b\nloop = %(loop)s\nref = %(nope)s\n", "/p/alembic.ini", HERE);
        assertThatThrownBy(() -> ini.get("alembic", "url"))
                .hasMessage("Error in config file /p/alembic.ini, line 3, section [alembic], key 'url': '%' must be"
                        + " followed by '%' or '(', found: '%b'; write %% for a literal % (raw value: 'a%b')");
        assertThatThrownBy(() -> ini.get("alembic", "loop"))
                .hasMessageContaining("line 4, section [alembic], key 'loop': the value nests %(...)s references"
                        + " more than 10 levels deep");
        assertThatThrownBy(() -> ini.get("alembic", "ref"))
                .hasMessage("Error in config file /p/alembic.ini, line 5, section [alembic], key 'ref': %(nope)s"
                        + " refers to 'nope', which is neither a key of section [alembic] nor of [DEFAULT]"
                        + " (raw value: '%(nope)s')");
    }

    @Test
    void parseErrorsNameFileAndLine() {
        assertThatThrownBy(() -> IniFile.parse("# c\nk = v\n", "a.ini", HERE))
                .hasMessage("Error in config file a.ini, line 2: no [section] header before this line: 'k = v'");
        assertThatThrownBy(() -> IniFile.parse("[s]\nok = 1\nnot a key\n", "a.ini", HERE))
                .hasMessage("Error in config file a.ini, line 3: expected 'key = value', 'key: value' or a [section]"
                        + " header, found: 'not a key'");
        assertThatThrownBy(() -> IniFile.parse("[s]\n[t]\n[s]\n", "a.ini", HERE))
                .hasMessage("Error in config file a.ini, line 3: section [s] already exists (first defined at line 1)");
        assertThatThrownBy(() -> IniFile.parse("[s]\nKey = 1\nkey = 2\n", "a.ini", HERE))
                .hasMessage("Error in config file a.ini, line 3: key 'key' in section [s] already exists"
                        + " (first defined at line 2)");
    }

    @Test
    void rawAccessSkipsInterpolation() {
        IniFile ini = IniFile.parse("[formatter_generic]\nformat = %(levelname)-5.5s [%(name)s] %(message)s\n",
                "a.ini", HERE);
        assertThat(ini.getRaw("formatter_generic", "format")).hasValue("%(levelname)-5.5s [%(name)s] %(message)s");
        assertThat(ini.rawItems("formatter_generic")).containsEntry("here", "/tmp/h");
        assertThatThrownBy(() -> ini.get("formatter_generic", "format")).isInstanceOf(AlembicException.class);
    }

    @Test
    void itemsListDefaultsFirstThenOwnKeys() {
        IniFile ini = IniFile.parse("[DEFAULT]\nz = 1\n[s]\nb = 2\na = %(z)s\n", "a.ini", HERE);
        assertThat(ini.items("s")).containsExactly(Map.entry("here", "/tmp/h"), Map.entry("z", "1"),
                Map.entry("b", "2"), Map.entry("a", "1"));
        assertThat(ini.items("missing")).isEmpty();
        assertThat(ini.hasSection("DEFAULT")).isFalse();
        assertThat(ini.hasOption("s", "HERE")).isTrue();
        assertThat(ini.hasOption("missing", "here")).isFalse();
    }

    @Test
    void setChecksInterpolationSyntaxLikePython() {
        IniFile ini = IniFile.parse("[s]\n", "a.ini", HERE);
        ini.set("s", "Url", "a%%b %(here)s");
        assertThat(ini.get("s", "url")).hasValue("a%b /tmp/h");
        assertThatThrownBy(() -> ini.set("s", "k", "50% off"))
                .hasMessage("invalid interpolation syntax in '50% off' at position 2");
        assertThatThrownBy(() -> ini.set("nosuch", "k", "v")).hasMessageContaining("No section: 'nosuch'");
    }

    @Test
    void readsFilesWithBomAndCrlf(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("alembic.ini");
        Files.write(file, "\ufeff[alembic]\r\nk = a\r\n  b\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        IniFile ini = IniFile.read(file, HERE);
        assertThat(ini.get("alembic", "k")).hasValue("a\nb");
        Files.write(file, new byte[] {'[', 's', ']', '\n', 'k', '=', (byte) 0xff, '\n'});
        assertThatThrownBy(() -> IniFile.read(file, HERE)).hasMessageContaining("is not valid UTF-8");
    }
}
