package org.alembic4j;

/**
 * A command could not be carried out, for a reason the user can act on.
 *
 * <p>This is Alembic's {@code CommandError}: the command line prints {@code FAILED: <message>} on
 * standard output and exits with status 255. The message must name the file, revision or option
 * at fault, because that message is all the user sees.
 */
public class AlembicException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AlembicException(String message) {
        super(message);
    }

    public AlembicException(String message, Throwable cause) {
        super(message, cause);
    }
}
