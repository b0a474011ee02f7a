package org.alembic4j.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Python snippet with {@code python3}, when it is installed, so tests can check the Java
 * clones against the real {@code configparser}, {@code %}-formatting and regular expressions.
 * Tests always assert fixed expected values as well, so they also run without Python.
 *
 * <p>Protocol: the script reads UTF-8 arguments as hex lines on stdin and prints its results as
 * hex-encoded UTF-8, one per line.
 */
public final class PythonReference {

    private static Boolean available;

    private PythonReference() {
    }

    public static synchronized boolean isAvailable() {
        if (available == null) {
            available = run("emit('ok')\n", List.of()).map(r -> r.equals(List.of("ok"))).orElse(false);
        }
        return available;
    }

    /** Prelude giving the script {@code args} (decoded input lines) and {@code emit(str)}. */
    private static final String PRELUDE = """
            import sys, binascii
            args = [binascii.unhexlify(l.strip()[1:]).decode('utf-8') for l in sys.stdin if l.strip()]
            def emit(s):
                print('x' + binascii.hexlify(s.encode('utf-8')).decode('ascii'))
            """;

    /** Runs {@code script} (after the prelude) with {@code inputs}; empty if Python can't run. */
    public static Optional<List<String>> run(String script, List<String> inputs) {
        ProcessBuilder pb = new ProcessBuilder("python3", "-c", PRELUDE + script);
        pb.redirectErrorStream(false);
        try {
            Process p = pb.start();
            try (OutputStream stdin = p.getOutputStream()) {
                for (String in : inputs) {
                    stdin.write(("x" + HexFormat.of().formatHex(in.getBytes(StandardCharsets.UTF_8)) + "\n")
                            .getBytes(StandardCharsets.US_ASCII));
                }
            }
            byte[] out = readAll(p.getInputStream());
            byte[] err = readAll(p.getErrorStream());
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("python3 failed: " + new String(err, StandardCharsets.UTF_8));
            }
            List<String> results = new ArrayList<>();
            for (String line : new String(out, StandardCharsets.US_ASCII).split("\n")) {
                if (!line.isBlank()) {
                    String hex = line.strip().substring(1);
                    results.add(new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8));
                }
            }
            return Optional.of(results);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        in.transferTo(buf);
        return buf.toByteArray();
    }
}
