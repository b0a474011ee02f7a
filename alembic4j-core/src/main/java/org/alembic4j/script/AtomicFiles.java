package org.alembic4j.script;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alembic4j.AlembicException;
import org.alembic4j.internal.io.TempFiles;

/**
 * Creates files all at once and never over an existing one: the text is encoded first, written to
 * a hidden temporary file in the target's directory, then linked to the target name (a hard link
 * fails atomically if the name is taken). Where hard links are not supported the temporary file is
 * moved instead, which also refuses an existing target. The temporary file is always removed, so
 * a failure leaves nothing behind.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    static void createNew(Path target, String text, Charset charset) throws IOException {
        byte[] bytes = encode(target, text, charset);
        Path tmp = TempFiles.create(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.createLink(target, tmp);
            } catch (FileAlreadyExistsException e) {
                throw alreadyExists(target);
            } catch (UnsupportedOperationException | FileSystemException e) {
                try {
                    Files.move(tmp, target);
                } catch (FileAlreadyExistsException e2) {
                    throw alreadyExists(target);
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] encode(Path target, String text, Charset charset) {
        try {
            ByteBuffer buffer = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new AlembicException("Can't write " + target + ": its text can't be encoded in "
                    + charset.name() + " (set output_encoding)", e);
        }
    }

    private static AlembicException alreadyExists(Path target) {
        return new AlembicException("File " + target + " already exists; not overwriting it");
    }
}
