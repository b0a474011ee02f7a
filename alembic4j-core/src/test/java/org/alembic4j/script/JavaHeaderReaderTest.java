package org.alembic4j.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaHeaderReaderTest {

    private static RevisionHeader parse(String text) {
        return RevisionFormat.JAVA.parseHeader(text, "v/r.java");
    }

    @Test
    void handWrittenVariantsAreAccepted() {
        RevisionHeader h = parse("""
                // a licence line before the docstring
                /*   add index

                Revision ID: r2
                */
                package ignored;
                import org.alembic4j.*;
                @SuppressWarnings("@Revision(id = \\"fake\\")")
                /* @Revision(id = "fake") */ // @Revision(id = "fake")
                @org.alembic4j.Revision(dependsOn = "lab" + "el", // the label
                        id = "r\\u0032", down = "r1", branchLabels = {"a", "b",})
                class X extends Migration { String s = "unterminated
                """);
        assertThat(h).isEqualTo(new RevisionHeader("r2", List.of("r1"), List.of("a", "b"), List.of("label"),
                "add index\n\nRevision ID: r2"));
    }

    @Test
    void missingOptionalElementsAreEmpty() {
        assertThat(parse("@Revision(id = \"x\") class X {}"))
                .isEqualTo(new RevisionHeader("x", List.of(), List.of(), List.of(), ""));
    }

    /** A class written for precompiled use says its message in the annotation; a leading comment wins. */
    @Test
    void theAnnotationMessageIsTheDocstringWhenThereIsNoComment() {
        assertThat(parse("@Revision(id = \"x\", message = \"add \" + \"index\") class X {}").docstring())
                .isEqualTo("add index");
        assertThat(parse("/* from the comment */\n@Revision(message = \"from the annotation\", id = \"x\") class X {}")
                .docstring()).isEqualTo("from the comment");
        assertThatThrownBy(() -> parse("@Revision(id = \"x\", message = {\"a\", \"b\"})"))
                .hasMessageContaining("@Revision message must be one string");
    }

    @Test
    void readingStopsAtTheEndOfTheAnnotation() throws Exception {
        // whatever follows the header is never looked at, even if it would not parse
        assertThat(parse("@Revision(id = \"x\")\n\"\"\" never closed").id()).isEqualTo("x");
        assertThat(new JavaHeaderReader(new CharCursor(new EndlessReader("/* d */ @Revision(id = \"x\")"))).read().id())
                .isEqualTo("x");
    }

    @Test
    void malformedHeadersNameFileLineAndProblem() {
        assertThatThrownBy(() -> parse("/* doc */\nclass X {}\n"))
                .hasMessage("Malformed revision file v/r.java, line 3: no @Revision(...) annotation found");
        assertThatThrownBy(() -> parse("@Revision(\n  id = ID)"))
                .hasMessage("Malformed revision file v/r.java, line 2: the value of 'id' must be a string literal"
                        + " or {...} of string literals, found 'I'");
        assertThatThrownBy(() -> parse("@Revision(id = \"a\", down = {\"b\" \"c\"})"))
                .hasMessageContaining("line 1: expected ',' or '}' in the array of 'down', found '\"'");
        assertThatThrownBy(() -> parse("@Revision(down = {})"))
                .hasMessageContaining("@Revision has no id");
        assertThatThrownBy(() -> parse("@Revision(id = {\"a\", \"b\"})"))
                .hasMessageContaining("@Revision id must be one non-empty string");
        assertThatThrownBy(() -> parse("@Revision(id = \"a\", parent = \"b\")"))
                .hasMessageContaining("unknown @Revision element 'parent'");
        assertThatThrownBy(() -> parse("@Revision(id = \"a\", id = \"b\")"))
                .hasMessageContaining("@Revision element 'id' is given twice");
        assertThatThrownBy(() -> parse("@Revision(id = \"a\nb\")"))
                .hasMessageContaining("line 1: unterminated string literal");
        assertThatThrownBy(() -> parse("@Revision(id = \"a\\q\")"))
                .hasMessageContaining("bad escape \\'q' in string literal");
        assertThatThrownBy(() -> parse("/* never closed\n@Revision(id = \"a\")"))
                .hasMessageContaining("line 1: unterminated /* comment");
        assertThatThrownBy(() -> parse("@Revision(id = \"a\";"))
                .hasMessageContaining("expected ',' or ')' after the value of 'id', found ';'");
    }

    @Test
    void commentEscapingRoundTripsAndNeverClosesTheComment() {
        assertThat(JavaText.encodeComment("a */ b \\ c *\\/")).isEqualTo("a *\\/ b \\\\ c *\\\\/");
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 30)
                        .map(s -> s.replace('a', '*').replace('b', '/').replace('c', '\\').replace('d', 'u')))
                .check(s -> {
                    String encoded = JavaText.encodeComment(s);
                    return !encoded.contains("*/") && !hasUnicodeEscape(encoded)
                            && JavaText.decodeComment(encoded).equals(s);
                });
    }

    /** True if javac would see a Unicode escape: an odd run of backslashes followed by 'u'. */
    private static boolean hasUnicodeEscape(String s) {
        int run = 0;
        for (char c : s.toCharArray()) {
            if (c == 'u' && run % 2 == 1) {
                return true;
            }
            run = c == '\\' ? run + 1 : 0;
        }
        return false;
    }

    @Test
    void stringLiteralsRoundTrip() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 20)).check(s -> {
            String file = "@Revision(id = " + JavaText.stringLiteral("x" + s) + ")";
            return parse(file).id().equals("x" + s) && !hasUnicodeEscape(JavaText.stringLiteral(s));
        });
    }

    @Test
    void classNamesAreValidUniqueIdentifiers() {
        assertThat(JavaText.className("1975ea83b712")).isEqualTo("Migration_1975ea83b712");
        assertThat(JavaText.className("bad id")).isEqualTo("Migration_bad_20_id");
        assertThat(JavaText.className("a_b")).isEqualTo("Migration_a__b");
        assertThat(JavaText.className("a_20_")).isNotEqualTo(JavaText.className("a "));
        assertThat(JavaText.className("é✓")).isEqualTo("Migration__e9__2713_");
        qt().forAll(strings().allPossible().ofLengthBetween(1, 12), strings().allPossible().ofLengthBetween(1, 12))
                .check((a, b) -> {
                    String ca = JavaText.className(a);
                    boolean valid = Character.isJavaIdentifierStart(ca.charAt(0))
                            && ca.chars().allMatch(Character::isJavaIdentifierPart);
                    return valid && (a.equals(b) == ca.equals(JavaText.className(b)));
                });
    }
}
