package org.alembic4j.internal.io;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Reads what a {@link ByteWriter} wrote, from one array: the file is read in one call, and each
 * string is made by the JDK's bulk decoding instead of a character loop (which a short-lived
 * JVM runs in the interpreter). Malformed input fails with a {@link RuntimeException} (an index
 * out of bounds, at worst): callers treat any failure as "no index".
 */
public final class ByteReader {

    private final byte[] bytes;
    private final int end;
    private int position;

    private ByteReader(byte[] bytes, int end) {
        this.bytes = bytes;
        this.end = end;
    }

    /**
     * A reader over {@code bytes} without their closing CRC-32, or null when the CRC doesn't
     * match (a damaged or foreign file).
     */
    public static ByteReader checked(byte[] bytes) {
        int end = bytes.length - 4;
        if (end < 0) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, end);
        return (int) crc.getValue() == intAt(bytes, end) ? new ByteReader(bytes, end) : null;
    }

    public int position() {
        return position;
    }

    /** Moves to {@code position} (one a reader was at before, or an entry's recorded offset). */
    public void seek(int newPosition) {
        if (newPosition < 0 || newPosition > end) {
            throw new IllegalStateException("position " + newPosition + " outside 0.." + end);
        }
        position = newPosition;
    }

    public boolean atEnd() {
        return position == end;
    }

    /** Whether the next bytes are {@code expected}; consumes them if they are. */
    public boolean skipIfEqual(byte[] expected) {
        if (end - position < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[position + i] != expected[i]) {
                return false;
            }
        }
        position += expected.length;
        return true;
    }

    public int readInt() {
        check(4);
        int v = intAt(bytes, position);
        position += 4;
        return v;
    }

    public long readLong() {
        long high = readInt();
        return (high << 32) | (readInt() & 0xFFFF_FFFFL);
    }

    /** A string as {@link ByteWriter#writeString(String)} wrote it. */
    public String readString() {
        int length = readInt();
        boolean utf8 = length < 0;
        if (utf8) {
            length = ~length;
        }
        check(length);
        String s = new String(bytes, position, length, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        position += length;
        return s;
    }

    /** A list as {@link ByteWriter#writeStrings(List)} wrote it, immutable. */
    public List<String> readStrings() {
        int count = readInt();
        switch (count) {
            case 0:
                return List.of();
            case 1:
                return List.of(readString());
            default:
                if (count < 0 || count > end - position) {
                    throw new IllegalStateException("bad list size " + count);
                }
                String[] values = new String[count];
                for (int i = 0; i < count; i++) {
                    values[i] = readString();
                }
                return List.of(values);
        }
    }

    private void check(int length) {
        if (length < 0 || length > end - position) {
            throw new IllegalStateException("truncated at " + position);
        }
    }

    private static int intAt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
