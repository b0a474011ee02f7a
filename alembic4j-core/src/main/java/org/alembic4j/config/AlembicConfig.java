package org.alembic4j.config;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.alembic4j.AlembicException;

/**
 * The configuration of one command run: Alembic's {@code Config}.
 *
 * <p>It is the ini file (found by {@code -c}, else {@code $ALEMBIC_CONFIG}, else
 * {@code ./alembic.ini}), the name of its main section ({@code [alembic]} or {@code -n}), the
 * {@code -x} arguments, and the working directory that relative paths are resolved against (given
 * explicitly, never read from {@code user.dir}, so several configurations can live in one JVM).
 *
 * <p>A missing file is not an error by itself: like Alembic, the error {@code No config file
 * 'alembic.ini' found, or file has no '[alembic]' section} comes when a main option is read.
 * {@link #builder()} without a file gives a programmatic configuration whose options are set with
 * {@link #setMainOption}.
 */
public final class AlembicConfig {

    /** The default file name. */
    public static final String DEFAULT_FILE_NAME = "alembic.ini";
    /** The environment variable naming the file when {@code -c} is not given. */
    public static final String CONFIG_ENV_VAR = "ALEMBIC_CONFIG";
    /** The default main section. */
    public static final String DEFAULT_MAIN_SECTION = "alembic";

    private final String fileName;
    private final Path file;
    private final String mainSection;
    private final Path cwd;
    private final IniFile ini;
    private final List<String> xArguments;
    private final Map<String, Object> attributes = new HashMap<>();

    private AlembicConfig(Builder b) {
        this.cwd = b.cwd.toAbsolutePath().normalize();
        this.fileName = b.fileName;
        this.mainSection = b.mainSection;
        this.xArguments = List.copyOf(b.xArguments);
        Map<String, String> defaults = new LinkedHashMap<>(b.configArgs);
        if (fileName != null) {
            this.file = cwd.resolve(fileName).normalize();
            // Alembic's %(here)s. Doubling any '%' keeps a directory such as "100%" usable.
            defaults.put("here", file.getParent().toString().replace("%", "%%"));
            this.ini = Files.isRegularFile(file) ? IniFile.read(file, defaults) : IniFile.empty(fileName, defaults);
        } else {
            this.file = null;
            defaults.put("here", "");
            this.ini = IniFile.empty("<no config file>", defaults);
            ini.addSection(mainSection);
        }
    }

    /** Starts a configuration; without {@link Builder#file} it has no file. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The config file name to use: the {@code -c} value if given, else {@code $ALEMBIC_CONFIG}
     * if set and not empty, else {@code alembic.ini}.
     */
    public static String resolveFileName(String commandLineValue, Map<String, String> environment) {
        if (commandLineValue != null) {
            return commandLineValue;
        }
        String fromEnv = environment.get(CONFIG_ENV_VAR);
        return fromEnv != null && !fromEnv.isEmpty() ? fromEnv : DEFAULT_FILE_NAME;
    }

    // ---- what this configuration is -------------------------------------------------------

    /** The file name as given ({@code -c} value or default), if this configuration has a file. */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    /** The absolute path of the file (which may not exist), if this configuration has a file. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The main section's name ({@code alembic} unless {@code -n} gave another). */
    public String mainSection() {
        return mainSection;
    }

    /** The absolute working directory that relative paths are resolved against. */
    public Path cwd() {
        return cwd;
    }

    /** The parsed ini file, for direct access to any section. */
    public IniFile ini() {
        return ini;
    }

    /** The {@code -x} arguments as given, in order. */
    public List<String> xArguments() {
        return xArguments;
    }

