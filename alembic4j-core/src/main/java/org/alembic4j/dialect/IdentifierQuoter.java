package org.alembic4j.dialect;

import java.util.Locale;
import java.util.Set;
import org.alembic4j.internal.text.Words;

/**
 * SQLAlchemy's rule for when a name needs quotes: a reserved word of the dialect, upper-case
 * letters, a leading digit or {@code $}, or any character other than a letter, digit, {@code _}
 * or {@code $}. The reserved words are each dialect's, in its package.
 */
public final class IdentifierQuoter {

    private final Set<String> reservedWords;
    private final char quote;

    public IdentifierQuoter(Set<String> reservedWords, char quote) {
        this.reservedWords = Set.copyOf(reservedWords);
        this.quote = quote;
    }

    /** The words of {@code text}, separated by white space, as an immutable set (a dialect's reserved words). */
    public static Set<String> words(String text) {
        return Set.copyOf(Words.of(text));
    }

    public boolean requiresQuotes(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return reservedWords.contains(lower)
                || Character.isDigit(name.charAt(0)) || name.charAt(0) == '$'
                || !isLegal(name)
                || !lower.equals(name);
    }

    /** {@code ^[A-Za-z0-9_$]+$}, SQLAlchemy's legal characters. */
    private static boolean isLegal(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$')) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    public String quote(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("An identifier cannot be empty");
        }
        if (!requiresQuotes(name)) {
            return name;
        }
        String q = String.valueOf(quote);
        return q + name.replace(q, q + q) + q;
    }
}
