package org.alembic4j.cli.args;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values a command line set, by destination key. Absent keys read as null, false or empty. */
public final class ParsedArgs {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private String command;

    /** The subcommand's name, or null when none was given. */
    public String command() {
        return command;
    }

    void command(String name) {
        this.command = name;
    }

    void put(String dest, Object value) {
        values.put(dest, value);
    }

    @SuppressWarnings("unchecked")
    void add(String dest, String value) {
        ((List<String>) values.computeIfAbsent(dest, k -> new ArrayList<String>())).add(value);
    }

    public String string(String dest) {
        return (String) values.get(dest);
    }

    public boolean flag(String dest) {
        return Boolean.TRUE.equals(values.get(dest));
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String dest) {
        Object value = values.get(dest);
        return value == null ? List.of() : List.copyOf((List<String>) value);
    }
}
