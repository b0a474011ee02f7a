package org.alembic4j.script;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alembic4j.AlembicException;
import org.alembic4j.config.AlembicConfig;
import org.alembic4j.config.PyText;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.internal.io.FileStamp;

/**
 * The environment directory named by {@code script_location}: the environment hook
 * ({@code env.java}), the templates for new revisions, and the version locations holding the
 * revision files. Alembic's {@code ScriptDirectory}, without the revision map (the graph layer
 * builds that from {@link #loadRevisions()}).
 */
public final class ScriptDirectory {

    /** The environment hook's file name in the script directory. */
    public static final String ENV_HOOK_FILE = "env.java";

    private final AlembicConfig config;
    private final Path dir;
    private final List<Path> versionLocations;
    private final boolean explicitLocations;
    private final boolean recursive;
    private final Charset charset;
    private final Clock clock;
    private volatile Map<Path, FileStamp> scannedStamps;

    private ScriptDirectory(AlembicConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.dir = config.scriptLocation();
        Optional<List<Path>> configured = config.versionLocations();
        this.explicitLocations = configured.isPresent();
        this.versionLocations = configured.orElse(List.of(dir.resolve("versions")));
        this.recursive = config.recursiveVersionLocations();
        this.charset = config.outputEncoding();
        if (!Files.exists(dir)) {
            throw new AlembicException("Path doesn't exist: " + PyText.repr(dir.toString())
                    + ".  Please use the 'init' command to create a new scripts folder.");
        }
    }

    /** The script directory of a configuration; fails if {@code script_location} doesn't exist. */
    public static ScriptDirectory fromConfig(AlembicConfig config) {
        return new ScriptDirectory(config, new LocalClock());
    }

    /** As {@link #fromConfig(AlembicConfig)}, with the clock that dates new revisions. */
    public static ScriptDirectory fromConfig(AlembicConfig config, Clock clock) {
        return new ScriptDirectory(config, clock);
    }

    /** The absolute script directory. */
    public Path directory() {
        return dir;
    }

    /** The configuration this directory was made from. */
    public AlembicConfig config() {
        return config;
    }

    /** The version locations, absolute: configured ones, or {@code <dir>/versions}. */
    public List<Path> versionLocations() {
        return versionLocations;
    }

    /** The environment hook, {@code <dir>/env.java} (it may not exist). */
    public Path envHookFile() {
        return dir.resolve(ENV_HOOK_FILE);
    }

    /** The template new revisions of {@code format} are rendered from. */
    public Path templateFile(RevisionFormat format) {
        return dir.resolve(format.templateFileName());
    }

    /** The encoding revision files are read and written in ({@code output_encoding}). */
    public Charset charset() {
        return charset;
    }

    /**
     * Every revision file's header, in revision-map order (see {@link RevisionScanner}), read
     * without compiling anything. A malformed file is an error naming it.
     */
    public List<RevisionNode> loadRevisions() {
        List<RevisionFile> files = RevisionScanner.scan(versionLocations, recursive);
        HeaderIndex index = HeaderIndex.load(dir.resolve(HEADER_INDEX), charset.name());
        RevisionNode[] nodes = new RevisionNode[files.size()];
        HeaderFileReader reader = null;
        for (int i = 0; i < nodes.length; i++) {
            RevisionFile file = files.get(i);
            nodes[i] = index.lookup(file);
            if (nodes[i] == null) {
                if (reader == null) {
                    reader = new HeaderFileReader(charset);
                }
                nodes[i] = readRevision(file.path(), reader);
            }
        }
        index.save(files, nodes);
        Map<Path, FileStamp> stamps = new HashMap<>(files.size() * 2);
        for (RevisionFile file : files) {
            if (file.stamp() != null) {
                stamps.put(file.path(), file.stamp());
            }
        }
        scannedStamps = stamps;
        return Arrays.asList(nodes);
    }

    /**
     * The stamp the last {@link #loadRevisions()} took of {@code file} (its one stat), or null:
     * the compiled-class index looks scripts up by the same stamp, without a second stat.
     * Safe to call from the thread that took the revisions' result, after it.
     */
    public FileStamp scannedStamp(Path file) {
        Map<Path, FileStamp> stamps = scannedStamps;
        return stamps == null ? null : stamps.get(file);
    }

    /**
     * The cache of parsed headers (see {@link HeaderIndex}), beside the compiled-class cache in
     * the directory {@code alembic4j} keeps for itself ({@code .alembic4j-cache}, git-ignored).
     */
    static final String HEADER_INDEX = ".alembic4j-cache/revision-headers.idx";

    /** The header of one revision file, as a graph node. */
    public RevisionNode readRevision(Path file) {
        return readRevision(file, new HeaderFileReader(charset));
    }

    private static RevisionNode readRevision(Path file, HeaderFileReader reader) {
        RevisionFormat format = RevisionFormat.forFileName(file.getFileName().toString());
        if (format == null) {
            throw new AlembicException("Not a revision file (expected .java or .sql): " + file);
        }
        return format.readHeader(file, reader).toNode(file);
    }

