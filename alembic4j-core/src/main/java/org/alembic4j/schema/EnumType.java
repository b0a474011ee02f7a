package org.alembic4j.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An enumeration of string values. Native by default: a named type ({@code CREATE TYPE name AS
 * ENUM}) on PostgreSQL, inline {@code ENUM('a','b')} on MySQL, MariaDB and H2, and
 * {@code VARCHAR(<longest value>)} on SQLite. Non-native, it is {@code VARCHAR} everywhere, with
 * {@code CONSTRAINT <name> CHECK (col IN (...))} when {@code createConstraint} is set.
 */
public record EnumType(String name, List<String> values, boolean nativeEnum, boolean createConstraint, Integer length)
        implements SqlType {

    public EnumType {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("An enum type needs at least one value");
        }
    }

    /** Stored as {@code VARCHAR} on every dialect instead of a native enum type. */
    public EnumType nonNative() { return new EnumType(name, values, false, createConstraint, length); }

    /** Also emit a CHECK constraint (named after the enum) where the enum is not native. */
    public EnumType withConstraint() { return new EnumType(name, values, nativeEnum, true, length); }

    /** The VARCHAR length used where the enum is not native (default: the longest value). */
    public EnumType length(int varcharLength) { return new EnumType(name, values, nativeEnum, createConstraint, varcharLength); }

    /** The VARCHAR length where the enum is stored as a string. */
    public int varcharLength() {
        return length != null ? length : values.stream().mapToInt(String::length).max().orElse(1);
    }

    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitEnum(this); }
    @Override public TypeFamily family() { return TypeFamily.STRING; }

    @Override public String toJava() {
        StringBuilder sb = new StringBuilder("enumType(").append(JavaSource.string(name));
        sb.append(values.stream().map(JavaSource::string).collect(Collectors.joining(", ", ", ", ")")));
        if (!nativeEnum) sb.append(".nonNative()");
        if (createConstraint) sb.append(".withConstraint()");
        if (length != null) sb.append(".length(").append(length).append(")");
        return sb.toString();
    }
}
