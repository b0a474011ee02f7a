package org.alembic4j.runtime.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.alembic4j.AlembicException;
import org.junit.jupiter.api.Test;

class DatabaseUrlsTest {

    @Test
    void sqliteForms() {
        assertThat(DatabaseUrls.parse("sqlite:///relative.db").jdbcUrl()).isEqualTo("jdbc:sqlite:relative.db");
        assertThat(DatabaseUrls.parse("sqlite:////abs/dir/x.db").jdbcUrl()).isEqualTo("jdbc:sqlite:/abs/dir/x.db");
        assertThat(DatabaseUrls.parse("sqlite://").jdbcUrl()).isEqualTo("jdbc:sqlite::memory:");
        assertThat(DatabaseUrls.parse("sqlite:///:memory:").jdbcUrl()).isEqualTo("jdbc:sqlite::memory:");
        assertThat(DatabaseUrls.parse("sqlite+pysqlite:///a.db").dialectName()).isEqualTo("sqlite");
    }

    @Test
    void postgresqlWithCredentialsAsProperties() {
        JdbcTarget t = DatabaseUrls.parse("postgresql+psycopg2://scott:p%40ss%3Aw0rd@db.example:5433/app?sslmode=require");
        assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/app?sslmode=require");
        assertThat(t.properties()).isEqualTo(Map.of("user", "scott", "password", "p@ss:w0rd"));
        assertThat(t.dialectName()).isEqualTo("postgresql");
        assertThat(t.displayUrl()).isEqualTo("postgresql+psycopg2://scott:***@db.example:5433/app?sslmode=require");
        assertThat(DatabaseUrls.parse("postgresql://u@/db").jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/db");
    }

    @Test
    void mysqlAndMariadbUseTheMariadbDriverAndDropPythonOnlyOptions() {
        JdbcTarget my = DatabaseUrls.parse("mysql+pymysql://root:@127.0.0.1:3306/test?charset=utf8mb4");
        assertThat(my.jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:3306/test");
        assertThat(my.dialectName()).isEqualTo("mysql");
        assertThat(my.properties()).isEqualTo(Map.of("user", "root", "password", ""));
        JdbcTarget maria = DatabaseUrls.parse("mariadb://root@localhost/test");
        assertThat(maria.jdbcUrl()).isEqualTo("jdbc:mariadb://localhost/test");
        assertThat(maria.dialectName()).isEqualTo("mariadb");
    }

    @Test
    void jdbcAndH2PassThrough() {
        assertThat(DatabaseUrls.parse("jdbc:postgresql://h/db?user=x").dialectName()).isEqualTo("postgresql");
        assertThat(DatabaseUrls.parse("jdbc:h2:mem:x").dialectName()).isEqualTo("h2");
        assertThat(DatabaseUrls.parse("h2:mem:x").jdbcUrl()).isEqualTo("jdbc:h2:mem:x");
        assertThat(DatabaseUrls.parse("jdbc:mariadb://h/db").dialectName()).isEqualTo("mariadb");
    }

    @Test
    void unknownSchemesAreUserErrors() {
        assertThatThrownBy(() -> DatabaseUrls.parse("oracle://u:secret@h/db"))
                .isInstanceOf(AlembicException.class)
                .hasMessageContaining("oracle")
                .hasMessageNotContaining("secret");
    }

    @Test
    void theDialectOfAUrlIsReadFromItsSchemeAlone() {
        assertThat(java.util.Arrays.asList(
                DatabaseUrls.dialectOfScheme("postgresql+psycopg2://u:p@h/db"),
                DatabaseUrls.dialectOfScheme("postgres://h/db"),
                DatabaseUrls.dialectOfScheme("mysql+pymysql://h/db"),
                DatabaseUrls.dialectOfScheme("mariadb://h/db"),
                DatabaseUrls.dialectOfScheme(" sqlite:///x.db"),
                DatabaseUrls.dialectOfScheme("h2:mem:x"),
                DatabaseUrls.dialectOfScheme("JDBC:postgresql://h/db"),
                DatabaseUrls.dialectOfScheme("jdbc:derby:x"),
                DatabaseUrls.dialectOfScheme("oracle://h/db"),
                DatabaseUrls.dialectOfScheme("no scheme")))
                .containsExactly("postgresql", "postgresql", "mysql", "mariadb", "sqlite", "h2", "postgresql", null, null,
                        null);
    }
}
