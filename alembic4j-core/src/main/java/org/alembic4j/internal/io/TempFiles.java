package org.alembic4j.internal.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Temporary files beside the file they will replace, for atomic writes (write, then move or link
 * into place).
 *
 * <p>{@link Files#createTempFile} names files from a {@code SecureRandom}, whose first use in a
 * process seeds a DRBG: 10-15 ms of a command that writes one revision file. Uniqueness is all
 * that is needed here (the file is created with {@code CREATE_NEW}, so a clash is retried, never
 * shared), and time, a counter and a per-process number give it. (Not the process id:
 * {@code ProcessHandle.current()} sets up the JDK's process reaper, lambdas included, a few
 * milliseconds of a cold command.)
 */
public final class TempFiles {

    private static final AtomicLong COUNTER = new AtomicLong();
    /** Differs between processes in practice (an identity hash); a clash only costs a retry. */
    private static final String PROCESS = Integer.toHexString(System.identityHashCode(COUNTER));

    private TempFiles() {
    }

    /** Creates a new empty file in {@code dir} named {@code prefix<unique>suffix}. */
    public static Path create(Path dir, String prefix, String suffix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = dir.resolve(prefix + PROCESS + "-" + Long.toHexString(System.nanoTime()) + "-"
                    + COUNTER.incrementAndGet() + suffix);
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException clash) {
                if (attempt >= 100) {
                    throw clash;
                }
            }
        }
    }

    /**
     * Replaces {@code target} with {@code text} (UTF-8) all at once: written beside it, then moved
     * over it, so a concurrent reader sees the old file or the new one, never part of one. The
     * temporary file never stays behind.
     */
    public static void replace(Path target, CharSequence text) throws IOException {
        Path temp = createBeside(target);
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** As {@link #replace(Path, CharSequence)}, for content that is already bytes. */
    public static void replace(Path target, byte[] content) throws IOException {
        Path temp = createBeside(target);
        try {
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path createBeside(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return create(target.getParent(), "." + target.getFileName() + ".", ".tmp");
    }
}
