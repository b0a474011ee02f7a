package org.alembic4j.runtime.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.alembic4j.internal.io.FileStamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Launcher manifests remembered in the cache directory by the jar's stamp, never trusted past a change. */
class ManifestClassPathsTest {

    @TempDir
    Path dir;

    @Test
    void aSettledJarsClassPathIsRememberedAcrossRuns() throws Exception {
        Path jar = launcherJar("lib/a.jar lib/b.jar", Instant.now().minusSeconds(3600));
        FileStamp stamp = FileStamp.read(jar);
        ManifestClassPaths first = ManifestClassPaths.in(cache());
        assertThat(first.classPath(jar, stamp)).containsExactly("lib/a.jar", "lib/b.jar");
        first.save();

        Files.delete(jar); // what the next run gets can only come from the cache now
        assertThat(ManifestClassPaths.in(cache()).classPath(jar, stamp)).containsExactly("lib/a.jar", "lib/b.jar");
    }

    @Test
    void aJarWithAnotherStampIsReadAgain() throws Exception {
        Path jar = launcherJar("lib/a.jar", Instant.now().minusSeconds(3600));
        ManifestClassPaths first = ManifestClassPaths.in(cache());
        first.classPath(jar, FileStamp.read(jar));
        first.save();

        launcherJar("lib/other.jar", Instant.now().minusSeconds(1800));
        assertThat(ManifestClassPaths.in(cache()).classPath(jar, FileStamp.read(jar))).containsExactly("lib/other.jar");
    }

    @Test
    void aJarModifiedMomentsAgoIsNotRemembered() throws Exception {
        Path jar = launcherJar("lib/a.jar", Instant.now());
        FileStamp stamp = FileStamp.read(jar);
        ManifestClassPaths first = ManifestClassPaths.in(cache());
        assertThat(first.classPath(jar, stamp)).containsExactly("lib/a.jar");
        first.save();

        Files.delete(jar);
        assertThat(ManifestClassPaths.in(cache()).classPath(jar, stamp)).isEmpty();
    }

    @Test
    void aDamagedCacheFileCountsAsEmpty() throws Exception {
        Path jar = launcherJar("lib/a.jar", Instant.now().minusSeconds(3600));
        Files.createDirectories(cache());
        Files.writeString(cache().resolve(ManifestClassPaths.FILE_NAME), "alembic4j-manifest-class-paths-1\ngarbage");

        assertThat(ManifestClassPaths.in(cache()).classPath(jar, FileStamp.read(jar))).containsExactly("lib/a.jar");
    }

    @Test
    void withoutACacheEveryManifestIsRead() throws Exception {
        Path jar = launcherJar("lib/a.jar", Instant.now().minusSeconds(3600));
        FileStamp stamp = FileStamp.read(jar);
        ManifestClassPaths none = ManifestClassPaths.none();
        assertThat(none.classPath(jar, stamp)).containsExactly("lib/a.jar");
        none.save();

        Files.delete(jar);
        assertThat(none.classPath(jar, stamp)).isEmpty();
    }

    private Path cache() {
        return dir.resolve("cache");
    }

    /** An empty jar whose manifest has this {@code Class-Path}, last modified at {@code modified}. */
    private Path launcherJar(String classPath, Instant modified) throws Exception {
        Path launcher = dir.resolve("launcher.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream out = Files.newOutputStream(launcher); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        Files.setLastModifiedTime(launcher, FileTime.from(modified));
        return launcher;
    }
}
