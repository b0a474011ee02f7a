package org.alembic4j.testing;

import java.nio.file.Path;

/**
 * Where the shared reference material lives: the {@code shared/} folder beside the repository
 * (CI clones the repository with it alongside). The build passes its location as the system
 * property {@code alembic4j.shared}; tests run from an IDE fall back to {@code ../../shared}
 * relative to the module directory.
 */
public final class SharedReferences {
    private SharedReferences() {
    }

    /** The {@code shared/} folder. */
    public static Path root() {
        String configured = System.getProperty("alembic4j.shared");
        Path root = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().resolve("../../shared");
        return root.toAbsolutePath().normalize();
    }

    /** {@code shared/conformance}. */
    public static Path conformance() {
        return root().resolve("conformance");
    }
}
