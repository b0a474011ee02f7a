package org.alembic4j.cli.logging;

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

    /** SLF4J's system properties: which provider to bind, and how much of its own start-up to report. */
    private static final String PROVIDER_PROPERTY = "slf4j.provider";
    private static final String VERBOSITY_PROPERTY = "slf4j.internal.verbosity";

    private final LogLevels levels = new LogLevels();

    /**
     * Names this provider to SLF4J before its first logger is made, unless the JVM was told
     * otherwise. Without the name SLF4J finds providers with a {@code ServiceLoader} search of
     * every jar on the class path, which with the CLI's two dozen jars took tens of
     * milliseconds of each command. The named route announces itself at INFO on standard error,
     * so SLF4J's own reports are kept to warnings, which is all it printed before.
     */
    public static void select() {
        if (System.getProperty(PROVIDER_PROPERTY) == null) {
            System.setProperty(PROVIDER_PROPERTY, ConsoleLoggerProvider.class.getName());
            if (System.getProperty(VERBOSITY_PROPERTY) == null) {
                System.setProperty(VERBOSITY_PROPERTY, "WARN");
            }
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
