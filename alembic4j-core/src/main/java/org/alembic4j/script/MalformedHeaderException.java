package org.alembic4j.script;

/** A header parse failure at a line; the caller adds the file name. */
final class MalformedHeaderException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;

    MalformedHeaderException(int line, String detail) {
        super(detail);
        this.line = line;
    }

    int line() {
        return line;
    }
}
