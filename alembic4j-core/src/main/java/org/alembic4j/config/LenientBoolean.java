package org.alembic4j.config;

import java.util.Locale;
import org.alembic4j.AlembicException;

/** SQLAlchemy's {@code asbool}, which Alembic uses for {@code revision_environment}. */
final class LenientBoolean {

    private LenientBoolean() {
    }

    /** Null means false; anything not recognised is an error naming the key. */
    static boolean parse(String key, String value) {
        if (value == null) {
            return false;
        }
        return switch (PyText.strip(value).toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "y", "t", "1" -> true;
            case "false", "no", "off", "n", "f", "0" -> false;
            default -> throw new AlembicException(key + ": String is not true/false: " + PyText.repr(value));
        };
    }
}
