package org.alembic4j.schema;

/** A sequence: {@code CREATE SEQUENCE [schema.]name [INCREMENT BY i] [START WITH s] [MINVALUE m] [MAXVALUE x] [CACHE c] [CYCLE]}. */
public record Sequence(String schema, String name, Long start, Long increment, Long minValue, Long maxValue,
        Long cache, boolean cycles) {

    public Sequence schema(String value) { return new Sequence(value, name, start, increment, minValue, maxValue, cache, cycles); }
    public Sequence start(long value) { return new Sequence(schema, name, value, increment, minValue, maxValue, cache, cycles); }
    public Sequence increment(long value) { return new Sequence(schema, name, start, value, minValue, maxValue, cache, cycles); }
    public Sequence minValue(long value) { return new Sequence(schema, name, start, increment, value, maxValue, cache, cycles); }
    public Sequence maxValue(long value) { return new Sequence(schema, name, start, increment, minValue, value, cache, cycles); }
    public Sequence cache(long value) { return new Sequence(schema, name, start, increment, minValue, maxValue, value, cycles); }
    public Sequence cycle() { return new Sequence(schema, name, start, increment, minValue, maxValue, cache, true); }

    public String toJava() {
        StringBuilder sb = new StringBuilder("sequence(").append(JavaSource.string(name)).append(")");
        if (schema != null) sb.append(".schema(").append(JavaSource.string(schema)).append(")");
        if (start != null) sb.append(".start(").append(start).append("L)");
        if (increment != null) sb.append(".increment(").append(increment).append("L)");
        if (minValue != null) sb.append(".minValue(").append(minValue).append("L)");
        if (maxValue != null) sb.append(".maxValue(").append(maxValue).append("L)");
        if (cache != null) sb.append(".cache(").append(cache).append("L)");
        if (cycles) sb.append(".cycle()");
        return sb.toString();
    }
}
