package org.alembic4j.cli.args;

import java.util.ArrayList;
import java.util.List;

/** Usage lines and help pages in argparse's layout. */
public final class HelpFormatter {

    private static final int HELP_COLUMN = 24;

    private final ArgumentParser parser;

    public HelpFormatter(ArgumentParser parser) {
        this.parser = parser;
    }

    /** {@code usage: alembic [-h] ...} for the top level (command null) or one command. */
    public String usage(CommandDef command) {
        List<String> parts = new ArrayList<>();
        parts.add("[-h]");
        if (command == null) {
            parts.add("[--version]");
            parser.globalOptions().forEach(option -> parts.add("[" + spelling(option, false) + "]"));
            List<String> names = new ArrayList<>();
            parser.commands().forEach(c -> names.add(c.name()));
            parts.add("{" + String.join(",", names) + "}");
            parts.add("...");
            return "usage: " + parser.program() + " " + String.join(" ", parts) + "\n";
        }
        command.options().forEach(option -> parts.add("[" + spelling(option, false) + "]"));
        for (Positional positional : command.positionals()) {
            parts.add(positional.many() ? positional.name() + " [" + positional.name() + " ...]" : positional.name());
        }
        return "usage: " + parser.program() + " " + command.name() + " " + String.join(" ", parts) + "\n";
    }

    /** The full help page. */
    public String help(CommandDef command) {
        StringBuilder out = new StringBuilder(usage(command)).append('\n');
        if (command == null) {
            out.append("positional arguments:\n");
            for (CommandDef c : parser.commands()) {
                out.append(row("  " + c.name(), c.help()));
            }
            out.append("\noptions:\n");
            out.append(row("  -h, --help", "show this help message and exit"));
            out.append(row("  --version", "show program's version number and exit"));
            parser.globalOptions().forEach(option -> out.append(row("  " + spelling(option, true), option.help())));
            return out.toString();
        }
        out.append(command.help()).append("\n\n");
        if (!command.positionals().isEmpty()) {
            out.append("positional arguments:\n");
            command.positionals().forEach(p -> out.append(row("  " + p.name(), p.help())));
            out.append('\n');
        }
        out.append("options:\n");
        out.append(row("  -h, --help", "show this help message and exit"));
        command.options().forEach(option -> out.append(row("  " + spelling(option, true), option.help())));
        return out.toString();
    }

    private static String spelling(Option option, boolean allNames) {
        List<String> names = allNames ? option.names() : List.of(option.names().get(0));
        List<String> shown = new ArrayList<>();
        for (String name : names) {
            shown.add(option.takesValue() ? name + " " + option.metavar() : name);
        }
        return String.join(", ", shown);
    }

    private static String row(String left, String help) {
        if (left.length() + 2 <= HELP_COLUMN) {
            return left + " ".repeat(HELP_COLUMN - left.length()) + help + "\n";
        }
        return left + "\n" + " ".repeat(HELP_COLUMN) + help + "\n";
    }
}
