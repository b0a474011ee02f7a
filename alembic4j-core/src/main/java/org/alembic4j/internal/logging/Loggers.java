package org.alembic4j.internal.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * alembic4j's loggers, never SLF4J's stand-ins.
 *
 * <p>SLF4J binds its provider once, inside {@code synchronized (LoggerFactory.class)}; a thread
 * that asks for a logger while another thread is binding is not made to wait but handed a
 * substitute that queues its events, to be replayed when the binding ends, and only into a
 * provider that accepts replayed events. The command line binds on its warm-up thread while the
 * main thread starts logging, so the main thread's first lines ({@code Context impl ...}) were
 * sometimes queued, then dropped with a warning. Taking the same lock around {@code getLogger}
 * waits for a binding in progress (or does the binding, if none has started), so the logger
 * returned is the provider's own and lines come out in the order they were logged.
 */
public final class Loggers {

    private Loggers() {
    }

    /** The logger called {@code name}, from the bound provider. */
    public static Logger named(String name) {
        synchronized (LoggerFactory.class) {
            return LoggerFactory.getLogger(name);
        }
    }
}
