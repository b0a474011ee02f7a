package org.alembic4j.autogenerate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alembic4j.autogenerate.compare.TypeSignature;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.schema.BinaryType;
import org.alembic4j.schema.BooleanType;
import org.alembic4j.schema.CharType;
import org.alembic4j.schema.DateTimeType;
import org.alembic4j.schema.DateType;
import org.alembic4j.schema.DialectType;
import org.alembic4j.schema.FloatType;
import org.alembic4j.schema.IntegerType;
import org.alembic4j.schema.JsonType;
import org.alembic4j.schema.NumericType;
import org.alembic4j.schema.SqlType;
import org.alembic4j.schema.TextType;
import org.alembic4j.schema.TimeType;
import org.alembic4j.schema.TimestampType;
import org.alembic4j.schema.UuidType;
import org.alembic4j.schema.VarcharType;

/**
 * Turns a native type name ({@code character varying(50)}, {@code bigint}, {@code datetime(6)})
 * into a portable {@link SqlType} when one renders back to exactly that type on the dialect, so
 * generated scripts read {@code string(50)} rather than {@code sqlType("character varying(50)")}.
 * Anything else is kept verbatim as a {@link DialectType}: the database gets what it had.
 */
public final class NativeTypes {

    private NativeTypes() {
    }

    /** The portable type that renders as {@code nativeSql} on this dialect, else the text itself. */
    public static SqlType toSqlType(Dialect dialect, String nativeSql) {
        TypeSignature wanted = TypeSignature.parse(nativeSql);
        for (SqlType candidate : candidates(wanted)) {
            try {
                if (TypeSignature.parse(dialect.types().render(candidate)).isSameAs(wanted)) {
                    return candidate;
                }
            } catch (RuntimeException notOnThisDialect) {
                // e.g. VARCHAR without length on MySQL: try the next candidate
            }
        }
        return new DialectType(nativeSql.trim(), Set.of());
    }

    /** Whether two native types are the same type under Alembic's lenient comparison. */
    public static boolean equivalent(String nativeA, String nativeB) {
        return TypeSignature.parse(nativeA).isEquivalentTo(TypeSignature.parse(nativeB));
    }

    private static List<SqlType> candidates(TypeSignature s) {
        List<SqlType> out = new ArrayList<>();
        List<String> a = s.args();
        Integer first = a.isEmpty() ? null : integer(a.get(0));
        Integer second = a.size() < 2 ? null : integer(a.get(1));
        switch (s.name()) {
            case "integer" -> out.add(new IntegerType(IntegerType.Size.REGULAR));
            case "bigint" -> out.add(new IntegerType(IntegerType.Size.BIG));
            case "smallint" -> out.add(new IntegerType(IntegerType.Size.SMALL));
            case "varchar" -> out.add(new VarcharType(first));
            case "char" -> out.add(new CharType(first));
            case "text", "clob" -> out.add(new TextType());
            case "boolean" -> out.add(new BooleanType(false, null));
            case "date" -> out.add(new DateType());
            case "time" -> out.add(new TimeType(false));
            case "time with time zone" -> out.add(new TimeType(true));
            case "timestamp", "datetime" -> {
                out.add(new DateTimeType(false));
                out.add(new TimestampType(false));
            }
            case "timestamp with time zone" -> {
                out.add(new DateTimeType(true));
                out.add(new TimestampType(true));
            }
            case "numeric" -> {
                out.add(new NumericType(first, second, false));
                out.add(new NumericType(first, second, true));
            }
            case "float", "real", "double" -> {
                out.add(new FloatType(null));
                out.add(new FloatType(s.name().equals("real") ? 24 : 53));
            }
            case "blob" -> out.add(new BinaryType(first));
            case "json" -> out.add(new JsonType());
            case "uuid" -> out.add(new UuidType());
            default -> { }
        }
        return out;
    }

    private static Integer integer(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