    /** The {@code -x} arguments split at the first {@code =}; a bare key maps to {@code ""}. */
    public Map<String, String> xArgumentsAsMap() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String arg : xArguments) {
            int eq = arg.indexOf('=');
            out.put(eq < 0 ? arg : arg.substring(0, eq), eq < 0 ? "" : arg.substring(eq + 1));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Free-form objects handed from the caller to the environment hook (e.g. a connection). */
    public Map<String, Object> attributes() {
        return attributes;
    }

    // ---- options -------------------------------------------------------------------------

    /** True if the file exists and has the main section. */
    public boolean hasMainSection() {
        return ini.hasSection(mainSection);
    }

    /** Throws Alembic's "No config file ... found" error unless the main section exists. */
    public void requireMainSection() {
        if (!hasMainSection()) {
            throw new AlembicException("No config file " + PyText.repr(fileName == null ? "None" : fileName)
                    + " found, or file has no '[" + mainSection + "]' section");
        }
    }

    /** A main-section key, interpolated, or null if absent; fails if there is no main section. */
    public String mainOption(String key) {
        requireMainSection();
        return ini.get(mainSection, key).orElse(null);
    }

    /** A main-section key, or {@code defaultValue} if absent. */
    public String mainOption(String key, String defaultValue) {
        String value = mainOption(key);
        return value == null ? defaultValue : value;
    }

    /** A key of any section (falling back to {@code [DEFAULT]}), interpolated. */
    public Optional<String> sectionOption(String section, String key) {
        return ini.get(section, key);
    }

    /**
     * Every key of a section, interpolated, including the inherited {@code [DEFAULT]} keys such
     * as {@code here} (as Alembic's {@code get_section}); empty if the section is absent.
     */
    public Map<String, String> section(String name) {
        return ini.items(name);
    }

    /** Sets a main-section key; the value is raw ini text ({@code %%} for a literal {@code %}). */
    public void setMainOption(String key, String value) {
        setSectionOption(mainSection, key, value);
    }

    /** Sets a key of any section, creating the section if needed. */
    public void setSectionOption(String section, String key, String value) {
        if (!IniFile.DEFAULT_SECTION.equals(section) && !ini.hasSection(section)) {
            ini.addSection(section);
        }
        ini.set(section, key, value);
    }

    // ---- typed [alembic] keys ------------------------------------------------------------

    /**
     * {@code script_location} as an absolute path: relative values are resolved against the
     * working directory (write {@code %(here)s/...} to make them relative to the ini file).
     */
    public Path scriptLocation() {
        String value = mainOption("script_location");
        if (value == null) {
            throw new AlembicException("No 'script_location' key found in configuration.");
        }
        return resolvePath(value);
    }

    /** {@code file_template}, default {@code %(rev)s_%(slug)s}. */
    public FileTemplate fileTemplate() {
        String value = mainOption("file_template");
        return value == null ? FileTemplate.DEFAULT : new FileTemplate(value);
    }

    /** {@code truncate_slug_length}, default 40 (0 also means 40, as in Alembic). */
    public int truncateSlugLength() {
        String value = mainOption("truncate_slug_length");
        if (value == null) {
            return 40;
        }
        int n;
        try {
            n = Integer.parseInt(PyText.strip(value).replace("_", ""));
        } catch (NumberFormatException e) {
            throw new AlembicException("truncate_slug_length must be an integer, got " + PyText.repr(value));
        }
        if (n < 0) {
            throw new AlembicException("truncate_slug_length must not be negative, got " + PyText.repr(value));
        }
        return n == 0 ? 40 : n;
    }

    /**
     * {@code timezone} as a zone id (any {@code java.time} id; tried as written, then
     * upper-cased, as Alembic does); empty when absent or blank, meaning local time.
     */
    public Optional<ZoneId> timezone() {
        String value = mainOption("timezone");
        if (value == null || PyText.strip(value).isEmpty()) {
            return Optional.empty();
        }
        for (String candidate : List.of(value, value.toUpperCase(Locale.ROOT))) {
            try {
                return Optional.of(ZoneId.of(candidate));
            } catch (DateTimeException e) {
                // try the next spelling
            }
        }
        throw new AlembicException("Can't locate timezone: " + value);
    }

    /**
     * {@code version_locations} as absolute paths, split by {@code path_separator} (or the older
     * {@code version_path_separator}, or legacy spaces/commas); empty when the key is absent or
     * blank, meaning {@code <script_location>/versions}.
     */
    public Optional<List<Path>> versionLocations() {
        String value = mainOption("version_locations");
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        String separator = PathListSplitter.separator(
                mainOption("path_separator"), mainOption("version_path_separator"));
        List<Path> out = new ArrayList<>();
        for (String entry : PathListSplitter.split(value, separator)) {
            out.add(resolvePath(entry));
        }
        return Optional.of(List.copyOf(out));
    }

    /** {@code recursive_version_locations}: only the exact value {@code true} enables it. */
    public boolean recursiveVersionLocations() {
        return "true".equals(mainOption("recursive_version_locations"));
    }

    /** {@code revision_environment}, read leniently (true/yes/on/y/t/1, false/no/off/n/f/0). */
    public boolean revisionEnvironment() {
        return LenientBoolean.parse("revision_environment", mainOption("revision_environment"));
    }

    /** {@code output_encoding} for new revision files, default UTF-8. */
    public Charset outputEncoding() {
        String value = mainOption("output_encoding");
        if (value == null) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
        String name = PyText.strip(value);
        // Python spells some encodings differently from Java.
        String javaName = switch (name.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "latin-1", "latin1", "l1", "iso8859-1" -> "ISO-8859-1";
            case "utf8", "utf-8", "u8" -> "UTF-8";
            default -> name;
        };
        try {
            return Charset.forName(javaName);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new AlembicException("output_encoding " + PyText.repr(value) + " is not a known character encoding");
        }
    }

    /**
     * {@code revision_format}: the format of new revision files, {@code java} (default) or
     * {@code sql}. An alembic4j key; Alembic itself has only Python scripts.
     */
    public String revisionFormat() {
        String value = mainOption("revision_format");
        if (value == null) {
            return "java";
        }
        String v = PyText.strip(value).toLowerCase(Locale.ROOT);
        if (!v.equals("java") && !v.equals("sql")) {
            throw new AlembicException("revision_format must be 'java' or 'sql', got " + PyText.repr(value));
        }
        return v;
    }

    /** {@code sqlalchemy.url}, the database URL the standard environment hook connects to. */
    public Optional<String> sqlalchemyUrl() {
        return Optional.ofNullable(mainOption("sqlalchemy.url"));
    }

    /** An absolute, normalised path: relative ones are taken from the working directory. */
    public Path resolvePath(String value) {
        return cwd.resolve(value).normalize();
    }

    /** Builds an {@link AlembicConfig}. */
    public static final class Builder {
        private String fileName;
        private String mainSection = DEFAULT_MAIN_SECTION;
        private Path cwd = Path.of("").toAbsolutePath();
        private List<String> xArguments = List.of();
        private final Map<String, String> configArgs = new LinkedHashMap<>();

        private Builder() {
        }

        /** The ini file, as given by {@code -c} (relative names are taken from {@link #cwd}). */
        public Builder file(String name) {
            this.fileName = Objects.requireNonNull(name, "name");
            return this;
        }

        /** The main section ({@code -n}); default {@code alembic}. */
        public Builder mainSection(String name) {
            this.mainSection = Objects.requireNonNull(name, "name");
            return this;
        }

        /** The working directory; default the process's current directory. */
        public Builder cwd(Path dir) {
            this.cwd = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /** The {@code -x} arguments. */
        public Builder xArguments(List<String> args) {
            this.xArguments = List.copyOf(args);
            return this;
        }

        /**
         * An extra substitution token for the ini file, like Alembic's {@code config_args}: usable
         * as {@code %(name)s} everywhere. The value is raw ini text.
         */
        public Builder configArg(String name, String value) {
            configArgs.put(name, value);
            return this;
        }

        public AlembicConfig build() {
            return new AlembicConfig(this);
        }
    }
}
