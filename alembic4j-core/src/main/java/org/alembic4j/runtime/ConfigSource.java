package org.alembic4j.runtime;

import java.util.Map;

/**
 * The configuration the environment hook may read: the main ini section and other sections,
 * interpolated. The command layer adapts its parsed {@code alembic.ini} to this.
 */
public interface ConfigSource {

    /** A key of the main section, or null. */
    String mainOption(String key);

    /** Every key of a section; empty when absent. */
    Map<String, String> section(String name);

    /** A configuration with nothing in it. */
    static ConfigSource empty() {
        return of(Map.of());
    }

    /** A configuration whose main section is {@code mainSection}. */
    static ConfigSource of(Map<String, String> mainSection) {
        return new ConfigSource() {
            @Override
            public String mainOption(String key) {
                return mainSection.get(key);
            }

            @Override
            public Map<String, String> section(String name) {
                return Map.of();
            }
        };
    }
}
