package org.alembic4j.dialect.mysql;

import java.util.stream.Collectors;
import org.alembic4j.AlembicException;
import org.alembic4j.dialect.TypeCompiler;
import org.alembic4j.schema.BinaryType;
import org.alembic4j.schema.BooleanType;
import org.alembic4j.schema.EnumType;
import org.alembic4j.schema.UuidType;
import org.alembic4j.schema.VarcharType;

/** MySQL/MariaDB type names: BOOL, DATETIME, BLOB(n), inline ENUM('a','b'). */
final class MysqlTypeCompiler extends TypeCompiler {

    private final MysqlDialect mysql;

    MysqlTypeCompiler(MysqlDialect dialect) {
        super(dialect);
        this.mysql = dialect;
    }

    @Override public String visitVarchar(VarcharType t) {
        if (t.length() == null) {
            throw new AlembicException("VARCHAR requires a length on dialect " + dialect.name());
        }
        return super.visitVarchar(t);
    }

    @Override public String visitBoolean(BooleanType t) { return "BOOL"; }
    @Override public String visitBinary(BinaryType t) { return t.length() == null ? "BLOB" : "BLOB(" + t.length() + ")"; }
    @Override public String visitUuid(UuidType t) { return mysql.flavor().nativeUuid() ? "UUID" : "CHAR(32)"; }

    @Override public String visitEnum(EnumType t) {
        if (!t.nativeEnum()) {
            return super.visitEnum(t);
        }
        return t.values().stream().map(dialect::stringLiteral).collect(Collectors.joining(",", "ENUM(", ")"));
    }
}
