package org.alembic4j.runtime;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the command line says about one run, before the environment hook adds its settings.
 *
 * @param offline                  {@code --sql}
 * @param offlineOutput            where offline SQL goes (standard output); flushed, never closed; null online
 * @param outputEncoding           encoding of the offline output (Alembic's {@code output_encoding}, default UTF-8)
 * @param startingHeads            offline only: the heads the script starts from (the {@code FROM} of
 *                                 {@code FROM:TO}); empty means base
 * @param xArguments               the {@code -x} values, in order
 * @param tag                      the {@code --tag} value, or null
 * @param transactionPerMigration  one transaction per step (the hook may also set it)
 */
public record Invocation(boolean offline, OutputStream offlineOutput, Charset outputEncoding, Set<String> startingHeads,
                         List<String> xArguments, String tag, boolean transactionPerMigration) {

    public Invocation {
        outputEncoding = outputEncoding == null ? StandardCharsets.UTF_8 : outputEncoding;
        startingHeads = Set.copyOf(startingHeads);
        xArguments = List.copyOf(xArguments);
        if (offline) {
            Objects.requireNonNull(offlineOutput, "offlineOutput is required offline");
        }
    }

    /** An online run with no {@code -x}, no tag. */
    public static Invocation online() {
        return new Invocation(false, null, null, Set.of(), List.of(), null, false);
    }

    /** An offline run starting from {@code startingHeads}, writing UTF-8 to {@code out}. */
    public static Invocation offline(OutputStream out, Set<String> startingHeads) {
        return new Invocation(true, out, StandardCharsets.UTF_8, startingHeads, List.of(), null, false);
    }

    public Invocation withXArguments(List<String> x) {
        return new Invocation(offline, offlineOutput, outputEncoding, startingHeads, x, tag, transactionPerMigration);
    }

    public Invocation withTag(String newTag) {
        return new Invocation(offline, offlineOutput, outputEncoding, startingHeads, xArguments, newTag,
                transactionPerMigration);
    }

    public Invocation withTransactionPerMigration(boolean enabled) {
        return new Invocation(offline, offlineOutput, outputEncoding, startingHeads, xArguments, tag, enabled);
    }

    public Invocation withOutputEncoding(Charset encoding) {
        return new Invocation(offline, offlineOutput, encoding, startingHeads, xArguments, tag, transactionPerMigration);
    }
}
