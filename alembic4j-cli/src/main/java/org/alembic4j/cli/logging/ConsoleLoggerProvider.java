package org.alembic4j.cli.logging;

import org.alembic4j.internal.logging.Loggers;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The command line's SLF4J binding: writes Alembic's log format on standard error.
 *
 * <p>A full logging framework would cost start-up time (the CLI runs on every deploy) and would
 * need configuration to print exactly Alembic's {@code INFO  [alembic.runtime.migration] ...}
 * lines, so the CLI carries this small provider instead. Applications that embed the library
 * bring their own binding.
 */
public final class ConsoleLoggerProvider implements SLF4JServiceProvider {

    /** SLF4J's system property saying how much of its own start-up to report. */
    private static final String VERBOSITY_PROPERTY = "slf4j.internal.verbosity";
    /** JBoss Logging's choice of back end. */
    private static final String JBOSS_LOGGING_PROPERTY = "org.jboss.logging.provider";

    private final LogLevels levels = new LogLevels();

    /**
     * Makes this provider the command's logging: alembic4j's own loggers come from it directly
     * ({@link Loggers#use}), so a command that nothing else logs in never binds SLF4J, a search of
     * every jar on the class path through {@code ServiceLoader} (about 20 ms of a cold JVM; naming
     * the provider in {@code slf4j.provider} instead costs as much, as SLF4J then formats an
     * announcement with {@code String.format}, whose first use compiles a regular expression).
     * Code that asks SLF4J itself (env.java, a driver, Hibernate) binds it then and finds this
     * provider through its service entry; SLF4J's own reports are kept to warnings.
     */
    public static void select() {
        Loggers.use(new ConsoleLoggerProvider().getLoggerFactory());
        if (System.getProperty(VERBOSITY_PROPERTY) == null) {
            System.setProperty(VERBOSITY_PROPERTY, "WARN");
        }
        // Hibernate (the JPA module) logs through JBoss Logging, which writes to java.util.logging
        // unless Logback is present: its INFO banners would break into the command's output.
        // Through SLF4J they follow alembic.ini's [loggers] like every other logger.
        if (System.getProperty(JBOSS_LOGGING_PROPERTY) == null) {
            System.setProperty(JBOSS_LOGGING_PROPERTY, "slf4j");
        }
    }
    // A class, not a lambda: made by every command, and a JVM's first lambda costs milliseconds.
    private final ILoggerFactory loggerFactory = new ILoggerFactory() {
        @Override
        public Logger getLogger(String name) {
            return new ConsoleLogger(name, levels);
        }
    };
    private final IMarkerFactory markerFactory = new BasicMarkerFactory();
    private final MDCAdapter mdcAdapter = new NOPMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggerFactory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markerFactory;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdcAdapter;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // Levels are read lazily from the system properties LogLevels documents.
    }
}
