package org.alembic4j.script;

import java.io.Reader;

/**
 * A reader that serves a header and then endless filler, failing once a megabyte has been read:
 * a parser that does not stop at the end of the header fails the test instead of hanging.
 */
final class EndlessReader extends Reader {

    private final String header;
    private long served;

    EndlessReader(String header) {
        this.header = header;
    }

    @Override
    public int read(char[] buf, int off, int len) {
        if (served > 1_000_000) {
            throw new IllegalStateException("read past the header");
        }
        for (int i = 0; i < len; i++, served++) {
            buf[off + i] = served < header.length() ? header.charAt((int) served) : 'x';
        }
        return len;
    }

    @Override
    public void close() {
    }
}
