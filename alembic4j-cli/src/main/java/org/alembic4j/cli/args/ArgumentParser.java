package org.alembic4j.cli.args;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a command line the way Python's argparse parses Alembic's: global options, then a
 * subcommand and its own options and positionals.
 *
 * <p>Hand-written rather than picocli because start-up is paid on every deploy: picocli's class
 * loading and annotation scanning cost about 250 ms per run on this project's reference machine,
 * more than the rest of a read-only command. Being argparse-exact also matters to scripts:
 * long options may be abbreviated to a unique prefix, {@code --opt=value} and {@code -mVALUE}
 * work, a bare negative number ({@code -1}) is a positional, and an option-looking value such as
 * {@code -r -1:current} is an error (write {@code --rev-range=-1:current}), as in Alembic.
 */
public final class ArgumentParser {

    /** argparse's own test for "this looks like a negative number, not an option". */

    private final String program;
    private final List<Option> globalOptions;
    private final List<CommandDef> commands;

    public ArgumentParser(String program, List<Option> globalOptions, List<CommandDef> commands) {
        this.program = program;
        this.globalOptions = List.copyOf(globalOptions);
        this.commands = List.copyOf(commands);
    }

    public String program() {
        return program;
    }

    public List<Option> globalOptions() {
        return globalOptions;
    }

    public List<CommandDef> commands() {
        return commands;
    }

