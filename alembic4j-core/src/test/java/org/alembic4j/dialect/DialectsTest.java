package org.alembic4j.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alembic4j.AlembicException;
import org.alembic4j.op.RenderContext;
import org.alembic4j.op.VersionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DialectsTest {

    @ParameterizedTest
    @CsvSource({"postgresql,postgresql", "postgres,postgresql", "postgresql+psycopg2,postgresql", "mysql,mysql",
            "mysql+pymysql,mysql", "mariadb,mariadb", "mariadb+mariadbconnector,mariadb", "sqlite,sqlite", "SQLite,sqlite", "h2,h2"})
    void findsDialectsByName(String name, String expected) {
        assertThat(Dialects.forName(name).name()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"jdbc:postgresql://localhost/db,postgresql", "jdbc:mariadb://localhost/db,mariadb", "jdbc:mysql://h/db,mysql",
            "jdbc:sqlite:/tmp/x.db,sqlite", "jdbc:h2:mem:x,h2"})
    void findsDialectsByJdbcUrl(String url, String expected) {
        assertThat(Dialects.forJdbcUrl(url).name()).isEqualTo(expected);
    }

    @Test
    void unknownDialectsAreUserErrors() {
        assertThatThrownBy(() -> Dialects.forName("oracle")).isInstanceOf(AlembicException.class).hasMessageContaining("oracle");
        assertThatThrownBy(() -> Dialects.forJdbcUrl("jdbc:oracle:thin:@x")).isInstanceOf(AlembicException.class)
                .hasMessageContaining("jdbc:oracle:thin:@x");
    }

    @Test
    void capabilitiesTheRuntimeAsksFor() {
        assertThat(Dialects.forName("postgresql").capabilities().transactionalDdl()).isTrue();
        assertThat(Dialects.forName("sqlite").capabilities().transactionalDdl()).isTrue();
        assertThat(Dialects.forName("mysql").capabilities().transactionalDdl()).isFalse();
        assertThat(Dialects.forName("mariadb").capabilities().transactionalDdl()).isFalse();
        assertThat(Dialects.forName("h2").capabilities().transactionalDdl()).isFalse();
        assertThat(Dialects.forName("postgresql").capabilities().offlineTransactionStatements()).isTrue();
        for (String d : new String[] {"mysql", "mariadb", "sqlite", "h2"}) {
            assertThat(Dialects.forName(d).capabilities().offlineTransactionStatements()).as(d).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource({"postgresql,user,\"user\"", "mysql,user,user", "sqlite,user,user", "postgresql,order,\"order\"",
            "mysql,order,`order`", "mysql,rank,`rank`", "mariadb,rank,rank", "mariadb,body,`body`", "mysql,body,body",
            "postgresql,CamelCase,\"CamelCase\"", "sqlite,with space,\"with space\"", "postgresql,1abc,\"1abc\"",
            "postgresql,account,account", "h2,day,\"day\"", "h2,value,\"value\"", "postgresql,a\"b,\"a\"\"b\""})
    void quotesOnlyWhenNeeded(String dialect, String name, String expected) {
        assertThat(Dialects.forName(dialect).quoteIdentifier(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "mariadb", "sqlite", "h2"})
    void versionTableRendersAsAlembicDoes(String dialect) {
        assertThat(VersionTable.create("alembic_version", null).statements(RenderContext.of(Dialects.forName(dialect))))
                .containsExactly("CREATE TABLE alembic_version (\n    version_num VARCHAR(32) NOT NULL, \n"
                        + "    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)");
    }

    @Test
    void versionTableNameAndSchemaAreQuotedByTheDialect() {
        assertThat(VersionTable.create("Versions", "My Schema").statements(RenderContext.of(Dialects.forName("mysql"))))
                .containsExactly("CREATE TABLE `My Schema`.`Versions` (\n    version_num VARCHAR(32) NOT NULL, \n"
                        + "    CONSTRAINT `Versions_pkc` PRIMARY KEY (version_num)\n)");
    }
}
