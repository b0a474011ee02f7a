package org.alembic4j.autogenerate;

import static org.alembic4j.op.Ops.BIGINT;
import static org.alembic4j.op.Ops.DATETIME;
import static org.alembic4j.op.Ops.string;
import static org.assertj.core.api.Assertions.assertThat;

import org.alembic4j.dialect.Dialects;
import org.alembic4j.schema.DialectType;
import org.junit.jupiter.api.Test;

/** The lenient type comparison and the native-to-portable type mapping. */
class TypeSignatureTest {

    @Test
    void spellingsOfOneTypeAreEquivalent() {
        assertThat(NativeTypes.equivalent("character varying(50)", "VARCHAR(50)")).isTrue();
        assertThat(NativeTypes.equivalent("int4", "INTEGER")).isTrue();
        assertThat(NativeTypes.equivalent("int(11)", "INTEGER")).isTrue();
        assertThat(NativeTypes.equivalent("timestamp(6) without time zone", "timestamp(6)")).isTrue();
        assertThat(NativeTypes.equivalent("float(53)", "double precision")).isTrue();
        assertThat(NativeTypes.equivalent("tinyint(1)", "BOOL")).isTrue();
        assertThat(NativeTypes.equivalent("DECIMAL(10, 2)", "numeric(10,2)")).isTrue();
        assertThat(NativeTypes.equivalent("numeric", "numeric(10,2)")).as("argument on one side only").isTrue();
        assertThat(NativeTypes.equivalent("enum('A','B')", "ENUM('A','B')")).isTrue();
    }

    @Test
    void realDifferencesAreNot() {
        assertThat(NativeTypes.equivalent("VARCHAR(50)", "VARCHAR(100)")).isFalse();
        assertThat(NativeTypes.equivalent("VARCHAR(50)", "TEXT")).isFalse();
        assertThat(NativeTypes.equivalent("float(24)", "double precision")).isFalse();
        assertThat(NativeTypes.equivalent("enum('A','B')", "enum('a','b')")).isFalse();
        assertThat(NativeTypes.equivalent("timestamp", "timestamp with time zone")).isFalse();
    }

    @Test
    void nativeTypesBecomePortableOnlyWhenTheyRenderBackExactly() {
        var pg = Dialects.forName("postgresql");
        assertThat(NativeTypes.toSqlType(pg, "character varying(255)")).isEqualTo(string(255));
        assertThat(NativeTypes.toSqlType(pg, "bigint")).isEqualTo(BIGINT);
        assertThat(NativeTypes.toSqlType(pg, "timestamp without time zone")).isEqualTo(DATETIME);
        assertThat(NativeTypes.toSqlType(pg, "timestamp(6) without time zone")).isInstanceOf(DialectType.class);
        var mariadb = Dialects.forName("mariadb");
        assertThat(NativeTypes.toSqlType(mariadb, "datetime(6)")).isEqualTo(new DialectType("datetime(6)", java.util.Set.of()));
        assertThat(NativeTypes.toSqlType(mariadb, "datetime")).isEqualTo(DATETIME);
    }
}