    /**
     * Parses {@code args}. A help request comes back as the pseudo-command {@code "-h"} with the
     * command whose help was asked stored under {@code "help_for"} (null for the top level);
     * {@code --version} as {@code "--version"}.
     *
     * @throws UsageException when the command line is wrong
     */
    public ParsedArgs parse(String[] args) {
        ParsedArgs parsed = new ParsedArgs();
        int i = 0;
        // Global options up to the subcommand name.
        while (i < args.length) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                parsed.command("-h");
                return parsed;
            }
            if (arg.equals("--version")) {
                parsed.command("--version");
                return parsed;
            }
            if (!looksLikeOption(arg)) {
                break;
            }
            i = consumeOption(null, globalOptions, args, i, parsed);
        }
        if (i >= args.length) {
            throw new UsageException(null, "too few arguments");
        }
        CommandDef command = command(args[i]);
        parsed.command(command.name());
        i++;

        List<String> positionals = new ArrayList<>();
        boolean onlyPositionals = false;
        while (i < args.length) {
            String arg = args[i];
            if (!onlyPositionals && arg.equals("--")) {
                onlyPositionals = true;
                i++;
                continue;
            }
            if (!onlyPositionals && (arg.equals("-h") || arg.equals("--help"))) {
                parsed.command("-h");
                parsed.put("help_for", command.name());
                return parsed;
            }
            if (!onlyPositionals && looksLikeOption(arg)) {
                i = consumeOption(command, command.options(), args, i, parsed);
            } else {
                positionals.add(arg);
                i++;
            }
        }
        assignPositionals(command, positionals, parsed);
        return parsed;
    }

    /** The subcommand named {@code name}, or the usage error argparse gives. */
    public CommandDef command(String name) {
        for (CommandDef command : commands) {
            if (command.name().equals(name)) {
                return command;
            }
        }
        StringBuilder choices = new StringBuilder();
        for (CommandDef command : commands) {
            choices.append(choices.length() == 0 ? "" : ", ").append('\'').append(command.name()).append('\'');
        }
        throw new UsageException(null, "argument command: invalid choice: '" + name + "' (choose from "
                + choices + ")");
    }

    private static boolean looksLikeOption(String arg) {
        return arg.length() > 1 && arg.startsWith("-") && !isNegativeNumber(arg);
    }

    /**
     * argparse's {@code ^-\d+$|^-\d*\.\d+$}: such an argument is a value, not an option. Tested
     * by hand: compiling the pattern ran on every command and linked the JVM's first lambdas
     * (java.util.regex uses them), a tenth of the time of {@code alembic heads}.
     */
    static boolean isNegativeNumber(String arg) {
        if (!arg.startsWith("-")) {
            return false;
        }
        int dot = arg.indexOf('.');
        if (dot < 0) {
            return arg.length() > 1 && asciiDigits(arg, 1, arg.length());
        }
        return asciiDigits(arg, 1, dot) && dot + 1 < arg.length() && asciiDigits(arg, dot + 1, arg.length());
    }

    private static boolean asciiDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Consumes the option at {@code args[i]} (and its value); returns the next index. */
    private int consumeOption(CommandDef command, List<Option> options, String[] args, int i, ParsedArgs parsed) {
        String arg = args[i];
        if (arg.startsWith("--")) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            Option option = longOption(command, options, name);
            if (eq >= 0) {
                if (!option.takesValue()) {
                    throw new UsageException(command, "argument " + option.displayName()
                            + ": ignored explicit argument '" + arg.substring(eq + 1) + "'");
                }
                store(option, arg.substring(eq + 1), parsed);
                return i + 1;
            }
            return consumeValue(command, option, args, i, parsed);
        }
        // Short options: -m VALUE, -mVALUE, or grouped switches such as -vq.
        for (int pos = 1; pos < arg.length(); pos++) {
            String name = "-" + arg.charAt(pos);
            Option option = shortOption(command, options, name, arg);
            if (option.takesValue()) {
                if (pos + 1 < arg.length()) {
                    String attached = arg.substring(pos + 1);
                    store(option, attached.startsWith("=") ? attached.substring(1) : attached, parsed);
                    return i + 1;
                }
                return consumeValue(command, option, args, i, parsed);
            }
            parsed.put(option.dest(), Boolean.TRUE);
        }
        return i + 1;
    }

    private int consumeValue(CommandDef command, Option option, String[] args, int i, ParsedArgs parsed) {
        if (!option.takesValue()) {
            parsed.put(option.dest(), Boolean.TRUE);
            return i + 1;
        }
        if (i + 1 >= args.length || looksLikeOption(args[i + 1]) || args[i + 1].equals("--")) {
            throw new UsageException(command, "argument " + option.displayName() + ": expected one argument");
        }
        store(option, args[i + 1], parsed);
        return i + 2;
    }

    private static void store(Option option, String value, ParsedArgs parsed) {
        if (option.kind() == Option.Kind.APPEND) {
            parsed.add(option.dest(), value);
        } else {
            parsed.put(option.dest(), value);
        }
    }

    /** Exact long name, else a unique prefix (argparse's allow_abbrev). */
    private Option longOption(CommandDef command, List<Option> options, String name) {
        List<Option> prefixed = new ArrayList<>();
        List<String> prefixedNames = new ArrayList<>();
        for (Option option : options) {
            for (String candidate : option.names()) {
                if (candidate.equals(name)) {
                    return option;
                }
                if (candidate.startsWith("--") && candidate.startsWith(name)) {
                    prefixed.add(option);
                    prefixedNames.add(candidate);
                }
            }
        }
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        if (prefixed.size() > 1) {
            throw new UsageException(command, "ambiguous option: " + name + " could match "
                    + String.join(", ", prefixedNames));
        }
        throw new UsageException(command, "unrecognized arguments: " + name);
    }

    private Option shortOption(CommandDef command, List<Option> options, String name, String whole) {
        for (Option option : options) {
            if (option.names().contains(name)) {
                return option;
            }
        }
        throw new UsageException(command, "unrecognized arguments: " + whole);
    }

    private static void assignPositionals(CommandDef command, List<String> values, ParsedArgs parsed) {
        int next = 0;
        List<String> missing = new ArrayList<>();
        for (Positional positional : command.positionals()) {
            if (positional.many()) {
                if (next >= values.size()) {
                    missing.add(positional.name());
                    continue;
                }
                for (; next < values.size(); next++) {
                    parsed.add(positional.name(), values.get(next));
                }
            } else if (next < values.size()) {
                parsed.put(positional.name(), values.get(next++));
            } else {
                missing.add(positional.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new UsageException(command, "the following arguments are required: " + String.join(", ", missing));
        }
        if (next < values.size()) {
            throw new UsageException(command, "unrecognized arguments: "
                    + String.join(" ", values.subList(next, values.size())));
        }
    }
}
