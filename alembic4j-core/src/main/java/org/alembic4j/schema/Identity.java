package org.alembic4j.schema;

/**
 * An identity column: {@code GENERATED {ALWAYS|BY DEFAULT} AS IDENTITY (INCREMENT BY i START WITH s)}
 * on PostgreSQL and H2, {@code AUTO_INCREMENT} on MySQL, nothing on SQLite.
 */
public record Identity(boolean always, Long start, Long increment) {
    public Identity start(long value) { return new Identity(always, value, increment); }
    public Identity increment(long value) { return new Identity(always, start, value); }

    public String toJava() {
        StringBuilder sb = new StringBuilder(always ? "identityAlways()" : "identity()");
        if (start != null) sb.append(".start(").append(start).append(")");
        if (increment != null) sb.append(".increment(").append(increment).append(")");
        return sb.toString();
    }
}
