package org.alembic4j.script;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Characters pulled from a reader on demand, with one-or-two character look-ahead and a line
 * counter, so a header parser can stop reading as soon as the header ends.
 */
final class CharCursor {

    static final int EOF = -1;

    private final Reader in;
    private final char[] buf;
    private int pos;
    private int len;
    private boolean eof;
    private int line = 1;

    CharCursor(Reader in) {
        this(in, new char[8192]);
    }

    /** Uses {@code buffer} (which may be reused once this cursor is done) for look-ahead. */
    CharCursor(Reader in, char[] buffer) {
        this.in = in;
        this.buf = buffer;
    }

    /** Closes the underlying reader. */
    void close() throws IOException {
        in.close();
    }

    int line() {
        return line;
    }

    /** The character {@code ahead} positions on (0 = next), or {@link #EOF}. */
    int peek(int ahead) {
        while (pos + ahead >= len && !eof) {
            fill();
        }
        return pos + ahead < len ? buf[pos + ahead] : EOF;
    }

    int peek() {
        return peek(0);
    }

    int next() {
        int c = peek(0);
        if (c != EOF) {
            pos++;
            if (c == '\n') {
                line++;
            }
        }
        return c;
    }

    private void fill() {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, len - pos);
            len -= pos;
            pos = 0;
        }
        try {
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                eof = true;
            } else {
                len += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
