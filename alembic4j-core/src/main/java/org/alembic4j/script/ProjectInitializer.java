package org.alembic4j.script;

import com.samskivert.mustache.Mustache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.alembic4j.AlembicException;
import org.alembic4j.config.AlembicConfig;

/**
 * The {@code init} command's work: creates a script directory from a template and writes
 * {@code alembic.ini} at the configuration's file path (never over an existing one).
 *
 * <p>The ini file gets {@code script_location = %(here)s/<directory relative to the ini file>},
 * so the project works from any working directory (Alembic 1.16 and later do the same).
 */
public final class ProjectInitializer {

    private ProjectInitializer() {
    }

    /**
     * Runs {@code init}.
     *
     * @param config    gives the ini file path ({@code -c}) and the working directory
     * @param directory the script directory, as given on the command line
     * @param template  the template name ({@code generic} by default)
     * @param out       receives Alembic's status lines
     */
    public static void init(AlembicConfig config, String directory, String template, StatusOutput out) {
        Path dir = config.resolvePath(directory);
        Path iniFile = config.file().orElseThrow(
                () -> new AlembicException("init needs a config file path (-c) to write alembic.ini to"));
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new AlembicException("Directory " + directory + " exists and is not a directory");
            }
            if (!isEmpty(dir)) {
                throw new AlembicException("Directory " + directory + " already exists and is not empty");
            }
        }
        List<ProjectTemplates.TemplateFile> files = ProjectTemplates.files(template)
                .orElseThrow(() -> new AlembicException("No such template '" + template + "'"));

        if (!Files.exists(dir)) {
            out.status("Creating directory " + dir, () -> Files.createDirectories(dir));
        }
        Path versions = dir.resolve("versions");
        out.status("Creating directory " + versions, () -> Files.createDirectories(versions));

        for (ProjectTemplates.TemplateFile file : files) {
            String content = ProjectTemplates.read(file.resource());
            if (file.target().equals("alembic.ini")) {
                if (Files.exists(iniFile)) {
                    out.message("File " + iniFile + " already exists, skipping");
                } else {
                    String ini = Mustache.compiler().escapeHTML(false).compile(content)
                            .execute(Map.of("script_location", scriptLocationForIni(dir, iniFile.getParent()),
                                    "revision_format", template.equals("sql") ? "sql" : "java"));
                    write(iniFile, ini, out);
                }
            } else {
                write(dir.resolve(file.target()), content, out);
            }
        }
        out.message("Please edit configuration/connection/logging settings in " + iniFile + " before proceeding.");
    }

    /** {@code %(here)s/<relative path>} with forward slashes; a literal {@code %} doubled for the ini file. */
    static String scriptLocationForIni(Path dir, Path iniDir) {
        String value;
        try {
            String rel = iniDir.relativize(dir).toString().replace('\\', '/');
            value = rel.isEmpty() ? "%(here)s" : "%(here)s/" + rel.replace("%", "%%");
        } catch (IllegalArgumentException e) {
            value = dir.toString().replace('\\', '/').replace("%", "%%"); // e.g. another drive on Windows
        }
        return value;
    }

    private static void write(Path target, String content, StatusOutput out) {
        out.status("Generating " + target, () -> {
            Files.createDirectories(target.getParent());
            AtomicFiles.createNew(target, content, StandardCharsets.UTF_8);
        });
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new AlembicException("Can't list " + dir + ": " + e, e);
        }
    }
}
