package org.alembic4j.runtime.compile;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.alembic4j.Migration;
import org.alembic4j.internal.text.Words;

/**
 * The running application's class path, which scripts compile against (so they see alembic4j's
 * API, the JDBC drivers and the application's own classes), and a fingerprint of it for the
 * cache key: a script's class bytes can depend on constants inlined from these classes.
 */
final class ApplicationClasspath {

    private final List<Path> entries;

    private ApplicationClasspath(List<Path> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * {@code java.class.path}, plus the location of alembic4j itself (it may come from another
     * class loader), with the {@code Class-Path} of those jars' manifests followed one level
     * (test runners and launchers, {@code bin/alembic} included, start with a single jar whose
     * manifest lists the rest). The jars that manifest lists are not opened in turn: reading 27
     * manifests cost about 50 ms of every command's start, and libraries practically never
     * chain class paths that way.
     */
    static ApplicationClasspath current(List<Path> extra) {
        List<Path> launched = new ArrayList<>();
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isEmpty()) {
                launched.add(Path.of(e));
            }
        }
        Path own = locationOf(Migration.class);
        if (own != null) {
            launched.add(own);
        }
        return of(launched, extra);
    }

    /**
     * {@code launched} with their manifests' {@code Class-Path} followed, then {@code extra} as
     * given: those are named one by one (a script class path), and opening each jar for its
     * manifest would cost every command milliseconds.
     */
    static ApplicationClasspath of(List<Path> launched, List<Path> extra) {
        Set<Path> found = new LinkedHashSet<>();
        for (Path p : launched) {
            addWithManifest(p.toAbsolutePath().normalize(), found, true);
        }
        for (Path p : extra) {
            addWithManifest(p.toAbsolutePath().normalize(), found, false);
        }
        return new ApplicationClasspath(new ArrayList<>(found));
    }

    /**
     * The entries with each {@code dir/*} replaced by the jars in {@code dir}, in name order (as
     * {@code java -cp} reads a wildcard; a missing directory gives none).
     */
    static List<Path> expandWildcards(List<Path> entries) {
        List<Path> expanded = new ArrayList<>();
        for (Path entry : entries) {
            Path name = entry.getFileName();
            if (name == null || !name.toString().equals("*")) {
                expanded.add(entry.toAbsolutePath().normalize());
                continue;
            }
            Path dir = entry.getParent() == null ? Path.of("") : entry.getParent();
            List<Path> jars = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path f : files) {
                    String n = f.getFileName().toString();
                    if (n.endsWith(".jar") || n.endsWith(".JAR")) {
                        jars.add(f.toAbsolutePath().normalize());
                    }
                }
            } catch (NoSuchFileException | NotDirectoryException missing) {
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Collections.sort(jars);
            expanded.addAll(jars);
        }
        return expanded;
    }

    List<Path> entries() {
        return entries;
    }

    /**
     * Changes when any class file or jar on the path changes: path, size and modification time of
     * each jar, and of each {@code .class} file under each directory.
     */
    String fingerprint() {
        StringBuilder fp = new StringBuilder();
        for (Path entry : entries) {
            fp.append(entry).append('\n');
            BasicFileAttributes attributes = attributes(entry);
            if (attributes == null) {
                continue;
            }
            if (attributes.isDirectory()) {
                try (Stream<Path> files = Files.walk(entry)) {
                    files.filter(f -> f.toString().endsWith(".class")).sorted()
                            .forEach(f -> describe(f, attributes(f), fp));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                describe(entry, attributes, fp);
            }
        }
        return fp.toString();
    }

    /** One stat per entry (the command's class path has some thirty jars). */
    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static void describe(Path file, BasicFileAttributes attributes, StringBuilder fp) {
        if (attributes == null) {
            fp.append(file).append(" ?\n");
        } else {
            fp.append(file).append(' ').append(attributes.size()).append(' ')
                    .append(attributes.lastModifiedTime().toMillis()).append('\n');
        }
    }

    private static void addWithManifest(Path entry, Set<Path> found, boolean followManifest) {
        if (found.contains(entry)) {
            return;
        }
        BasicFileAttributes attributes = attributes(entry);
        if (attributes == null) {
            return;
        }
        found.add(entry);
        if (attributes.isDirectory() || !followManifest) {
            return;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null) {
                return;
            }
            for (String ref : Words.of(classPath)) {
                Path p = resolveManifestEntry(entry, ref);
                if (p != null) {
                    addWithManifest(p, found, false);
                }
            }
        } catch (IOException notAJar) {
            // not a jar; javac will ignore it as well
        }
    }

    /**
     * A {@code Class-Path} entry is a relative URL: a plain relative path (what Maven writes) is
     * resolved as a path; anything with URL syntax (escapes, a scheme) as a URL.
     */
    private static Path resolveManifestEntry(Path jar, String ref) {
        try {
            if (ref.indexOf('%') < 0 && ref.indexOf(':') < 0 && !ref.startsWith("/")) {
                return jar.getParent().resolve(ref).toAbsolutePath().normalize();
            }
            return Path.of(jar.getParent().toUri().resolve(ref)).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** Where {@code type} was loaded from, or null when that is not a file. */
    private static Path locationOf(Class<?> type) {
        CodeSource cs = type.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(cs.getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
