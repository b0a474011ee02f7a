package org.alembic4j.internal.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work started on a daemon thread of its own, whose result the starter takes later: how a
 * command overlaps independent work on a two-core machine (reading the revision graph while
 * env.java runs, rendering a downgrade while the upgrade renders). What the work throws reaches
 * {@link #join()} unchanged, so errors read the same as if the work had run in place.
 *
 * @param <T> the result
 */
public final class BackgroundTask<T> {

    private final String name;
    private final FutureTask<T> task;

    private BackgroundTask(String name, Callable<T> work) {
        this.name = name;
        this.task = new FutureTask<>(work);
    }

    /** Starts {@code work} on a daemon thread named {@code name}. */
    public static <T> BackgroundTask<T> start(String name, Callable<T> work) {
        BackgroundTask<T> background = new BackgroundTask<>(name, work);
        Thread thread = new Thread(background.task, name);
        thread.setDaemon(true);
        thread.start();
        return background;
    }

    /**
     * The result, once there: an unchecked exception or error the work threw is rethrown as is;
     * a checked one (which the work's signature allows but callers here never throw) is wrapped.
     */
    public T join() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(name + " failed: " + cause, cause);
        }
    }
}
