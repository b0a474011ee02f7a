package org.alembic4j.internal.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Builds a binary index in memory, for {@link ByteReader} to read back: big-endian numbers and
 * length-prefixed strings, closed by a CRC-32 of everything before it. Strings whose characters
 * all fit in one byte are stored as ISO-8859-1, so reading them back is a plain copy of bytes
 * (the JDK's fastest way to make a string, even in a cold JVM); others as UTF-8.
 */
public final class ByteWriter {

    private byte[] bytes = new byte[1 << 14];
    private int size;

    /** The number of bytes written so far (a position {@link #truncate(int)} can return to). */
    public int size() {
        return size;
    }

    /** Drops everything written after {@code position}. */
    public void truncate(int position) {
        if (position < 0 || position > size) {
            throw new IllegalArgumentException("position " + position + " outside 0.." + size);
        }
        size = position;
    }

    public void writeBytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    public void writeInt(int v) {
        ensure(4);
        putInt(size, v);
        size += 4;
    }

    /** Overwrites the int at {@code position} (a length written before its content was known). */
    public void writeIntAt(int position, int v) {
        if (position < 0 || position + 4 > size) {
            throw new IllegalArgumentException("no int written at " + position);
        }
        putInt(position, v);
    }

    public void writeLong(long v) {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    /**
     * A string: its length, then its bytes; a negative length {@code ~n} marks {@code n} bytes of
     * UTF-8.
     *
     * @throws IllegalArgumentException for a string UTF-8 cannot carry unchanged (a lone surrogate)
     */
    public void writeString(String s) {
        if (isLatin1(s)) {
            byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
            writeInt(b.length);
            writeBytes(b);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (!new String(b, StandardCharsets.UTF_8).equals(s)) {
            throw new IllegalArgumentException("not representable in UTF-8");
        }
        writeInt(~b.length);
        writeBytes(b);
    }

    /** A list of strings: its size, then each string. */
    public void writeStrings(List<String> values) {
        writeInt(values.size());
        for (String value : values) {
            writeString(value);
        }
    }

    /** Everything written, closed by the CRC-32 that {@link ByteReader#checked(byte[])} verifies. */
    public byte[] toCheckedBytes() {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, size);
        byte[] out = Arrays.copyOf(bytes, size + 4);
        int at = size;
        int v = (int) crc.getValue();
        out[at] = (byte) (v >>> 24);
        out[at + 1] = (byte) (v >>> 16);
        out[at + 2] = (byte) (v >>> 8);
        out[at + 3] = (byte) v;
        return out;
    }

    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private void putInt(int at, int v) {
        bytes[at] = (byte) (v >>> 24);
        bytes[at + 1] = (byte) (v >>> 16);
        bytes[at + 2] = (byte) (v >>> 8);
        bytes[at + 3] = (byte) v;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
