package org.alembic4j.runtime.testsupport;

import java.util.ArrayList;
import java.util.List;

/**
 * Log lines recorded by {@link CapturingLoggerProvider}, formatted like Alembic's console
 * ({@code INFO  [alembic.runtime.migration] message}). Tests run one at a time per JVM.
 */
public final class LogCapture implements AutoCloseable {

    private static final List<String> LINES = new ArrayList<>();
    private static boolean active;

    private LogCapture() {
    }

    public static LogCapture start() {
        synchronized (LINES) {
            LINES.clear();
            active = true;
        }
        return new LogCapture();
    }

    static void record(String level, String logger, String message) {
        String line = String.format("%-5s [%s] %s", level, logger, message);
        if (Boolean.getBoolean("alembic4j.test.log.stderr")) {
            System.err.println(line);
        }
        synchronized (LINES) {
            if (active) {
                LINES.add(line);
            }
        }
    }

    /** The lines recorded so far from loggers whose name starts with {@code prefix}. */
    public List<String> lines(String prefix) {
        synchronized (LINES) {
            return LINES.stream().filter(l -> l.substring(7).startsWith(prefix)).toList();
        }
    }

    @Override
    public void close() {
        synchronized (LINES) {
            active = false;
            LINES.clear();
        }
    }
}
