package org.alembic4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.alembic4j.Alembic;
import org.alembic4j.AlembicException;
import org.alembic4j.command.RevisionOptions;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library API an application calls: migrate an H2 database given as a DataSource. */
class AlembicTest {

    @TempDir
    Path dir;

    @Test
    void anApplicationUpgradesItsOwnDataSource() throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("migrations/versions"));
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:" + dir.resolve("app") + ";DB_CLOSE_DELAY=-1");
        Alembic alembic = Alembic.builder().scriptLocation(scripts.getParent()).dataSource(dataSource).build();

        Path file = alembic.commands().revision(new RevisionOptions("create widget", false, false, null, false, null,
                null, "aaaa00000001", List.of(), null, false)).path();
        Files.writeString(file, Files.readString(file)
                .replace("public void upgrade() {", "public void upgrade() {\n"
                        + "        op.createTable(\"widget\", column(\"id\", INTEGER).primaryKey(), column(\"name\", string(40)));")
                .replace("public void downgrade() {", "public void downgrade() {\n        op.dropTable(\"widget\");"));

        alembic.upgrade("head");
        assertThat(tables(dataSource)).contains("WIDGET", "ALEMBIC_VERSION");
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT version_num FROM alembic_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("aaaa00000001");
        }
        alembic.downgrade("base");
        assertThat(tables(dataSource)).doesNotContain("WIDGET");
    }

    @Test
    void aScriptLocationOrIniFileIsRequired() {
        assertThatThrownBy(() -> Alembic.builder().build()).isInstanceOf(AlembicException.class)
                .hasMessage("Alembic.builder() needs a scriptLocation, an iniFile, revisionClasses or a revisionPackage");
    }

    private static List<String> tables(JdbcDataSource dataSource) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
