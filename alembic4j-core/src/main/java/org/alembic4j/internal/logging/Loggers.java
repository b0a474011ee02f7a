package org.alembic4j.internal.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * alembic4j's loggers: from the factory the process's owner chose, else from SLF4J's bound
 * provider, never SLF4J's stand-ins.
 *
 * <p>SLF4J binds its provider once, inside {@code synchronized (LoggerFactory.class)}; a thread
 * that asks for a logger while another thread is binding is not made to wait but handed a
 * substitute that queues its events, to be replayed when the binding ends, and only into a
 * provider that accepts replayed events. Taking the same lock around {@code getLogger} waits for
 * a binding in progress (or does the binding, if none has started), so the logger returned is
 * the provider's own and lines come out in the order they were logged.
 *
 * <p>Binding means finding the provider through {@code ServiceLoader}: opening every jar on the
 * class path and reading its central directory, about 20 ms of a cold JVM with the command line's
 * eight jars, which the class-data archive otherwise never opens. The command line, which owns
 * its process and knows its one provider, hands that provider's factory to {@link #use} instead;
 * code that asks SLF4J itself (env.java, a driver, Hibernate) still gets SLF4J's binding, of the
 * same provider, when it first asks.
 */
public final class Loggers {

    /** Set once, by the process's owner, before the first logger is made; null in a library. */
    private static volatile ILoggerFactory chosen;

    private Loggers() {
    }

    /**
     * Makes alembic4j's loggers come from {@code factory} rather than SLF4J's binding: for the
     * owner of the process (the command line), before anything logs. Loggers already made keep
     * their factory.
     */
    public static void use(ILoggerFactory factory) {
        chosen = factory;
    }

    /** Whether {@link #use} chose a factory: SLF4J then binds only when other code asks it. */
    public static boolean factoryChosen() {
        return chosen != null;
    }

    /** The logger called {@code name}. */
    public static Logger named(String name) {
        ILoggerFactory factory = chosen;
        if (factory != null) {
            return factory.getLogger(name);
        }
        synchronized (LoggerFactory.class) {
            return LoggerFactory.getLogger(name);
        }
    }
}
