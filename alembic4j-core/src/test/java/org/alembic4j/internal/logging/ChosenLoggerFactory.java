package org.alembic4j.internal.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.NOPLogger;

/**
 * A logger factory a process owner hands to {@link Loggers#use}, as the command line does. Loaded
 * only in LoggersTest's own class loader, beside its own copy of slf4j-api.
 */
public final class ChosenLoggerFactory implements ILoggerFactory {

    /** What this factory makes: a logger of a class of its own, told apart from SLF4J's. */
    public static final class ChosenLogger extends NOPLogger {
        private static final long serialVersionUID = 1L;
    }

    /** Makes this factory alembic4j's. */
    public static String install() {
        Loggers.use(new ChosenLoggerFactory());
        return "installed";
    }

    @Override
    public Logger getLogger(String name) {
        return new ChosenLogger();
    }
}
