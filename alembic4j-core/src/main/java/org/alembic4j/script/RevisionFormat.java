package org.alembic4j.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.alembic4j.AlembicException;

/** The two kinds of revision file: a Java class, or plain SQL with upgrade/downgrade sections. */
public enum RevisionFormat {
    /** {@code <rev>_<slug>.java}: a {@code Migration} subclass annotated with {@code @Revision}. */
    JAVA(".java", "script.java.mustache"),
    /** {@code <rev>_<slug>.sql}: {@code --} metadata lines, then {@code -- upgrade} and {@code -- downgrade}. */
    SQL(".sql", "script.sql.mustache");

    private final String extension;
    private final String templateFileName;

    RevisionFormat(String extension, String templateFileName) {
        this.extension = extension;
        this.templateFileName = templateFileName;
    }

    /** The file name extension, with its dot. */
    public String extension() {
        return extension;
    }

    /** The template in the script directory that new files of this format are rendered from. */
    public String templateFileName() {
        return templateFileName;
    }

    /** The format of a file, by its extension. */
    public static Optional<RevisionFormat> ofFileName(String fileName) {
        return Optional.ofNullable(forFileName(fileName));
    }

    /**
     * As {@link #ofFileName(String)}, null for neither format: the scanner asks this of every name
     * in a versions folder, so it allocates nothing (no {@code values()} copy, no Optional).
     */
    static RevisionFormat forFileName(String fileName) {
        return fileName.endsWith(JAVA.extension) ? JAVA : fileName.endsWith(SQL.extension) ? SQL : null;
    }

    /** The format named {@code java} or {@code sql} (as in the {@code revision_format} key). */
    public static RevisionFormat named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "java" -> JAVA;
            case "sql" -> SQL;
            default -> throw new AlembicException("Unknown revision format '" + name + "'; expected 'java' or 'sql'");
        };
    }

    /**
     * Reads the header of a revision file of this format, stopping at its end. A malformed header
     * is an {@link AlembicException} naming the file and line.
     */
    public RevisionHeader readHeader(Path file, Charset charset) {
        return readHeader(file, new HeaderFileReader(charset));
    }

    /** As {@link #readHeader(Path, Charset)}, reusing the buffers of {@code files}. */
    RevisionHeader readHeader(Path file, HeaderFileReader files) {
        return read(file, files, new HeaderOf(this));
    }

    /** Parses header text held in memory (used to check a rendered file before it is written). */
    RevisionHeader parseHeader(String text, String fileName) {
        return parse(new CharCursor(new java.io.StringReader(text)), fileName, new HeaderOf(this));
    }

    /**
     * The header parser of a format; a class rather than a method reference, because reading the
     * headers of a fresh versions folder is a command's first work, and a JVM's first lambda
     * costs milliseconds.
     */
    private static final class HeaderOf implements HeaderParser<RevisionHeader> {
        private final RevisionFormat format;

        HeaderOf(RevisionFormat format) {
            this.format = format;
        }

        @Override
        public RevisionHeader parse(CharCursor cursor) throws MalformedHeaderException {
            return format == JAVA ? new JavaHeaderReader(cursor).read() : new SqlRevisionReader(cursor).readHeader();
        }
    }

    interface HeaderParser<T> {
        T parse(CharCursor cursor) throws MalformedHeaderException;
    }

    static <T> T read(Path file, HeaderFileReader files, HeaderParser<T> parser) {
        CharCursor cursor;
        try {
            cursor = files.open(file);
        } catch (IOException e) {
            throw new AlembicException("Can't read revision file " + file + ": " + e, e);
        }
        try {
            return parse(cursor, file.toString(), parser);
        } finally {
            try {
                cursor.close();
            } catch (IOException e) {
                // nothing was written; a failed close of a read-only file changes nothing
            }
        }
    }

    private static <T> T parse(CharCursor cursor, String fileName, HeaderParser<T> parser) {
        try {
            return parser.parse(cursor);
        } catch (MalformedHeaderException e) {
            throw new AlembicException("Malformed revision file " + fileName + ", line " + e.line() + ": "
                    + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new AlembicException("Can't read revision file " + fileName
                        + ": it is not valid text in the configured output_encoding", e);
            }
            throw new AlembicException("Can't read revision file " + fileName + ": " + e.getCause(), e);
        }
    }
}
