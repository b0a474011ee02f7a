package org.alembic4j.dialect.mysql;

import java.util.Set;
import org.alembic4j.dialect.BaseDialect;
import org.alembic4j.dialect.DdlCompiler;
import org.alembic4j.dialect.DialectCapabilities;
import org.alembic4j.dialect.DialectCapabilities.CommentStyle;
import org.alembic4j.dialect.IdentifierQuoter;
import org.alembic4j.dialect.SqlCompiler;
import org.alembic4j.dialect.TypeCompiler;

/**
 * MySQL and MariaDB: non-transactional DDL, backtick quoting, inline comments, MODIFY/CHANGE for
 * column changes. The two differ in data ({@link Flavor}): reserved words, the UUID type, how a
 * CHECK is dropped, sequences, and the prefix of their dialect options ({@code mysql_},
 * {@code mariadb_}).
 */
public final class MysqlDialect extends BaseDialect {

    /** What distinguishes MySQL from MariaDB. */
    public record Flavor(String name, Set<String> reservedWords, boolean nativeUuid, String dropCheckKeyword,
            boolean sequences) {
    }

    public static final Flavor MYSQL = new Flavor("mysql", IdentifierQuoter.words(MysqlReservedWords.WORDS), false, "CHECK", false);
    public static final Flavor MARIADB = new Flavor("mariadb", IdentifierQuoter.words(MariadbReservedWords.WORDS), true, "CONSTRAINT", true);

    private final Flavor flavor;

    public MysqlDialect(Flavor flavor) {
        super(flavor.name(),
                new DialectCapabilities(false, false, true, true, CommentStyle.INLINE, flavor.sequences(), false, true, false, false, false),
                new IdentifierQuoter(flavor.reservedWords(), '`'));
        this.flavor = flavor;
    }

    public static MysqlDialect mysql() {
        return new MysqlDialect(MYSQL);
    }

    public static MysqlDialect mariadb() {
        return new MysqlDialect(MARIADB);
    }

    Flavor flavor() {
        return flavor;
    }

    /** Backslashes are escapes in MySQL string literals, so they are doubled along with quotes. */
    @Override public String stringLiteral(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override protected TypeCompiler createTypes() { return new MysqlTypeCompiler(this); }
    @Override protected SqlCompiler createSql() { return new SqlCompiler(this); }
    @Override protected DdlCompiler createDdl() { return new MysqlDdlCompiler(this); }
}
