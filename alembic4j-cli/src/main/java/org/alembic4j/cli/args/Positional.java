package org.alembic4j.cli.args;

/**
 * One positional argument.
 *
 * @param name   its name in usage text and the key its value is stored under
 * @param many   true for argparse's {@code nargs='+'}: one or more values
 * @param help   one line of help
 */
public record Positional(String name, boolean many, String help) {

    public static Positional one(String name, String help) {
        return new Positional(name, false, help);
    }

    public static Positional oneOrMore(String name, String help) {
        return new Positional(name, true, help);
    }
}
