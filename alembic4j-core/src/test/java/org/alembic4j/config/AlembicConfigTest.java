package org.alembic4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.alembic4j.AlembicException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlembicConfigTest {

    @TempDir
    Path dir;

    private AlembicConfig load(String ini) throws Exception {
        Files.writeString(dir.resolve("alembic.ini"), ini);
        return AlembicConfig.builder().file("alembic.ini").cwd(dir).build();
    }

    @Test
    void fileNameComesFromOptionThenEnvironmentThenDefault() {
        assertThat(AlembicConfig.resolveFileName("x.ini", Map.of("ALEMBIC_CONFIG", "env.ini"))).isEqualTo("x.ini");
        assertThat(AlembicConfig.resolveFileName(null, Map.of("ALEMBIC_CONFIG", "env.ini"))).isEqualTo("env.ini");
        assertThat(AlembicConfig.resolveFileName(null, Map.of("ALEMBIC_CONFIG", ""))).isEqualTo("alembic.ini");
        assertThat(AlembicConfig.resolveFileName(null, Map.of())).isEqualTo("alembic.ini");
    }

    @Test
    void hereIsTheIniFilesDirectoryAndRelativePathsUseTheWorkingDirectory() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("conf"));
        Files.writeString(sub.resolve("my.ini"), "[alembic]\nscript_location = migrations\n"
                + "other = %(here)s/migrations\n");
        AlembicConfig config = AlembicConfig.builder().file("conf/my.ini").cwd(dir).build();
        assertThat(config.file()).hasValue(sub.resolve("my.ini"));
        assertThat(config.mainOption("here")).isEqualTo(sub.toString());
        assertThat(config.scriptLocation()).isEqualTo(dir.resolve("migrations"));
        assertThat(config.resolvePath(config.mainOption("other"))).isEqualTo(sub.resolve("migrations"));
    }

    @Test
    void aPercentInTheDirectoryNameSurvivesHere() throws Exception {
        Path odd = Files.createDirectories(dir.resolve("100%"));
        Files.writeString(odd.resolve("alembic.ini"), "[alembic]\nscript_location = %(here)s/m\n");
        AlembicConfig config = AlembicConfig.builder().file("100%/alembic.ini").cwd(dir).build();
        assertThat(config.scriptLocation()).isEqualTo(odd.resolve("m"));
    }

    @Test
    void missingFileOrSectionGivesAlembicsError() throws Exception {
        AlembicConfig missing = AlembicConfig.builder().file("alembic.ini").cwd(dir).build();
        assertThat(missing.hasMainSection()).isFalse();
        assertThatThrownBy(() -> missing.mainOption("script_location"))
                .isInstanceOf(AlembicException.class)
                .hasMessage("No config file 'alembic.ini' found, or file has no '[alembic]' section");

        Files.writeString(dir.resolve("other.ini"), "[alembic]\nscript_location = m\n");
        AlembicConfig named = AlembicConfig.builder().file("other.ini").mainSection("prod").cwd(dir).build();
        assertThatThrownBy(() -> named.mainOption("script_location"))
                .hasMessage("No config file 'other.ini' found, or file has no '[prod]' section");
    }

    @Test
    void mainSectionCanBeChosen() throws Exception {
        Files.writeString(dir.resolve("alembic.ini"), "[alembic]\nscript_location = a\n[prod]\nscript_location = b\n");
        AlembicConfig config = AlembicConfig.builder().file("alembic.ini").mainSection("prod").cwd(dir).build();
        assertThat(config.mainSection()).isEqualTo("prod");
        assertThat(config.scriptLocation()).isEqualTo(dir.resolve("b"));
        assertThat(config.section("alembic")).containsEntry("script_location", "a")
                .containsEntry("here", dir.toString());
        assertThat(config.section("nosuch")).isEmpty();
    }

    @Test
    void missingScriptLocation() throws Exception {
        AlembicConfig config = load("[alembic]\n");
        assertThatThrownBy(config::scriptLocation).hasMessage("No 'script_location' key found in configuration.");
    }

    @Test
    void xArguments() {
        AlembicConfig config = AlembicConfig.builder().cwd(dir)
                .xArguments(List.of("db=staging", "flag", "url=a=b")).build();
        assertThat(config.xArguments()).containsExactly("db=staging", "flag", "url=a=b");
        assertThat(config.xArgumentsAsMap()).containsExactly(Map.entry("db", "staging"), Map.entry("flag", ""),
                Map.entry("url", "a=b"));
    }

    @Test
    void programmaticConfigurationWithoutAFile() {
        AlembicConfig config = AlembicConfig.builder().cwd(dir).configArg("base", "/srv").build();
        assertThat(config.file()).isEmpty();
        assertThat(config.hasMainSection()).isTrue();
        assertThat(config.mainOption("script_location")).isNull();
        config.setMainOption("script_location", "%(base)s/migrations");
        config.setSectionOption("other", "k", "v");
        assertThat(config.scriptLocation()).isEqualTo(Path.of("/srv/migrations"));
        assertThat(config.sectionOption("other", "k")).hasValue("v");
        assertThat(config.mainOption("here")).isEmpty();
        config.attributes().put("connection", "x");
        assertThat(config.attributes()).containsEntry("connection", "x");
    }

    @Test
    void defaultsOfTypedKeys() throws Exception {
        AlembicConfig config = load("[alembic]\nscript_location = m\n");
        assertThat(config.fileTemplate()).isEqualTo(FileTemplate.DEFAULT);
        assertThat(config.truncateSlugLength()).isEqualTo(40);
        assertThat(config.timezone()).isEmpty();
        assertThat(config.versionLocations()).isEmpty();
        assertThat(config.recursiveVersionLocations()).isFalse();
        assertThat(config.revisionEnvironment()).isFalse();
        assertThat(config.outputEncoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(config.revisionFormat()).isEqualTo("java");
        assertThat(config.sqlalchemyUrl()).isEmpty();
    }

    @Test
    void typedKeys() throws Exception {
        AlembicConfig config = load("""
                [alembic]
                script_location = m
                file_template = %%(year)d_%%(rev)s
                truncate_slug_length = 12
                timezone = utc
                recursive_version_locations = true
                revision_environment = Yes
                output_encoding = latin-1
                revision_format = SQL
                sqlalchemy.url = sqlite:///%(here)s/a.db
                """);
        assertThat(config.fileTemplate().template()).isEqualTo("%(year)d_%(rev)s");
        assertThat(config.truncateSlugLength()).isEqualTo(12);
        assertThat(config.timezone()).hasValue(ZoneId.of("UTC"));
        assertThat(config.recursiveVersionLocations()).isTrue();
        assertThat(config.revisionEnvironment()).isTrue();
        assertThat(config.outputEncoding()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(config.revisionFormat()).isEqualTo("sql");
        assertThat(config.sqlalchemyUrl()).hasValue("sqlite:///" + dir + "/a.db");
    }

    @Test
    void badTypedValues() throws Exception {
        AlembicConfig config = load("""
                [alembic]
                truncate_slug_length = forty
                timezone = Mars/Olympus
                revision_environment = maybe
                recursive_version_locations = True
                output_encoding = klingon
                revision_format = python
                """);
        assertThatThrownBy(config::truncateSlugLength).hasMessage("truncate_slug_length must be an integer, got 'forty'");
        assertThatThrownBy(config::timezone).hasMessage("Can't locate timezone: Mars/Olympus");
        assertThatThrownBy(config::revisionEnvironment)
                .hasMessage("revision_environment: String is not true/false: 'maybe'");
        assertThat(config.recursiveVersionLocations()).as("only the exact value true").isFalse();
        assertThatThrownBy(config::outputEncoding).hasMessage("output_encoding 'klingon' is not a known character encoding");
        assertThatThrownBy(config::revisionFormat).hasMessage("revision_format must be 'java' or 'sql', got 'python'");
    }

    @Test
    void zeroSlugLengthMeansTheDefault() throws Exception {
        assertThat(load("[alembic]\ntruncate_slug_length = 0\n").truncateSlugLength()).isEqualTo(40);
    }

    @Test
    void versionLocationsSplitByPathSeparator() throws Exception {
        AlembicConfig os = load("[alembic]\npath_separator = os\nversion_locations = %(here)s/a" + File.pathSeparator
                + " b " + File.pathSeparator + File.pathSeparator + "\n");
        assertThat(os.versionLocations()).hasValue(List.of(dir.resolve("a"), dir.resolve("b")));

        AlembicConfig space = load("[alembic]\npath_separator = space\nversion_locations = a  b\n");
        assertThat(space.versionLocations()).hasValue(List.of(dir.resolve("a"), dir.resolve("b")));

        AlembicConfig newline = load("[alembic]\npath_separator = newline\nversion_locations =\n  a dir\n  b\n");
        assertThat(newline.versionLocations()).hasValue(List.of(dir.resolve("a dir"), dir.resolve("b")));

        AlembicConfig legacy = load("[alembic]\nversion_locations = a, b c,d\n");
        assertThat(legacy.versionLocations())
                .hasValue(List.of(dir.resolve("a"), dir.resolve("b"), dir.resolve("c"), dir.resolve("d")));

        AlembicConfig old = load("[alembic]\nversion_path_separator = ;\nversion_locations = a;b\n");
        assertThat(old.versionLocations()).hasValue(List.of(dir.resolve("a"), dir.resolve("b")));

        AlembicConfig newWins = load("[alembic]\npath_separator = :\nversion_path_separator = ;\n"
                + "version_locations = a:b;c\n");
        assertThat(newWins.versionLocations()).hasValue(List.of(dir.resolve("a"), dir.resolve("b;c")));
    }

    @Test
    void invalidSeparatorsAreNamed() throws Exception {
        assertThatThrownBy(() -> load("[alembic]\npath_separator = comma\nversion_locations = a\n").versionLocations())
                .hasMessage("'comma' is not a valid value for path_separator; expected 'space', 'newline', 'os', ':', ';'");
        // Alembic 1.8.1's template kept an inline comment in the value: the same error, naming the old key
        assertThatThrownBy(() -> load("[alembic]\nversion_path_separator = os  # Use os.pathsep.\n"
                + "version_locations = a\n").versionLocations())
                .hasMessage("'os  # Use os.pathsep.' is not a valid value for version_path_separator;"
                        + " expected 'space', 'newline', 'os', ':', ';'");
        assertThat(load("[alembic]\npath_separator = bogus\n").versionLocations())
                .as("the separator is only read when there are locations").isEmpty();
    }
}
