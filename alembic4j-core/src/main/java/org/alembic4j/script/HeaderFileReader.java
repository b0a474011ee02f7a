package org.alembic4j.script;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads the beginning of many files with one byte buffer and one decoder, decoding only as far
 * as the caller reads. Scanning a large versions directory then costs little more than opening
 * each file once. Not thread-safe: one instance per scan.
 */
final class HeaderFileReader {

    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final char[] chars = new char[8192];
    private final CharsetDecoder decoder;

    HeaderFileReader(Charset charset) {
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** A cursor over {@code file}; it must be closed before the next file is opened. */
    CharCursor open(Path file) throws IOException {
        return new CharCursor(reader(file), chars);
    }

    private Reader reader(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        bytes.clear().flip();
        decoder.reset();
        return new Reader() {
            private boolean eof;

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                CharBuffer out = CharBuffer.wrap(buf, off, len);
                while (true) {
                    CoderResult result = decoder.decode(bytes, out, eof);
                    if (result.isError()) {
                        try {
                            result.throwException();
                        } catch (CharacterCodingException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    if (out.position() > off) {
                        return out.position() - off;
                    }
                    if (eof) {
                        decoder.flush(out);
                        return out.position() > off ? out.position() - off : -1;
                    }
                    bytes.compact(); // keeps an undecoded partial character at the front
                    eof = channel.read(bytes) < 0;
                    bytes.flip();
                }
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }
}
