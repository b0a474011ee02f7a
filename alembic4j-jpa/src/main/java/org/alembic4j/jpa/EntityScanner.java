package org.alembic4j.jpa;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.alembic4j.AlembicException;

/**
 * Finds the classes annotated {@code @Entity}, {@code @MappedSuperclass} or {@code @Embeddable} in
 * packages (and their subpackages) of a class loader: directories and jars alike.
 */
final class EntityScanner {

    private EntityScanner() {
    }

    static List<Class<?>> scan(ClassLoader loader, List<String> packages) {
        TreeSet<String> names = new TreeSet<>();
        for (String pkg : packages) {
            String path = pkg.replace('.', '/');
            try {
                Enumeration<URL> roots = loader.getResources(path);
                while (roots.hasMoreElements()) {
                    collect(roots.nextElement(), path, names);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Class<?>> out = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> c = Class.forName(name, false, loader);
                if (c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(MappedSuperclass.class)
                        || c.isAnnotationPresent(Embeddable.class)) {
                    out.add(c);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new AlembicException("Could not load class " + name + " while looking for JPA entities: " + e, e);
            }
        }
        if (out.isEmpty()) {
            throw new AlembicException("No JPA entities found in package(s) " + packages
                    + "; is the application's classpath (e.g. target/classes) given to JpaTargets?");
        }
        return out;
    }

    private static void collect(URL root, String path, TreeSet<String> names) throws IOException {
        if (root.getProtocol().equals("file")) {
            Path dir;
            try {
                dir = Path.of(root.toURI());
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                    String relative = dir.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                    names.add(className(path + "/" + relative));
                });
            }
        } else if (root.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String entry = entries.nextElement().getName();
                    if (entry.startsWith(path + "/") && entry.endsWith(".class")) {
                        names.add(className(entry));
                    }
                }
            }
        }
    }

    private static String className(String resource) {
        return resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
    }
}
