package org.alembic4j.runtime.compile;

import java.io.IOException;
import java.io.StringWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.alembic4j.AlembicException;
import org.alembic4j.Migration;
import org.alembic4j.internal.io.FileStamp;
import org.alembic4j.internal.logging.Loggers;
import org.alembic4j.runtime.internal.Sha256;
import org.slf4j.Logger;

/**
 * Compiles Java script files (revision scripts, {@code env.java}) in-process with the JDK's
 * compiler, in memory, against the application's class path, with class bytes cached on disk.
 *
 * <p>One {@link #compile} call compiles every given source that is not cached in a single
 * compiler invocation; cached ones are not compiled at all. The cache key of a source is the
 * SHA-256 of its bytes, its file name, the Java runtime version and a fingerprint of the class
 * path (which covers alembic4j's own jar), so a cached class can never be stale. Classes are loaded by a
 * fresh class loader per call whose parent is the application's loader.
 *
 * <p>The cache lives where the command layer says; the convention is
 * {@code <script_location>/.alembic4j-cache/} ({@link #DEFAULT_CACHE_DIR_NAME}).
 */
public final class JavaSourceCompiler {

    /** The cache directory's name inside the script location. */
    public static final String DEFAULT_CACHE_DIR_NAME = ".alembic4j-cache";

    /** Made on first use: a command that logs nothing here need not wait for the logging back end. */
    private static final class Log {
        static final Logger LOG = Loggers.named("alembic.runtime.compile");
    }
    /** Bump when the cache layout or compile options change. */
    private static final String CACHE_FORMAT = "alembic4j-class-cache-4";
    /*
     * String concatenation through StringBuilder, as alembic4j itself is built: the default
     * (invokedynamic) spins method handles at each call site's first use, some 10 ms of a cold
     * command for an env.java that builds names in a loop.
     */
    private static final List<String> OPTIONS = List.of("-proc:none", "-implicit:none", "-g", "-encoding", "UTF-8",
            "-nowarn", "-Xlint:none", "-XDstringConcat=inline");

    private final ClassCache cache;
    private final ClassLoader parent;
    private final List<Path> extraClasspath;
    private ApplicationClasspath classpath;
    private String environmentKey;
    private String environmentText;
    private SourceIndex sourceIndex;
    /** Keys (and the stamps they were found under) already worked out by this object. */
    private final Map<Path, String> keysThisRun = new HashMap<>();
    private final Map<Path, FileStamp> stampsThisRun = new HashMap<>();
    /** Stamps of the scripts someone already took (the script directory's scan), or null for none. */
    private Function<Path, FileStamp> knownStamps;
    private int compilerRuns;
    private int sourcesCompiled;

    /**
     * @param cacheDir  where to keep compiled classes, or {@code null} for no cache
     * @param parent    the class loader scripts are loaded under (alembic4j's API, the drivers and
     *                  the application must be visible from it)
     * @param extraClasspath more entries to compile against, beyond the running application's
     */
    public JavaSourceCompiler(Path cacheDir, ClassLoader parent, List<Path> extraClasspath) {
        this.cache = cacheDir == null ? null : new ClassCache(cacheDir);
        this.parent = parent;
        this.extraClasspath = List.copyOf(extraClasspath);
    }

