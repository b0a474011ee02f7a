package org.alembic4j.config;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.alembic4j.AlembicException;

/**
 * Splits path lists such as {@code version_locations} by Alembic's rules: by the separator named
 * in {@code path_separator}, else in the deprecated {@code version_path_separator}, else the
 * legacy way (on commas and runs of spaces).
 */
final class PathListSplitter {

    private static final Map<String, String> SEPARATORS = Map.of(
            "space", " ",
            "newline", "\n",
            "os", File.pathSeparator,
            ":", ":",
            ";", ";");

    private static final Pattern LEGACY = Pattern.compile(", *| +");

    private PathListSplitter() {
    }

    /**
     * The separator to use, or null for the legacy split.
     *
     * @param pathSeparator        the {@code path_separator} value, or null
     * @param versionPathSeparator the {@code version_path_separator} value, or null
     */
    static String separator(String pathSeparator, String versionPathSeparator) {
        String name = pathSeparator != null ? "path_separator" : "version_path_separator";
        String value = pathSeparator != null ? pathSeparator : versionPathSeparator;
        if (value == null) {
            return null;
        }
        String sep = SEPARATORS.get(value);
        if (sep == null) {
            throw new AlembicException("'" + value + "' is not a valid value for " + name
                    + "; expected 'space', 'newline', 'os', ':', ';'");
        }
        return sep;
    }

    /** Splits {@code value}; entries are stripped and empty ones dropped. */
    static List<String> split(String value, String separator) {
        String[] parts = separator == null ? LEGACY.split(value) : value.split(Pattern.quote(separator));
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            String p = PyText.strip(part);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
