package org.alembic4j.dialect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SQLAlchemy's rule for when a name needs quotes: a reserved word of the dialect, upper-case
 * letters, a leading digit or {@code $}, or any character other than a letter, digit, {@code _}
 * or {@code $}. The reserved words come from a resource file per dialect.
 */
public final class IdentifierQuoter {

    private static final Pattern LEGAL = Pattern.compile("^[A-Za-z0-9_$]+$");

    private final Set<String> reservedWords;
    private final char quote;

    public IdentifierQuoter(Set<String> reservedWords, char quote) {
        this.reservedWords = Set.copyOf(reservedWords);
        this.quote = quote;
    }

    /** Loads {@code <resource>} (one lower-case word per line) next to this class. */
    public static Set<String> reservedWords(String resource) {
        try (InputStream in = IdentifierQuoter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing reserved word list " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean requiresQuotes(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return reservedWords.contains(lower)
                || Character.isDigit(name.charAt(0)) || name.charAt(0) == '$'
                || !LEGAL.matcher(name).matches()
                || !lower.equals(name);
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
