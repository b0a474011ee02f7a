package org.alembic4j.runtime.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.alembic4j.runtime.testsupport.TestDatabase;
import org.alembic4j.runtime.testsupport.TestDatabase.Kind;
import org.junit.jupiter.api.Test;

class EarlyConnectionTest {

    @Test
    void aServerUrlConnectsInTheBackgroundAndIsTakenOnce() throws Exception {
        try (TestDatabase db = TestDatabase.create(Kind.POSTGRESQL)) {
            EarlyConnection early = EarlyConnection.start(db.sqlalchemyUrl()).orElseThrow();
            assertThat(early.isFor(db.sqlalchemyUrl())).isTrue();
            assertThat(early.isFor(db.sqlalchemyUrl() + "x")).isFalse();
            try (Connection c = early.take(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT current_database()")) {
                assertThat(rs.next()).isTrue();
                assertThat(db.sqlalchemyUrl()).endsWith("/" + rs.getString(1));
            }
        }
    }

    @Test
    void aDiscardedConnectionIsClosed() throws Exception {
        try (TestDatabase db = TestDatabase.create(Kind.POSTGRESQL)) {
            EarlyConnection early = EarlyConnection.start(db.sqlalchemyUrl()).orElseThrow();
            Connection c = early.take();
            early.discard();
            assertThat(c.isClosed()).isTrue();
        }
    }

    @Test
    void fileDatabasesAreNeverOpenedEarly() {
        // Opening them can create a file, for a URL the hook may still replace.
        assertThat(EarlyConnection.start("sqlite:////tmp/never-created-" + System.nanoTime() + ".db")).isEmpty();
        assertThat(EarlyConnection.start("not a url")).isEmpty();
    }

    @Test
    void aFailureToConnectSurfacesWhereTheConnectionIsTaken() {
        EarlyConnection early = EarlyConnection.start("postgresql://postgres@127.0.0.1:1/nothing").orElseThrow();
        assertThatThrownBy(early::take).isInstanceOf(SQLException.class);
    }
}
