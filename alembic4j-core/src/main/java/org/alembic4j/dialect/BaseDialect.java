package org.alembic4j.dialect;

/**
 * Shared plumbing of the dialect implementations: name, capabilities, quoting, and one instance
 * of each compiler. Subclasses say which compilers they use.
 */
public abstract class BaseDialect implements Dialect {

    private final String name;
    private final DialectCapabilities capabilities;
    private final IdentifierQuoter quoter;
    private TypeCompiler types;
    private SqlCompiler sql;
    private DdlCompiler ddl;
    private TableReflector reflector;

    protected BaseDialect(String name, DialectCapabilities capabilities, IdentifierQuoter quoter) {
        this.name = name;
        this.capabilities = capabilities;
        this.quoter = quoter;
    }

    protected abstract TypeCompiler createTypes();
    protected abstract SqlCompiler createSql();
    protected abstract DdlCompiler createDdl();

    protected TableReflector createReflector() {
        return new JdbcTableReflector(this);
    }

    @Override public String name() { return name; }
    @Override public DialectCapabilities capabilities() { return capabilities; }
    @Override public String quoteIdentifier(String identifier) { return quoter.quote(identifier); }

    /** Standard SQL: single quotes, doubled inside. */
    @Override public String stringLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    // Compilers are created on first use: they keep a reference to this dialect.
    @Override public synchronized TypeCompiler types() {
        if (types == null) types = createTypes();
        return types;
    }

    @Override public synchronized SqlCompiler sql() {
        if (sql == null) sql = createSql();
        return sql;
    }

    @Override public synchronized DdlCompiler ddl() {
        if (ddl == null) ddl = createDdl();
        return ddl;
    }

    @Override public synchronized TableReflector reflector() {
        if (reflector == null) reflector = createReflector();
        return reflector;
    }

    @Override public String toString() {
        return "Dialect(" + name + ")";
    }
}