    /**
     * Writes a new revision file and returns it as read back. Prints Alembic's status lines
     * ({@code Creating directory ...}, {@code Generating <abs path> ...  done}) to {@code out}.
     * The file is rendered from this directory's template, checked by parsing it, then created
     * atomically; an existing file is never overwritten.
     */
    public RevisionNode generateRevision(RevisionRequest request, StatusOutput out) {
        RevisionFormat format = request.format() != null ? request.format()
                : RevisionFormat.named(config.revisionFormat());
        CreateDate createDate = createDate(request);
        Path versionDir = versionDirectory(request);
        ensureDirectory(versionDir, out);

        String slug = Slug.of(request.message(), config.truncateSlugLength());
        String name = config.fileTemplate().render(request.id(), slug, createDate.dateTime()) + format.extension();
        Path target = versionDir.resolve(name).normalize();
        if (!target.startsWith(versionDir) || target.equals(versionDir)) {
            throw new AlembicException("Revision file name " + PyText.repr(name)
                    + " (from file_template and the revision id) leads outside " + versionDir);
        }
        ensureDirectory(target.getParent(), out);

        Path templateFile = templateFile(format);
        String text = RevisionRenderer.render(readTemplate(templateFile, format), templateFile.toString(), format,
                request, createDate);
        RevisionHeader written = format.parseHeader(text, target.toString());
        checkRendered(request, written, target, format);
        out.status("Generating " + target, () -> AtomicFiles.createNew(target, text, charset));
        return written.toNode(target);
    }

    private CreateDate createDate(RevisionRequest request) {
        Optional<ZoneId> zone = config.timezone();
        if (request.createDate() == null) {
            return CreateDate.now(clock, zone);
        }
        var date = request.createDate().truncatedTo(ChronoUnit.MICROS);
        return new CreateDate(zone.map(date::withZoneSameInstant).orElse(date), zone.isPresent());
    }

    /** Alembic's choice: {@code --version-path}, else the only location, else the first parent's. */
    private Path versionDirectory(RevisionRequest request) {
        if (request.versionPath() != null) {
            Path wanted = config.resolvePath(request.versionPath());
            if (!versionLocations.contains(wanted)) {
                throw new AlembicException("Path " + request.versionPath()
                        + " is not represented in current version locations");
            }
            return wanted;
        }
        if (versionLocations.size() == 1) {
            return versionLocations.get(0);
        }
        for (RevisionNode parent : request.parents()) {
            if (parent.path() != null) {
                Path parentDir = parent.path().toAbsolutePath().getParent();
                // The location holding the parent (it may sit in a subdirectory of it).
                return versionLocations.stream()
                        .filter(parentDir::startsWith)
                        .max((a, b) -> Integer.compare(a.getNameCount(), b.getNameCount()))
                        .orElse(parentDir);
            }
        }
        throw new AlembicException("Multiple version locations present, please specify --version-path");
    }

    private void ensureDirectory(Path path, StatusOutput out) {
        if (!Files.exists(path)) {
            out.status("Creating directory " + path, () -> Files.createDirectories(path));
        }
    }

    /**
     * The script directory's own template; where it has none (a directory made by hand or by an
     * application, not by {@code init}), the built-in one {@code init} would have written.
     */
    private static String readTemplate(Path templateFile, RevisionFormat format) {
        try {
            return Files.readString(templateFile);
        } catch (java.nio.file.NoSuchFileException e) {
            return ProjectTemplates.read(ProjectTemplates.ROOT + "common/" + format.templateFileName());
        } catch (IOException e) {
            throw new AlembicException("Can't read revision template " + templateFile + ": " + e, e);
        }
    }

    /** Like Alembic re-importing the new file: the template must have written what was asked. */
    private void checkRendered(RevisionRequest request, RevisionHeader written, Path target, RevisionFormat format) {
        if (!request.branchLabels().isEmpty() && written.branchLabels().isEmpty()) {
            throw new AlembicException("Version " + request.id() + " specified branch_labels "
                    + String.join(", ", request.branchLabels()) + ", however the migration file " + target
                    + " does not have them; have you upgraded your " + format.templateFileName()
                    + " to include the branch labels?");
        }
        if (!written.id().equals(request.id()) || !written.downRevisions().equals(request.downRevisions())
                || !written.branchLabels().equals(request.branchLabels())
                || !written.dependsOn().equals(request.dependsOn())) {
            throw new AlembicException("The template " + templateFile(format) + " did not render the revision's"
                    + " identifiers as requested: expected id " + request.id() + ", down " + request.downRevisions()
                    + ", labels " + request.branchLabels() + ", depends on " + request.dependsOn() + "; got id "
                    + written.id() + ", down " + written.downRevisions() + ", labels " + written.branchLabels()
                    + ", depends on " + written.dependsOn());
        }
    }
}
