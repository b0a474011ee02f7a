package org.alembic4j.cli.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentParserTest {

    private final ArgumentParser parser = new ArgumentParser("alembic",
            List.of(Option.value("config", "CONFIG", "config", "-c", "--config"),
                    Option.append("x", "X", "x", "-x"),
                    Option.flag("quiet", "quiet", "-q", "--quiet")),
            List.of(new CommandDef("history", "history",
                            List.of(Option.value("rev_range", "REV_RANGE", "range", "-r", "--rev-range"),
                                    Option.flag("verbose", "verbose", "-v", "--verbose"),
                                    Option.flag("indicate_current", "current", "-i", "--indicate-current")),
                            List.of()),
                    new CommandDef("revision", "revision",
                            List.of(Option.value("message", "MESSAGE", "m", "-m", "--message"),
                                    Option.value("rev_id", "REV_ID", "id", "--rev-id"),
                                    Option.value("version_path", "VERSION_PATH", "vp", "--version-path"),
                                    Option.append("depends_on", "DEPENDS_ON", "dep", "--depends-on")),
                            List.of()),
                    new CommandDef("downgrade", "downgrade", List.of(Option.flag("sql", "sql", "--sql")),
                            List.of(Positional.one("revision", "rev"))),
                    new CommandDef("stamp", "stamp", List.of(), List.of(Positional.oneOrMore("revisions", "revs")))));

    private ParsedArgs parse(String... args) {
        return parser.parse(args);
    }

    @Test
    void globalOptionsComeBeforeTheCommand() {
        ParsedArgs args = parse("-c", "other.ini", "-x", "a=1", "-xb=2", "-q", "history", "-v");
        assertThat(args.command()).isEqualTo("history");
        assertThat(args.string("config")).isEqualTo("other.ini");
        assertThat(args.list("x")).containsExactly("a=1", "b=2");
        assertThat(args.flag("quiet")).isTrue();
        assertThat(args.flag("verbose")).isTrue();
    }

    @Test
    void negativeNumbersArePositionals() {
        assertThat(parse("downgrade", "-1").string("revision")).isEqualTo("-1");
        assertThat(parse("downgrade", "--sql", "--", "-2").string("revision")).isEqualTo("-2");
    }

    @Test
    void anOptionLookingValueIsAnErrorAsInArgparse() {
        assertThatThrownBy(() -> parse("history", "-r", "-1:current"))
                .isInstanceOf(UsageException.class)
                .hasMessage("argument -r/--rev-range: expected one argument");
        assertThat(parse("history", "--rev-range=-1:current").string("rev_range")).isEqualTo("-1:current");
        assertThat(parse("history", "-r-2:current").string("rev_range")).isEqualTo("-2:current");
    }

    @Test
    void longOptionsMayBeAbbreviatedToAUniquePrefix() {
        assertThat(parse("revision", "--rev", "abc").string("rev_id")).isEqualTo("abc");
        assertThat(parse("revision", "--mess=hello world").string("message")).isEqualTo("hello world");
        assertThat(parse("history", "--i").flag("indicate_current")).isTrue();
        assertThatThrownBy(() -> parse("history", "--x")).hasMessage("unrecognized arguments: --x");
    }

    @Test
    void ambiguousPrefixIsAnError() {
        CommandDef twoRevs = new CommandDef("t", "t", List.of(Option.value("a", "A", "a", "--rev-id"),
                Option.value("b", "B", "b", "--rev-range")), List.of());
        ArgumentParser ambiguous = new ArgumentParser("alembic", List.of(), List.of(twoRevs));
        assertThatThrownBy(() -> ambiguous.parse(new String[] {"t", "--rev", "x"}))
                .hasMessage("ambiguous option: --rev could match --rev-id, --rev-range");
    }

    @Test
    void repeatedOptionsAppendInOrder() {
        assertThat(parse("revision", "--depends-on", "a1", "--depends-on=b2").list("depends_on"))
                .containsExactly("a1", "b2");
    }

    @Test
    void attachedShortValue() {
        assertThat(parse("revision", "-mhello").string("message")).isEqualTo("hello");
    }

    @Test
    void oneOrMorePositionals() {
        assertThat(parse("stamp", "a", "b").list("revisions")).containsExactly("a", "b");
        assertThatThrownBy(() -> parse("stamp")).hasMessage("the following arguments are required: revisions");
    }

    @Test
    void missingAndExtraArguments() {
        assertThatThrownBy(() -> parse()).hasMessage("too few arguments");
        assertThatThrownBy(() -> parse("downgrade")).hasMessage("the following arguments are required: revision");
        assertThatThrownBy(() -> parse("downgrade", "a", "b")).hasMessage("unrecognized arguments: b");
        assertThatThrownBy(() -> parse("nosuch")).hasMessageStartingWith("argument command: invalid choice: 'nosuch'");
        assertThatThrownBy(() -> parse("history", "--bogus")).hasMessage("unrecognized arguments: --bogus");
        assertThatThrownBy(() -> parse("revision", "-m")).hasMessage("argument -m/--message: expected one argument");
    }

    @Test
    void helpAndVersion() {
        assertThat(parse("--help").command()).isEqualTo("-h");
        ParsedArgs commandHelp = parse("history", "-h");
        assertThat(commandHelp.command()).isEqualTo("-h");
        assertThat(commandHelp.string("help_for")).isEqualTo("history");
        assertThat(parse("--version").command()).isEqualTo("--version");
    }

    @Test
    void usageNamesTheCommandsOptions() {
        HelpFormatter help = new HelpFormatter(parser);
        assertThat(help.usage(parser.command("downgrade")))
                .isEqualTo("usage: alembic downgrade [-h] [--sql] revision\n");
        assertThat(help.usage(parser.command("stamp")))
                .isEqualTo("usage: alembic stamp [-h] revisions [revisions ...]\n");
    }

    @Test
    void negativeNumbersAreArgparsesPattern() {
        java.util.regex.Pattern argparse = java.util.regex.Pattern.compile("^-\\d+$|^-\\d*\\.\\d+$");
        for (String arg : List.of("-1", "-12", "-.5", "-1.5", "-1.", "-.", "-", "--1", "-1.2.3", "-a", "-1a", "1",
                "-\u0663", "-1\n", "-0.0", "-.12", "")) {
            assertThat(ArgumentParser.isNegativeNumber(arg)).as(arg).isEqualTo(argparse.matcher(arg).matches());
        }
    }
}
