package org.alembic4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledSqliteLibraryTest {

    @TempDir
    Path build;

    private String savedPath;
    private String savedName;

    @BeforeEach
    void clearProperties() {
        savedPath = System.clearProperty(BundledSqliteLibrary.PATH_PROPERTY);
        savedName = System.clearProperty(BundledSqliteLibrary.NAME_PROPERTY);
    }

    @AfterEach
    void restoreProperties() {
        restore(BundledSqliteLibrary.PATH_PROPERTY, savedPath);
        restore(BundledSqliteLibrary.NAME_PROPERTY, savedName);
    }

    @Test
    void namesSqliteJdbcFoldersForThePlatformsTheBuildUnpacks() {
        assertThat(BundledSqliteLibrary.folder("Linux", "amd64")).isEqualTo("Linux/x86_64");
        assertThat(BundledSqliteLibrary.folder("Linux", "aarch64")).isEqualTo("Linux/aarch64");
        assertThat(BundledSqliteLibrary.folder("Mac OS X", "aarch64")).isEqualTo("Mac/aarch64");
        assertThat(BundledSqliteLibrary.folder("Mac OS X", "x86_64")).isEqualTo("Mac/x86_64");
        assertThat(BundledSqliteLibrary.folder("Windows 11", "amd64")).isNull();
        assertThat(BundledSqliteLibrary.folder("Linux", "ppc64le")).isNull();
    }

    @Test
    void pointsTheDriverAtTheUnpackedLibraryOfThisPlatform() throws Exception {
        String folder = BundledSqliteLibrary.folder(System.getProperty("os.name"), System.getProperty("os.arch"));
        org.junit.jupiter.api.Assumptions.assumeTrue(folder != null, "a platform the build unpacks");
        String name = folder.startsWith("Mac/") ? "libsqlitejdbc.dylib" : "libsqlitejdbc.so";
        Path dir = build.resolve("native/org/sqlite/native").resolve(folder);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), "not really a library");

        BundledSqliteLibrary.useFrom(build);

        assertThat(System.getProperty(BundledSqliteLibrary.PATH_PROPERTY)).isEqualTo(dir.toString());
        assertThat(System.getProperty(BundledSqliteLibrary.NAME_PROPERTY)).isEqualTo(name);
    }

    @Test
    void leavesTheDriverAloneWithoutAnUnpackedLibrary() {
        BundledSqliteLibrary.useFrom(build);

        assertThat(System.getProperty(BundledSqliteLibrary.PATH_PROPERTY)).isNull();
        assertThat(System.getProperty(BundledSqliteLibrary.NAME_PROPERTY)).isNull();
    }

    @Test
    void aLibraryPathGivenOnTheCommandLineWins() throws Exception {
        System.setProperty(BundledSqliteLibrary.PATH_PROPERTY, "/opt/sqlite");
        String folder = BundledSqliteLibrary.folder(System.getProperty("os.name"), System.getProperty("os.arch"));
        if (folder != null) {
            Path dir = build.resolve("native/org/sqlite/native").resolve(folder);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("libsqlitejdbc.so"), "x");
            Files.writeString(dir.resolve("libsqlitejdbc.dylib"), "x");
        }

        BundledSqliteLibrary.useFrom(build);

        assertThat(System.getProperty(BundledSqliteLibrary.PATH_PROPERTY)).isEqualTo("/opt/sqlite");
        assertThat(System.getProperty(BundledSqliteLibrary.NAME_PROPERTY)).isNull();
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
