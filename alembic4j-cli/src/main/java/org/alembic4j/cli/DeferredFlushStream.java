package org.alembic4j.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output or error when they are not a terminal: {@link #flush()} only promises that what
 * was written reaches the file descriptor within {@code delayMillis}, so the log line and the SQL
 * each revision of an `upgrade --sql` of 1000 revisions writes cost a few system calls instead of
 * 2000 (about 20 ms on a virtual machine). Every writer of the stream goes through the one buffer,
 * so lines keep their order; {@link #flushNow()} (before exit, and from a shutdown hook) empties
 * it. A line followed by a long statement still shows within the delay: a daemon thread flushes
 * what has waited that long.
 */
final class DeferredFlushStream extends OutputStream {

    private final OutputStream target;
    private final long delayNanos;
    // guarded by this
    private final byte[] buffer;
    private int count;
    private long firstPendingAt;
    private boolean flushRequested;
    private Thread flusher;

    DeferredFlushStream(OutputStream target, long delayMillis, int bufferSize) {
        this.target = target;
        this.buffer = new byte[bufferSize];
        this.delayNanos = delayMillis * 1_000_000L;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (count == buffer.length) {
            drain();
        }
        mark();
        buffer[count++] = (byte) b;
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        if (length > buffer.length - count) {
            drain();
            if (length >= buffer.length) {
                target.write(bytes, offset, length);
                target.flush();
                return;
            }
        }
        mark();
        System.arraycopy(bytes, offset, buffer, count, length);
        count += length;
    }

    /** Flushes within the delay, from the flusher thread (started on first use). */
    @Override
    public synchronized void flush() {
        if (count == 0 || flushRequested) {
            return;
        }
        flushRequested = true;
        if (flusher == null) {
            flusher = new Thread(new Flusher(this), "alembic4j-flush");
            flusher.setDaemon(true);
            flusher.start();
        } else {
            notifyAll();
        }
    }

    /** The flusher thread's work; a named class, which the class-data training loads. */
    private static final class Flusher implements Runnable {
        private final DeferredFlushStream stream;

        Flusher(DeferredFlushStream stream) {
            this.stream = stream;
        }

        @Override
        public void run() {
            stream.flushWhenDue();
        }
    }

    /** Writes out everything buffered, now. */
    synchronized void flushNow() {
        try {
            drain();
        } catch (IOException ignored) {
            // standard error is gone: nothing left to tell
        }
    }

    private void mark() {
        if (count == 0) {
            firstPendingAt = System.nanoTime();
        }
    }

    private void drain() throws IOException {
        flushRequested = false;
        if (count > 0) {
            int n = count;
            count = 0;
            target.write(buffer, 0, n);
        }
        target.flush();
    }

    private synchronized void flushWhenDue() {
        try {
            while (true) {
                if (!flushRequested || count == 0) {
                    flushRequested = false;
                    wait();
                    continue;
                }
                long remaining = firstPendingAt + delayNanos - System.nanoTime();
                if (remaining <= 0) {
                    drain();
                } else {
                    wait(remaining / 1_000_000L + 1);
                }
            }
        } catch (InterruptedException | IOException e) {
            // the JVM is going down, or standard error is gone
        }
    }
}
