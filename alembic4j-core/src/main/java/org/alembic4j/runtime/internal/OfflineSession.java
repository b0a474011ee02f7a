package org.alembic4j.runtime.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.util.Optional;
import org.alembic4j.runtime.MigrationContext;

/**
 * Offline ({@code --sql}) output in Alembic's exact shape: each statement with tabs turned into
 * four spaces, trimmed, then {@code ;} and a blank line; other text (the {@code -- Running}
 * comments) as is plus a blank line. {@code BEGIN;}/{@code COMMIT;} only where the dialect's
 * offline output has them: around the whole script, or around each step with
 * transaction-per-migration.
 *
 * <p>Output is flushed at the end of each step, not after each statement: in a terminal the
 * statements still follow the step's log line on standard error, and a run of 1000 revisions
 * makes 1000 writes instead of 3000.
 */
public final class OfflineSession implements Session {

    private final Writer out;
    private final boolean transactions;
    private final boolean perStep;

    /**
     * @param out           where the script goes; flushed, never closed
     * @param transactions  the dialect's offline output carries BEGIN/COMMIT
     * @param perStep       transaction per migration
     */
    public OfflineSession(Writer out, boolean transactions, boolean perStep) {
        this.out = out;
        this.transactions = transactions;
        this.perStep = perStep;
    }

    @Override
    public boolean isOffline() {
        return true;
    }

    @Override
    public Optional<Connection> connection() {
        return Optional.empty();
    }

    @Override
    public boolean commitsEachStep() {
        return false;
    }

    @Override
    public void sendHeld() {
        // statements are written as they come
    }

    @Override
    public boolean commitsOnlyAtEnd() {
        return false; // the script prints each step's version row where Alembic does
    }

    @Override
    public boolean ownsTransactions() {
        return false;
    }

    @Override
    public void execute(String sql) {
        write(sql.replace("\t", "    ").strip() + ";");
    }

    @Override
    public void staticOutput(String text) {
        write(text);
    }

    @Override
    public void beginRun() {
        if (transactions && !perStep) {
            execute("BEGIN");
        }
    }

    @Override
    public void checkpoint() {
        // nothing: an offline script is not executed here
    }

    @Override
    public void beginStep() {
        if (transactions && perStep) {
            execute("BEGIN");
        }
    }

    @Override
    public void endStep() {
        if (transactions && perStep) {
            execute("COMMIT");
        }
        flush();
    }

    @Override
    public void endRun() {
        if (transactions && !perStep) {
            execute("COMMIT");
        }
        flush();
    }

    @Override
    public void abort() {
        flush();
    }

    @Override
    public void autocommitBlock(MigrationContext.Block block) throws Exception {
        if (transactions) {
            execute("COMMIT");
        }
        block.run();
        if (transactions) {
            execute("BEGIN");
        }
    }

    @Override
    public void close() {
        flush();
    }

    private void write(String text) {
        try {
            out.write(text);
            out.write("\n\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the SQL output", e);
        }
    }

    private void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the SQL output", e);
        }
    }
}