    /**
     * A compiler whose scripts also compile against and load from {@code scriptClasspath}: jars
     * and class directories, {@code dir/*} standing for the jars in {@code dir}. Those are loaded
     * by a class loader under alembic4j's own, which opens a jar only when a script names a class
     * that alembic4j's class path lacks.
     */
    public static JavaSourceCompiler withScriptClasspath(Path cacheDir, List<Path> scriptClasspath) {
        ClassLoader own = Migration.class.getClassLoader();
        if (scriptClasspath.isEmpty()) {
            return new JavaSourceCompiler(cacheDir, own, List.of());
        }
        List<Path> entries = ApplicationClasspath.expandWildcards(scriptClasspath);
        URL[] urls = new URL[entries.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = entries.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new AlembicException("Script class path entry " + entries.get(i) + " is not a file: " + e.getMessage());
            }
        }
        return new JavaSourceCompiler(cacheDir, new URLClassLoader("alembic4j-script-classpath", urls, own), entries);
    }

    /** A compiler caching in {@code <scriptLocation>/.alembic4j-cache}, loading under alembic4j's class loader. */
    public static JavaSourceCompiler forScriptLocation(Path scriptLocation) {
        return new JavaSourceCompiler(scriptLocation.resolve(DEFAULT_CACHE_DIR_NAME), Migration.class.getClassLoader(),
                List.of());
    }

    /**
     * Uses the stamps the script directory's scan took of the scripts (one stat per file is
     * enough), instead of taking them again; a file it doesn't know is stat'ed as before.
     */
    public void knownStamps(Function<Path, FileStamp> stamps) {
        this.knownStamps = stamps;
    }

    /** Where compiled classes are cached, if anywhere. */
    public Optional<Path> cacheDirectory() {
        return cache == null ? Optional.empty() : Optional.of(cache.directory());
    }

    /** How many times this object has invoked the Java compiler (cache hits don't count). */
    public int compilerRuns() {
        return compilerRuns;
    }

    /** How many source files this object has compiled in total (cache hits don't count). */
    public int sourcesCompiled() {
        return sourcesCompiled;
    }

    /**
     * The classes of these source files. Sources missing from the cache are compiled together
     * in one compiler call; any compile error fails the whole call with an
     * {@link AlembicException} naming file, line and message, and nothing is loaded.
     */
    public CompiledSources compile(Collection<Path> sources) {
        Map<Path, Map<String, byte[]>> classesBySource = new LinkedHashMap<>();
        Map<Path, String> keys = new LinkedHashMap<>();
        List<SourceFile> toCompile = new ArrayList<>();
        SourceIndex index = sourceIndex();
        for (Path source : new LinkedHashSet<>(sources)) {
            // An unchanged file's key comes from the index: no reading, no hashing.
            String known = index == null ? null : indexedKey(source, index);
            Optional<Map<String, byte[]>> cached = known == null ? Optional.empty() : cache.get(known);
            if (cached.isPresent()) {
                keys.put(source, known);
                classesBySource.put(source, cached.get());
                continue;
            }
            String text = read(source);
            String key = hashed(source, text, index);
            keys.put(source, key);
            cached = cache == null ? Optional.empty() : cache.get(key);
            if (cached.isPresent()) {
                classesBySource.put(source, cached.get());
            } else {
                toCompile.add(new SourceFile(source, text));
            }
        }
        if (!toCompile.isEmpty()) {
            Map<SourceFile, Map<String, byte[]>> compiled = runCompiler(toCompile);
            for (SourceFile source : toCompile) {
                Map<String, byte[]> classes = compiled.get(source);
                classesBySource.put(source.path(), classes);
                if (cache != null) {
                    cache.put(keys.get(source.path()), classes);
                }
            }
        }
        if (index != null) {
            index.save();
        }
        return load(classesBySource);
    }

    /**
     * The cache key of {@code source} as it is now (what its compiled classes are filed under):
     * from the source index when the file's stamp is known, else by reading and hashing it. The
     * key covers the text and everything else the class bytes depend on, so equal keys mean
     * equal classes. Remembered for the life of this object, like the stamps it trusts.
     */
    public String keyOf(Path source) {
        SourceIndex index = sourceIndex();
        String known = index == null ? null : indexedKey(source, index);
        if (known != null) {
            return known;
        }
        return hashed(source, read(source), index);
    }

    /** Writes the source index if keys were worked out since it was read ({@link #compile} does this itself). */
    public void saveIndex() {
        if (sourceIndex != null) {
            sourceIndex.save();
        }
    }

    private String indexedKey(Path source, SourceIndex index) {
        String known = keysThisRun.get(source);
        if (known == null) {
            FileStamp stamp = knownStamps == null ? null : knownStamps.apply(source);
            if (stamp == null) {
                stamp = FileStamp.read(source);
            }
            stampsThisRun.put(source, stamp);
            known = index.key(source, stamp);
            if (known != null) {
                keysThisRun.put(source, known);
            }
        }
        return known;
    }

    /** The key of {@code text} read from {@code source} now, recorded in the index under the file's stamp. */
    private String hashed(Path source, String text, SourceIndex index) {
        FileStamp stamp = stampsThisRun.containsKey(source) ? stampsThisRun.get(source) : FileStamp.read(source);
        String key = cacheKey(source, text);
        keysThisRun.put(source, key);
        if (index != null) {
            index.record(source, stamp, key);
        }
        return key;
    }

    private CompiledSources load(Map<Path, Map<String, byte[]>> classesBySource) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        Map<String, Path> owner = new LinkedHashMap<>();
        Map<Path, Set<String>> names = new LinkedHashMap<>();
        for (Map.Entry<Path, Map<String, byte[]>> e : classesBySource.entrySet()) {
            for (Map.Entry<String, byte[]> c : e.getValue().entrySet()) {
                Path previous = owner.putIfAbsent(c.getKey(), e.getKey());
                if (previous != null) {
                    throw new AlembicException("Class " + c.getKey() + " is declared both in " + previous + " and in "
                            + e.getKey() + "; give each script's class its own name");
                }
                all.put(c.getKey(), c.getValue());
            }
            names.put(e.getKey(), new LinkedHashSet<>(e.getValue().keySet()));
        }
        return new CompiledSources(new ScriptClassLoader(all, parent), names, classesBySource);
    }

    private Map<SourceFile, Map<String, byte[]>> runCompiler(List<SourceFile> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new AlembicException("No Java compiler available to compile " + sources.get(0).path()
                    + (sources.size() > 1 ? " and " + (sources.size() - 1) + " more" : "")
                    + ": run on a JDK, or compile the scripts with your build and load them with "
                    + "ClasspathScriptLoader");
        }
        compilerRuns++;
        sourcesCompiled += sources.size();
        Log.LOG.debug("Compiling {} script file(s)", sources.size());
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter otherOutput = new StringWriter();
        try (StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            standard.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath().entries());
            standard.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of());
            MemoryFileManager files = new MemoryFileManager(standard);
            boolean ok = javac.getTask(otherOutput, files, diagnostics, OPTIONS, null, sources).call();
            if (!ok) {
                throw compileError(diagnostics, otherOutput.toString());
            }
            Map<SourceFile, Map<String, byte[]>> result = new LinkedHashMap<>();
            for (SourceFile source : sources) {
                result.put(source, files.classesOf(source));
            }
            return result;
        } catch (IOException e) {
            throw new AlembicException("Could not set up the Java compiler: " + e.getMessage(), e);
        }
    }

    private static AlembicException compileError(DiagnosticCollector<JavaFileObject> diagnostics, String other) {
        List<Diagnostic<? extends JavaFileObject>> found = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .collect(Collectors.toList());
        String errors = found.stream().map(JavaSourceCompiler::describe).collect(Collectors.joining("\n"));
        if (errors.isEmpty()) {
            errors = other.strip();
        }
        String hint = PartialRuntimeHint.forErrors(found).map(h -> "\n" + h).orElse("");
        return new AlembicException("Could not compile revision scripts:\n" + errors + hint);
    }

    private static String describe(Diagnostic<? extends JavaFileObject> d) {
        String where = d.getSource() instanceof SourceFile s ? s.path().toString()
                : d.getSource() != null ? d.getSource().getName() : null;
        String message = d.getMessage(Locale.ROOT);
        if (where == null) {
            return "error: " + message;
        }
        return where + ":" + d.getLineNumber() + ": error: " + message;
    }

    private String cacheKey(Path source, String text) {
        return Sha256.hex(environmentKey() + '\n' + source.getFileName() + '\n' + text);
    }

    /**
     * The hash of everything besides the source that the class bytes depend on; computed once
     * per compiler object, and taken from the source index when it recorded the same
     * environment (the class-path fingerprint is long: hashing it is not free).
     */
    private String environmentKey() {
        if (environmentKey == null) {
            SourceIndex index = sourceIndex();
            environmentKey = index != null && index.environmentKey() != null ? index.environmentKey()
                    : Sha256.hex(environmentText());
            if (index != null) {
                index.environmentKey(environmentKey);
            }
        }
        return environmentKey;
    }

    private String environmentText() {
        if (environmentText == null) {
            // java.runtime.version rather than Runtime.version(): as specific, and its toString()
            // runs a stream pipeline, a few cold milliseconds of every command that runs env.java.
            // alembic4j's own version is covered by the class path's fingerprint (its jar's size
            // and time, or its class files'), without reading its jar's manifest for it.
            environmentText = CACHE_FORMAT + '\n' + System.getProperty("java.runtime.version") + '\n'
                    + System.getProperty("java.vendor") + '\n' + String.join(" ", OPTIONS) + '\n'
                    + classpath().fingerprint() + '\n';
        }
        return environmentText;
    }

    private SourceIndex sourceIndex() {
        if (cache == null) {
            return null;
        }
        if (sourceIndex == null) {
            sourceIndex = SourceIndex.load(cache.directory(), environmentText());
        }
        return sourceIndex;
    }

    private ApplicationClasspath classpath() {
        if (classpath == null) {
            classpath = ApplicationClasspath.current(extraClasspath);
        }
        return classpath;
    }

    private static String read(Path source) {
        try {
            return Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AlembicException("Could not read script " + source + ": " + e.getMessage(), e);
        }
    }
}
