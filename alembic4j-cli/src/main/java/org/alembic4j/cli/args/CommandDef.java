package org.alembic4j.cli.args;

import java.util.List;

/**
 * A subcommand: its name, help, options and positionals.
 *
 * @param name         as typed ({@code list_templates})
 * @param help         one line for the command list and the command's help
 * @param options      its optional arguments ({@code -h/--help} is added by the parser)
 * @param positionals  its positional arguments, in order
 */
public record CommandDef(String name, String help, List<Option> options, List<Positional> positionals) {

    public CommandDef {
        options = List.copyOf(options);
        positionals = List.copyOf(positionals);
    }
}
