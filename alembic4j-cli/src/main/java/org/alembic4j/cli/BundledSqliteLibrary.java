package org.alembic4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Points sqlite-jdbc at the native library the build unpacked beside the jar
 * ({@code target/native/org/sqlite/native/<os>/<arch>/}); without it the driver extracts its
 * library to a temporary file on every start, a measurable part of an online command's time.
 * A library path already given ({@code -Dorg.sqlite.lib.path}) wins, and a platform the build
 * did not unpack is left to the driver's own extraction.
 *
 * <p>The launcher did this before it became a POSIX {@code sh} script, which has no cheap way to
 * name the platform (bash's {@code OSTYPE}; {@code uname} costs a fork).
 */
final class BundledSqliteLibrary {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private BundledSqliteLibrary() {
    }

    /** Uses the library unpacked under {@code buildDir}, if there is one for this platform. */
    static void useFrom(Path buildDir) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        String folder = folder(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        if (folder == null) {
            return;
        }
        String name = folder.startsWith("Mac/") ? "libsqlitejdbc.dylib" : "libsqlitejdbc.so";
        Path dir = buildDir.resolve("native").resolve("org").resolve("sqlite").resolve("native").resolve(folder);
        if (Files.isRegularFile(dir.resolve(name))) {
            System.setProperty(PATH_PROPERTY, dir.toString());
            System.setProperty(NAME_PROPERTY, name);
        }
    }

    /**
     * sqlite-jdbc's folder for this platform ({@code Linux/x86_64}), for the platforms the build
     * unpacks and whose names are plain; null for others (the driver then finds its own).
     */
    static String folder(String osName, String osArch) {
        String os = osName.startsWith("Linux") ? "Linux" : osName.startsWith("Mac") ? "Mac" : null;
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        return os == null || arch == null ? null : os + "/" + arch;
    }
}
