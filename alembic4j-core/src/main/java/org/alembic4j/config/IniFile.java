package org.alembic4j.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alembic4j.AlembicException;
import org.alembic4j.internal.io.FileBytes;

/**
 * An ini file read the way Python's {@code configparser.ConfigParser} (with its default
 * {@code BasicInterpolation}) reads it, because {@code alembic.ini} files are written for that
 * parser:
 *
 * <ul>
 *   <li>{@code [section]} headers (case-sensitive names); keys are lower-cased;</li>
 *   <li>{@code key = value} or {@code key: value}, split at the first {@code =} or {@code :};</li>
 *   <li>whole-line comments start with {@code #} or {@code ;} (also when indented); inline
 *       comments are <em>not</em> stripped, they stay part of the value;</li>
 *   <li>a line indented deeper than its key line continues the value; blank lines inside a
 *       continued value are kept, trailing ones dropped;</li>
 *   <li>{@code [DEFAULT]} keys are visible in every section, and the defaults given to
 *       {@link #parse} (Alembic's {@code here}) are part of {@code [DEFAULT]};</li>
 *   <li>values are interpolated when read: {@code %(name)s} from the same section or
 *       {@code [DEFAULT]}, recursively up to 10 levels; {@code %%} is a literal {@code %}.</li>
 * </ul>
 *
 * <p>Deliberate differences, all on inputs Python rejects or mangles: a UTF-8 byte order mark is
 * skipped; the first malformed line is reported (Python collects them all); every error names
 * the file and line. Instances are mutable only through {@link #set} and {@link #addSection}.
 */
public final class IniFile {

    /** The name of the section whose keys every other section inherits. */
    public static final String DEFAULT_SECTION = "DEFAULT";

    private final String source;
    private final Map<String, Entry> defaults = new LinkedHashMap<>();
    private final Map<String, Map<String, Entry>> sections = new LinkedHashMap<>();

    /** A raw value and the line it was read from (0 when it did not come from the file). */
    record Entry(String raw, int line) {
    }

    private IniFile(String source, Map<String, String> initialDefaults) {
        this.source = source;
        for (Map.Entry<String, String> e : initialDefaults.entrySet()) { // no lambda: read by every command
            defaults.put(optionKey(e.getKey()), new Entry(e.getValue(), 0));
        }
    }

    /** An ini file with no sections, only the given defaults; {@code source} names it in errors. */
    public static IniFile empty(String source, Map<String, String> defaults) {
        return new IniFile(source, defaults);
    }

    /**
     * Parses ini text. {@code defaults} seed {@code [DEFAULT]} (the file's own {@code [DEFAULT]}
     * keys override them); values are taken as raw text, so a literal {@code %} must be doubled.
     */
    public static IniFile parse(String text, String source, Map<String, String> defaults) {
        IniFile ini = new IniFile(source, defaults);
        new IniParser(ini, source).parse(text);
        return ini;
    }

    /** Reads and parses a UTF-8 ini file. */
    public static IniFile read(Path file, Map<String, String> defaults) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(FileBytes.read(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AlembicException("Can't read config file " + file + ": it is not valid UTF-8", e);
        } catch (IOException e) {
            throw new AlembicException("Can't read config file " + file + ": " + e, e);
        }
        return parse(text, file.toString(), defaults);
    }

    /** Python's {@code optionxform}: keys are compared lower-cased. */
    static String optionKey(String key) {
        return key.toLowerCase(Locale.ROOT);
    }

    /** The name used for this file in error messages. */
    public String source() {
        return source;
    }

    /** The section names in file order, without {@code DEFAULT}. */
    public List<String> sections() {
        return List.copyOf(sections.keySet());
    }

    /** True if the file has this section ({@code DEFAULT} does not count, as in Python). */
    public boolean hasSection(String section) {
        return sections.containsKey(section);
    }

