package org.alembic4j.internal.logging;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPLogger;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J provider whose binding stops half-way until released, to hold SLF4J in its
 * "initialisation in progress" state. Loaded only in LoggersTest's own class loader (with its own
 * copy of slf4j-api), never by the test JVM's SLF4J.
 */
public final class BlockingSlf4jProvider implements SLF4JServiceProvider, ILoggerFactory {

    private static final CountDownLatch ENTERED = new CountDownLatch(1);
    private static final CountDownLatch RELEASED = new CountDownLatch(1);

    /** Waits until some thread is inside {@link #initialize()}. */
    public static boolean awaitBinding() throws InterruptedException {
        return ENTERED.await(10, TimeUnit.SECONDS);
    }

    /** Whether any thread has started binding SLF4J to this provider. */
    public static boolean bindingStarted() {
        return ENTERED.getCount() == 0;
    }

    /** Lets the binding finish. */
    public static void release() {
        RELEASED.countDown();
    }

    @Override
    public void initialize() {
        ENTERED.countDown();
        try {
            RELEASED.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Logger getLogger(String name) {
        return NOPLogger.NOP_LOGGER;
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return this;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return new BasicMarkerFactory();
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return new NOPMDCAdapter();
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }
}
