package org.alembic4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeferredFlushStreamTest {

    /** Records each write that reaches the file descriptor's stand-in. */
    private static final class Writes extends OutputStream {
        final List<String> writes = new ArrayList<>();
        final ByteArrayOutputStream all = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            writes.add(new String(b, off, len, StandardCharsets.UTF_8));
            all.write(b, off, len);
        }

        synchronized int count() {
            return writes.size();
        }

        synchronized String text() {
            return all.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void manyFlushedLinesReachTheTargetInOneWrite() throws Exception {
        Writes target = new Writes();
        DeferredFlushStream stream = new DeferredFlushStream(target, 60_000, 8192);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            String line = "INFO  [alembic.runtime.migration] Running upgrade " + i + "\n";
            stream.write(line.getBytes(StandardCharsets.UTF_8), 0, line.length());
            stream.flush();
            expected.append(line);
        }
        assertThat(target.count()).isZero();
        stream.flushNow();
        assertThat(target.writes).hasSize(1);
        assertThat(target.text()).isEqualTo(expected.toString());
    }

    @Test
    void aFlushedLineShowsWithinTheDelayWithoutMoreOutput() throws Exception {
        Writes target = new Writes();
        DeferredFlushStream stream = new DeferredFlushStream(target, 50, 8192);
        stream.write("waiting for the lock\n".getBytes(StandardCharsets.UTF_8));
        stream.flush();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (target.count() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(target.text()).isEqualTo("waiting for the lock\n");
    }

    @Test
    void writesLargerThanTheBufferKeepTheirOrder() throws Exception {
        Writes target = new Writes();
        DeferredFlushStream stream = new DeferredFlushStream(target, 60_000, 8192);
        byte[] big = "x".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        stream.write('a');
        stream.write(big, 0, big.length);
        stream.write('b');
        stream.flushNow();
        assertThat(target.text()).isEqualTo("a" + "x".repeat(20_000) + "b");
    }

    @Test
    void unflushedBytesWaitForFlushNow() throws Exception {
        Writes target = new Writes();
        DeferredFlushStream stream = new DeferredFlushStream(target, 1, 8192);
        stream.write("partial".getBytes(StandardCharsets.UTF_8));
        Thread.sleep(50);
        assertThat(target.count()).isZero();   // nobody asked for a flush
        stream.flushNow();
        assertThat(target.text()).isEqualTo("partial");
    }
}
