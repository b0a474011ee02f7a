package org.alembic4j.internal.concurrent;

import java.util.concurrent.Callable;

/**
 * Work started on a daemon thread of its own, whose result the starter takes later: how a
 * command overlaps independent work on a two-core machine (reading the revision graph while
 * env.java runs, connecting while the hook builds its schema, rendering a downgrade while the
 * upgrade renders). What the work throws reaches {@link #join()} unchanged, so errors read the
 * same as if the work had run in place.
 *
 * <p>A monitor rather than {@code FutureTask}: initialising FutureTask's VarHandles is some
 * 3 ms of a cold JVM, paid on the start-up path of every command that uses one.
 *
 * @param <T> the result
 */
public final class BackgroundTask<T> {

    private final String name;
    // guarded by this
    private boolean done;
    private T value;
    private Throwable failure;

    private BackgroundTask(String name) {
        this.name = name;
    }

    /** Starts {@code work} on a daemon thread named {@code name}. */
    public static <T> BackgroundTask<T> start(String name, Callable<T> work) {
        BackgroundTask<T> task = new BackgroundTask<>(name);
        Thread thread = new Thread(new Runnable() {
            @Override
            public void run() {
                task.complete(work);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private void complete(Callable<T> work) {
        T result = null;
        Throwable thrown = null;
        try {
            result = work.call();
        } catch (Throwable t) {
            thrown = t;
        }
        synchronized (this) {
            value = result;
            failure = thrown;
            done = true;
            notifyAll();
        }
    }

    /** Whether the work has finished, one way or the other. */
    public synchronized boolean isDone() {
        return done;
    }

    /**
     * The result, once there: an unchecked exception or error the work threw is rethrown as is;
     * a checked one (which the work's signature allows but callers here never throw) is wrapped.
     */
    public T join() {
        return join(RuntimeException.class);
    }

    /**
     * The result, once there; what the work threw of type {@code passed}, unchecked exceptions and
     * errors are rethrown as they are, any other checked exception is wrapped.
     */
    public <X extends Exception> T join(Class<X> passed) throws X {
        Throwable thrown;
        synchronized (this) {
            while (!done) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for " + name, e);
                }
            }
            if (failure == null) {
                return value;
            }
            thrown = failure;
        }
        if (passed.isInstance(thrown)) {
            throw passed.cast(thrown);
        }
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(name + " failed: " + thrown, thrown);
    }
}
