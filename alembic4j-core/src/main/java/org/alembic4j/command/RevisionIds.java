package org.alembic4j.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.UUID;

/**
 * New revision ids, as Alembic makes them: the last 12 hex digits of a random (version 4) UUID,
 * which are 48 random bits. Those bits come straight from the kernel's random source where there
 * is one: {@link UUID#randomUUID()} goes through {@code SecureRandom}, whose first use in a JVM
 * (security providers, a SHA-1 mixing generator) cost a cold `revision` command some 30 ms.
 */
final class RevisionIds {

    private static final Path KERNEL_RANDOM = Path.of("/dev/urandom");

    private RevisionIds() {
    }

    static String random() {
        byte[] bits = kernelRandom(6);
        if (bits == null) {
            String hex = UUID.randomUUID().toString().replace("-", "");
            return hex.substring(hex.length() - 12);
        }
        return hex(bits);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** {@code n} bytes from {@code /dev/urandom}, or null where it can't be read (Windows). */
    private static byte[] kernelRandom(int n) {
        try (InputStream in = Files.newInputStream(KERNEL_RANDOM)) {
            byte[] bytes = in.readNBytes(n);
            return bytes.length == n ? bytes : null;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }
}
