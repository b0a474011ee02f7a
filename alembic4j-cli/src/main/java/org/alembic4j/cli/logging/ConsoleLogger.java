package org.alembic4j.cli.logging;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventAware;

/**
 * One named logger writing {@code LEVEL [name] message} to standard error, the level padded or
 * cut to five characters as Python's {@code %(levelname)-5.5s} does ({@code INFO }, {@code WARNI}).
 *
 * <p>Public only for SLF4J's replay, which calls {@link #log(LoggingEvent)} reflectively on this
 * class (a package-private class would fail that call silently); made by the provider only.
 */
public final class ConsoleLogger extends LegacyAbstractLogger implements LoggingEventAware {
    private static final long serialVersionUID = 1L;

    private final transient LogLevels levels;

    ConsoleLogger(String name, LogLevels levels) {
        this.name = name;
        this.levels = levels;
    }

    @Override
    public boolean isTraceEnabled() {
        return levels.isEnabled(name, Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return levels.isEnabled(name, Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return levels.isEnabled(name, Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return levels.isEnabled(name, Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return levels.isEnabled(name, Level.ERROR);
    }

    /**
     * An event logged through SLF4J's stand-in logger while the provider was still being bound on
     * another thread, replayed now. Without this the events were dropped with a warning (SLF4J
     * replays only into loggers that take events); alembic4j's own loggers wait for the binding
     * instead ({@code Loggers}), but code of the user's (env.java, JPA) may log from any thread.
     */
    @Override
    public void log(LoggingEvent event) {
        Level level = event.getLevel();
        if (level == null || !levels.isEnabled(name, level)) {
            return;
        }
        List<Marker> markers = event.getMarkers();
        Marker marker = markers == null || markers.isEmpty() ? null : markers.get(0);
        handleNormalizedLoggingCall(level, marker, event.getMessage(), event.getArgumentArray(), event.getThrowable());
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern,
                                               Object[] arguments, Throwable throwable) {
        String line = pythonLevelName(level) + " [" + name + "] " + format(pattern, arguments) + LINE_END;
        PrintStream err = System.err;
        synchronized (err) {
            if (isAscii(line)) {
                // The same bytes in every charset System.err may use, handed over in one write:
                // println's writer chain costs more, and `upgrade` logs a line per revision.
                byte[] bytes = line.getBytes(StandardCharsets.ISO_8859_1);
                err.write(bytes, 0, bytes.length);
            } else {
                err.print(line);
            }
            err.flush();
            if (throwable != null) {
                throwable.printStackTrace(err);
            }
        }
    }

    /**
     * SLF4J's {@code {}} substitution for the plain case, by hand: a run of 1000 revisions logs
     * 1000 lines, mostly before the JIT has compiled anything. Escapes and array arguments go to
     * SLF4J's own formatter.
     */
    static String format(String pattern, Object[] arguments) {
        if (pattern == null || arguments == null || arguments.length == 0) {
            return pattern;
        }
        if (pattern.indexOf('\\') >= 0) {
            return MessageFormatter.basicArrayFormat(pattern, arguments);
        }
        for (Object argument : arguments) {
            if (argument != null && argument.getClass().isArray()) {
                return MessageFormatter.basicArrayFormat(pattern, arguments);
            }
        }
        StringBuilder out = new StringBuilder(pattern.length() + 64);
        int from = 0;
        for (Object argument : arguments) {
            int at = pattern.indexOf("{}", from);
            if (at < 0) {
                break;
            }
            out.append(pattern, from, at).append(argument);
            from = at + 2;
        }
        return out.append(pattern, from, pattern.length()).toString();
    }

    private static final String LINE_END = System.lineSeparator();

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Python's level name padded or cut to five characters ({@code WARNING} is {@code WARNI}). */
    static String pythonLevelName(Level level) {
        // Constants, not String.format: a run of 1000 revisions logs 1000 lines.
        return switch (level) {
            case ERROR -> "ERROR";
            case WARN -> "WARNI";
            case INFO -> "INFO ";
            case DEBUG, TRACE -> "DEBUG";
        };
    }
}
