package org.alembic4j.cli.logging;

import org.slf4j.event.Level;

/**
 * The threshold of each logger, as Alembic's generic {@code alembic.ini} sets it: {@code alembic.*}
 * at INFO, everything else (drivers, libraries) at WARN.
 *
 * <p>The CLI may change both before the first log line through the system properties
 * {@code alembic4j.log.alembic} and {@code alembic4j.log.root} (level names as in the ini:
 * DEBUG, INFO, WARN, WARNING, ERROR, CRITICAL, NOTSET).
 */
final class LogLevels {

    static final String ALEMBIC_PROPERTY = "alembic4j.log.alembic";
    static final String ROOT_PROPERTY = "alembic4j.log.root";

    boolean isEnabled(String loggerName, Level level) {
        String property = loggerName.equals("alembic") || loggerName.startsWith("alembic.")
                ? ALEMBIC_PROPERTY : ROOT_PROPERTY;
        Level threshold = parse(System.getProperty(property),
                property.equals(ALEMBIC_PROPERTY) ? Level.INFO : Level.WARN);
        return level.toInt() >= threshold.toInt();
    }

    static Level parse(String name, Level fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        switch (name.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "NOTSET":
            case "TRACE":
                return Level.TRACE;
            case "DEBUG":
                return Level.DEBUG;
            case "INFO":
                return Level.INFO;
            case "WARN":
            case "WARNING":
                return Level.WARN;
            case "ERROR":
            case "CRITICAL":
            case "FATAL":
                return Level.ERROR;
            default:
                return fallback;
        }
    }
}
