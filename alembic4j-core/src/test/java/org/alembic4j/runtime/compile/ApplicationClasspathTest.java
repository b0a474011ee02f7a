package org.alembic4j.runtime.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class path scripts compile against: a launcher jar's manifest entries are followed, and any change shows in the fingerprint. */
class ApplicationClasspathTest {

    @TempDir
    Path dir;

    @Test
    void manifestEntriesAreResolvedBesideTheJarAndFingerprinted() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path a = Files.writeString(lib.resolve("a.jar"), "not really a jar");
        Path spaced = Files.writeString(lib.resolve("b c.jar"), "x");
        Path launcher = launcherJar(" lib/a.jar  lib/b%20c.jar lib/missing.jar ");

        ApplicationClasspath path = ApplicationClasspath.of(List.of(launcher), List.of());
        assertThat(path.entries()).contains(launcher.toAbsolutePath().normalize(), a.toAbsolutePath().normalize(),
                spaced.toAbsolutePath().normalize()).doesNotContain(lib.resolve("missing.jar"));

        String before = path.fingerprint();
        assertThat(before).contains(a.toAbsolutePath().normalize() + " 16 ");
        Files.writeString(a, "changed: another size");
        assertThat(ApplicationClasspath.of(List.of(launcher), List.of()).fingerprint()).isNotEqualTo(before);
    }

    @Test
    void extraEntriesAreTakenAsGivenWithoutTheirManifests() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("a.jar"), "x");
        Path launcher = launcherJar("lib/a.jar");

        ApplicationClasspath path = ApplicationClasspath.of(List.of(), List.of(launcher));
        assertThat(path.entries()).containsExactly(launcher.toAbsolutePath().normalize());
    }

    @Test
    void aWildcardStandsForTheJarsOfItsDirectoryInNameOrder() throws Exception {
        Path ext = Files.createDirectories(dir.resolve("ext"));
        Path b = Files.writeString(ext.resolve("b.jar"), "x");
        Path a = Files.writeString(ext.resolve("a.jar"), "x");
        Files.writeString(ext.resolve("notes.txt"), "not a jar");
        Path classes = Files.createDirectories(dir.resolve("classes"));

        List<Path> expanded = ApplicationClasspath.expandWildcards(
                List.of(classes, ext.resolve("*"), dir.resolve("missing").resolve("*")));
        assertThat(expanded).containsExactly(classes.toAbsolutePath().normalize(), a.toAbsolutePath().normalize(),
                b.toAbsolutePath().normalize());
    }

    /** An empty jar whose manifest has this {@code Class-Path}, as a launcher jar. */
    private Path launcherJar(String classPath) throws Exception {
        Path launcher = dir.resolve("launcher.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream out = Files.newOutputStream(launcher); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return launcher;
    }
}
