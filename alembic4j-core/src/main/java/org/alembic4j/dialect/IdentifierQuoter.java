package org.alembic4j.dialect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SQLAlchemy's rule for when a name needs quotes: a reserved word of the dialect, upper-case
 * letters, a leading digit or {@code $}, or any character other than a letter, digit, {@code _}
 * or {@code $}. The reserved words come from a resource file per dialect.
 */
public final class IdentifierQuoter {

    private final Set<String> reservedWords;
    private final char quote;

    public IdentifierQuoter(Set<String> reservedWords, char quote) {
        this.reservedWords = Set.copyOf(reservedWords);
        this.quote = quote;
    }

    /**
     * Loads {@code <resource>} (one lower-case word per line) next to this class. Split by hand:
     * every command that touches a database loads a list of several hundred words, cold.
     */
    public static Set<String> reservedWords(String resource) {
        Set<String> words = RESERVED_WORDS.get(resource);
        if (words == null) {
            words = Set.copyOf(readReservedWords(resource));
            RESERVED_WORDS.putIfAbsent(resource, words);
        }
        return words;
    }

    /**
     * The word lists read so far, by resource: immutable data of the jar, read once per process
     * (a background warm-up may read them before the dialect is made).
     */
    private static final ConcurrentHashMap<String, Set<String>> RESERVED_WORDS = new ConcurrentHashMap<>();

    private static Set<String> readReservedWords(String resource) {
        try (InputStream in = IdentifierQuoter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing reserved word list " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Set<String> words = new HashSet<>();
            for (int start = 0, end; start < text.length(); start = end + 1) {
                end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                String word = text.substring(start, end).trim();
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
