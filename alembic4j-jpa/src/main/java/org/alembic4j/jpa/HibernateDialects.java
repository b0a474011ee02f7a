package org.alembic4j.jpa;

import java.util.Map;
import org.alembic4j.AlembicException;

/** Hibernate's dialect class for each alembic4j dialect. */
final class HibernateDialects {

    private static final Map<String, String> BY_NAME = Map.of(
            "postgresql", "org.hibernate.dialect.PostgreSQLDialect",
            "mysql", "org.hibernate.dialect.MySQLDialect",
            "mariadb", "org.hibernate.dialect.MariaDBDialect",
            "h2", "org.hibernate.dialect.H2Dialect",
            "sqlite", "org.hibernate.community.dialect.SQLiteDialect");

    private HibernateDialects() {
    }

    static String forDialect(String alembicDialect) {
        String cls = BY_NAME.get(alembicDialect);
        if (cls == null) {
            throw new AlembicException("No Hibernate dialect known for " + alembicDialect
                    + "; set one with JpaTarget.hibernateDialect(...)");
        }
        return cls;
    }
}
