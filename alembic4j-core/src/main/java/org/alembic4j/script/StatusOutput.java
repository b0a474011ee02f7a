package org.alembic4j.script;

import java.io.IOException;
import java.io.PrintStream;
import org.alembic4j.AlembicException;

/**
 * Where commands write what they tell the user on standard output: Alembic's status lines
 * ({@code Generating <path> ...  done}) and messages. The command line decides about {@code -q}
 * and terminal wrapping by choosing the implementation.
 */
@FunctionalInterface
public interface StatusOutput {

    /** Writes text exactly as given; no newline is added. */
    void write(String text);

    /** Writes one line. */
    default void message(String line) {
        write(line + "\n");
    }

    /**
     * Runs {@code action} between {@code "<text> ..."} and {@code "  done"} (or {@code "  FAILED"}),
     * as Alembic's {@code util.status} does. An I/O failure becomes an {@link AlembicException}
     * naming {@code text}.
     */
    default void status(String text, Action action) {
        write(text + " ...");
        try {
            action.run();
        } catch (IOException | RuntimeException e) {
            write("  FAILED\n");
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AlembicException(text + " failed: " + e, e);
        }
        write("  done\n");
    }

    /** Work done inside a status line. */
    @FunctionalInterface
    interface Action {
        void run() throws IOException;
    }

    /** Output to a stream, flushed after every write so status lines appear as work proceeds. */
    static StatusOutput to(PrintStream stream) {
        // A class, not a lambda: every command makes one, and a JVM's first lambda costs milliseconds.
        return new StatusOutput() {
            @Override
            public void write(String text) {
                stream.print(text);
                stream.flush();
            }
        };
    }

    /** Output that is discarded ({@code -q}). */
    static StatusOutput silent() {
        return text -> {
        };
    }
}