    /** True if {@code key} is in the section or in {@code [DEFAULT]}. */
    public boolean hasOption(String section, String key) {
        String k = optionKey(key);
        if (DEFAULT_SECTION.equals(section)) {
            return defaults.containsKey(k);
        }
        Map<String, Entry> values = sections.get(section);
        return values != null && (values.containsKey(k) || defaults.containsKey(k));
    }

    /** The interpolated value of {@code key}, looked up in the section then {@code [DEFAULT]}. */
    public Optional<String> get(String section, String key) {
        Map<String, Entry> scope = scope(section);
        if (scope == null) {
            return Optional.empty();
        }
        String k = optionKey(key);
        Entry entry = scope.get(k);
        if (entry == null) {
            return Optional.empty();
        }
        return Optional.of(new BasicInterpolation(source, section, k, entry, scope).expand());
    }

    /** The value exactly as written, without interpolation. */
    public Optional<String> getRaw(String section, String key) {
        Map<String, Entry> scope = scope(section);
        Entry entry = scope == null ? null : scope.get(optionKey(key));
        return entry == null ? Optional.empty() : Optional.of(entry.raw());
    }

    /**
     * Every key visible in the section, interpolated: the {@code [DEFAULT]} keys first, then the
     * section's own (Python's {@code items(section)}). Empty if the section does not exist.
     */
    public Map<String, String> items(String section) {
        Map<String, Entry> scope = scope(section);
        if (scope == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        scope.forEach((k, e) -> out.put(k, new BasicInterpolation(source, section, k, e, scope).expand()));
        return Collections.unmodifiableMap(out);
    }

    /** Like {@link #items} but without interpolation (for values such as logging formats). */
    public Map<String, String> rawItems(String section) {
        Map<String, Entry> scope = scope(section);
        if (scope == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        scope.forEach((k, e) -> out.put(k, e.raw()));
        return Collections.unmodifiableMap(out);
    }

    /** Adds an empty section; an existing one is an error, as in Python. */
    public void addSection(String section) {
        if (DEFAULT_SECTION.equals(section)) {
            throw new AlembicException("Invalid section name: " + PyText.repr(section));
        }
        if (sections.containsKey(section)) {
            throw new AlembicException("Section " + PyText.repr(section) + " already exists in " + source);
        }
        sections.put(section, new LinkedHashMap<>());
    }

    /**
     * Sets a raw value (Python's {@code ConfigParser.set}): {@code %} must be written {@code %%}
     * unless it starts a {@code %(name)s} reference, which is checked now.
     */
    public void set(String section, String key, String value) {
        BasicInterpolation.checkSyntax(value);
        Map<String, Entry> target = DEFAULT_SECTION.equals(section) ? defaults : sections.get(section);
        if (target == null) {
            throw new AlembicException("No section: " + PyText.repr(section) + " in " + source);
        }
        target.put(optionKey(key), new Entry(value, 0));
    }

    /** Removes a key from a section; returns whether it was there. */
    public boolean remove(String section, String key) {
        Map<String, Entry> target = DEFAULT_SECTION.equals(section) ? defaults : sections.get(section);
        return target != null && target.remove(optionKey(key)) != null;
    }

    /** The keys visible in a section: defaults overlaid by the section's own, in Python's order. */
    private Map<String, Entry> scope(String section) {
        if (DEFAULT_SECTION.equals(section)) {
            return defaults;
        }
        Map<String, Entry> own = sections.get(section);
        if (own == null) {
            return null;
        }
        Map<String, Entry> merged = new LinkedHashMap<>(defaults);
        merged.putAll(own);
        return merged;
    }

    // ---- used by the parser -----------------------------------------------------------------

    Map<String, Entry> defaultsForParser() {
        return defaults;
    }

    Map<String, Entry> newSectionForParser(String name) {
        Map<String, Entry> values = new LinkedHashMap<>();
        sections.put(name, values);
        return values;
    }

    Map<String, Entry> sectionForParser(String name) {
        return sections.get(name);
    }
}
