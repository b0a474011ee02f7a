package org.alembic4j.cli.args;

import java.util.List;

/**
 * One optional argument, as argparse declares it.
 *
 * @param names    the spellings, short first ({@code -m}, {@code --message})
 * @param dest     the key its value is stored under
 * @param kind     whether it is a switch, takes one value, or may repeat
 * @param metavar  the value's name in usage text ({@code MESSAGE})
 * @param help     one line of help
 */
public record Option(List<String> names, String dest, Kind kind, String metavar, String help) {

    /** How an option consumes the command line. */
    public enum Kind {
        /** A switch: present or absent. */
        FLAG,
        /** Takes exactly one value; the last occurrence wins. */
        VALUE,
        /** Takes one value each time it appears; all are kept in order. */
        APPEND
    }

    public Option {
        names = List.copyOf(names);
    }

    public static Option flag(String dest, String help, String... names) {
        return new Option(List.of(names), dest, Kind.FLAG, null, help);
    }

    public static Option value(String dest, String metavar, String help, String... names) {
        return new Option(List.of(names), dest, Kind.VALUE, metavar, help);
    }

    public static Option append(String dest, String metavar, String help, String... names) {
        return new Option(List.of(names), dest, Kind.APPEND, metavar, help);
    }

    /** The longest spelling, used in error messages ({@code argument --rev-id: ...}). */
    String displayName() {
        return String.join("/", names);
    }

    boolean takesValue() {
        return kind != Kind.FLAG;
    }
}
