package org.alembic4j.runtime.scripts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alembic4j.AlembicException;
import org.alembic4j.Migration;
import org.alembic4j.Revision;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.runtime.RevisionScript;
import org.alembic4j.runtime.ScriptLoader;

/**
 * Revisions the application's own build compiled, for applications that run on a JRE without a
 * compiler or don't ship script sources. Classes are found from a list given in code, or from
 * the index resource {@value #INDEX_RESOURCE} that {@link RevisionIndexProcessor} writes at build
 * time (one binary class name per line; every jar may carry one).
 */
public final class ClasspathScriptLoader implements ScriptLoader {

    /** The index resource: binary names of classes annotated {@code @Revision}, one per line. */
    public static final String INDEX_RESOURCE = "META-INF/alembic4j/revisions";

    private final Map<String, Class<? extends Migration>> byId;

    private ClasspathScriptLoader(Map<String, Class<? extends Migration>> byId) {
        this.byId = byId;
    }

    /** A loader over exactly these classes. */
    public static ClasspathScriptLoader of(Class<?>... classes) {
        return of(Arrays.asList(classes));
    }

    /** A loader over exactly these classes. */
    public static ClasspathScriptLoader of(Collection<Class<?>> classes) {
        Map<String, Class<? extends Migration>> byId = new LinkedHashMap<>();
        for (Class<?> c : classes) {
            Revision rev = c.getAnnotation(Revision.class);
            if (rev == null || !Migration.class.isAssignableFrom(c)) {
                throw new AlembicException(c.getName() + " is not a revision: it must extend org.alembic4j.Migration "
                        + "and be annotated @org.alembic4j.Revision");
            }
            Class<? extends Migration> previous = byId.putIfAbsent(rev.id(), c.asSubclass(Migration.class));
            if (previous != null && previous != c) {
                throw new AlembicException("Revision id " + rev.id() + " is declared by both " + previous.getName()
                        + " and " + c.getName());
            }
        }
        return new ClasspathScriptLoader(byId);
    }

    /**
     * A loader over the indexed revision classes in package {@code packageName} (exactly that
     * package; "" for the default package) visible from {@code loader}.
     */
    public static ClasspathScriptLoader fromIndex(ClassLoader loader, String packageName) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> indexes = loader.getResources(INDEX_RESOURCE);
            while (indexes.hasMoreElements()) {
                URL index = indexes.nextElement();
                try (BufferedReader in = new BufferedReader(new InputStreamReader(index.openStream(),
                        StandardCharsets.UTF_8))) {
                    in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                            .filter(l -> packageOf(l).equals(packageName)).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new AlembicException("Could not read the revision index " + INDEX_RESOURCE + ": " + e.getMessage(), e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException e) {
                throw new AlembicException("The revision index " + INDEX_RESOURCE + " lists " + name
                        + ", which is not on the class path");
            }
        }
        return of(classes);
    }

    /**
     * The revisions as graph nodes, read from their annotations (the script directory's input
     * when there are no script files). The annotation's {@code message} is the docstring; there
     * is no path.
     */
    public List<RevisionNode> revisionNodes() {
        List<RevisionNode> nodes = new ArrayList<>();
        for (Class<? extends Migration> c : byId.values()) {
            Revision r = c.getAnnotation(Revision.class);
            nodes.add(new RevisionNode(r.id(), List.of(r.down()), List.of(r.branchLabels()), List.of(r.dependsOn()),
                    r.message(), null));
        }
        return nodes;
    }

    @Override
    public Map<String, RevisionScript> load(Collection<RevisionNode> revisions) {
        Map<String, RevisionScript> scripts = new LinkedHashMap<>();
        for (RevisionNode rev : revisions) {
            Class<? extends Migration> c = byId.get(rev.id());
            if (c == null) {
                throw new AlembicException("No class annotated @Revision(id = \"" + rev.id() + "\") among the "
                        + byId.size() + " precompiled revisions");
            }
            scripts.put(rev.id(), JavaRevisionScript.of(c, rev.id(), c.getName()));
        }
        return scripts;
    }

    private static String packageOf(String binaryName) {
        int dot = binaryName.lastIndexOf('.');
        return dot < 0 ? "" : binaryName.substring(0, dot);
    }
}
