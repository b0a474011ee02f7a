package org.alembic4j.script;

import java.util.Locale;

/**
 * The file-name slug of a revision message, by Alembic's rule: every run of word characters
 * (Python's Unicode {@code \w}: letters, digits, numeric characters and {@code _}) joined with
 * {@code _} and lower-cased; if longer than the limit, cut to the limit, dropping the partial last
 * word, and end with {@code _}.
 */
final class Slug {

    private Slug() {
    }

    static String of(String message, int truncateLength) {
        if (message == null) {
            return "";
        }
        StringBuilder slug = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < message.length(); ) {
            int cp = message.codePointAt(i);
            i += Character.charCount(cp);
            if (isWordChar(cp)) {
                if (!inWord && slug.length() > 0) {
                    slug.append('_');
                }
                slug.appendCodePoint(cp);
                inWord = true;
            } else {
                inWord = false;
            }
        }
        String lower = slug.toString().toLowerCase(Locale.ROOT);
        if (lower.codePointCount(0, lower.length()) <= truncateLength) {
            return lower;
        }
        String cut = lower.substring(0, lower.offsetByCodePoints(0, truncateLength));
        int lastUnderscore = cut.lastIndexOf('_');
        return (lastUnderscore < 0 ? cut : cut.substring(0, lastUnderscore)) + "_";
    }

    /** Python's {@code \w} for {@code str} patterns. */
    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
