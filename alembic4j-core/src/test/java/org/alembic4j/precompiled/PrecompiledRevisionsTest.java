package org.alembic4j.precompiled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.alembic4j.Alembic;
import org.alembic4j.AlembicException;
import org.alembic4j.command.Commands;
import org.alembic4j.command.RevisionOptions;
import org.alembic4j.precompiled.revisions.AccountRevisions;
import org.alembic4j.precompiled.revisions.AccountsEnvironment;
import org.alembic4j.runtime.testsupport.LogCapture;
import org.alembic4j.runtime.testsupport.TestDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class mode through the library API: revision classes the build compiled (here the test sources
 * of {@code org.alembic4j.precompiled.revisions}), no script directory, real H2 and SQLite files.
 */
class PrecompiledRevisionsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String output() {
        String text = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return text;
    }

    private PrintStream stream() {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    @Test
    void upgradeCurrentAndDowngradeOnAnH2DataSource() throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.H2)) {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL(db.jdbcUrl());
            Alembic alembic = Alembic.builder().revisionClasses(AccountRevisions.array()).dataSource(dataSource)
                    .output(stream()).build();

            try (LogCapture log = LogCapture.start()) {
                alembic.upgrade("head");
                assertThat(log.lines("alembic.runtime.migration")).filteredOn(l -> l.contains("Running")).containsExactly(
                        "INFO  [alembic.runtime.migration] Running upgrade  -> c0ffee000001, create account",
                        "INFO  [alembic.runtime.migration] Running upgrade c0ffee000001 -> c0ffee000002, add account email");
            }
            assertThat(db.versions()).containsExactly("c0ffee000002");
            assertThat(db.strings("SELECT LOWER(column_name) FROM information_schema.columns WHERE table_name = 'ACCOUNT'"))
                    .containsExactlyInAnyOrder("id", "name", "email");
            alembic.commands().current(false, false);
            assertThat(output()).isEqualTo("c0ffee000002 (head)\n");

            alembic.downgrade("-1");
            assertThat(db.strings("SELECT LOWER(column_name) FROM information_schema.columns WHERE table_name = 'ACCOUNT'"))
                    .containsExactlyInAnyOrder("id", "name");
            alembic.commands().current(false, false);
            assertThat(output()).isEqualTo("c0ffee000001\n");

            alembic.downgrade("base");
            assertThat(db.tables()).doesNotContain("ACCOUNT");
            assertThat(db.versions()).isEmpty();
        }
    }

    /** The application's hook replaces env.java: here it picks the URL from -x and names the version table. */
    @Test
    void theApplicationsEnvironmentHookConfiguresTheRunOnSqlite() throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE)) {
            Alembic alembic = Alembic.builder().revisionClasses(AccountRevisions.array())
                    .environment(AccountsEnvironment.class).xArgument("db=" + db.sqlalchemyUrl()).build();
            alembic.upgrade("c0ffee000001");
            assertThat(db.tables()).contains("account", AccountsEnvironment.VERSION_TABLE).doesNotContain("alembic_version");
            assertThat(db.strings("SELECT version_num FROM " + AccountsEnvironment.VERSION_TABLE))
                    .containsExactly("c0ffee000001");

            alembic.upgrade("accounts@head");
            assertThat(db.strings("SELECT name FROM pragma_table_info('account')"))
                    .containsExactlyInAnyOrder("id", "name", "email");
            alembic.stamp("base");
            assertThat(db.strings("SELECT version_num FROM " + AccountsEnvironment.VERSION_TABLE)).isEmpty();
        }
    }

    /** Listings read the annotations: ids, edges, labels and the messages from {@code @Revision(message = ...)}. */
    @Test
    void listingsNeedNeitherFilesNorADatabase() {
        Commands commands = Alembic.builder().revisionClasses(AccountRevisions.array()).output(stream()).build()
                .commands();
        commands.heads(false, false);
        assertThat(output()).isEqualTo("c0ffee000002 (accounts) (head)\n");
        commands.history(null, false, false);
        assertThat(output()).isEqualTo("c0ffee000001 -> c0ffee000002 (accounts) (head), add account email\n"
                + "<base> -> c0ffee000001 (accounts), create account\n"); // labels reach the ancestors, as in Alembic
        commands.show("c0ffee000002");
        assertThat(output()).contains("Rev: c0ffee000002 (head)\nParent: c0ffee000001\n")
                .endsWith("    add account email\n    \n    Used for password resets.\n\n");
    }

    @Test
    void commandsThatWriteOrOpenRevisionFilesAreRefused() {
        Commands commands = Alembic.builder().revisionClasses(AccountRevisions.array()).build().commands();
        String why = " needs a script directory; this project runs precompiled revision classes";
        assertThatThrownBy(() -> commands.revision(new RevisionOptions("x", false, false, null, false, null, null,
                null, List.of(), null, false))).isInstanceOf(AlembicException.class).hasMessage("'revision'" + why);
        assertThatThrownBy(() -> commands.merge(List.of("heads"), "m", null, null)).hasMessage("'merge'" + why);
        assertThatThrownBy(() -> commands.init(dir.resolve("alembic").toString(), "generic", false))
                .hasMessage("'init'" + why);
        assertThatThrownBy(() -> commands.edit("head")).hasMessage("'edit'" + why);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void theBuilderSaysWhatDoesNotFitTogether() throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("migrations"));
        assertThatThrownBy(() -> Alembic.builder().build()).isInstanceOf(AlembicException.class)
                .hasMessage("Alembic.builder() needs a scriptLocation, an iniFile, revisionClasses or a revisionPackage");
        assertThatThrownBy(() -> Alembic.builder().scriptLocation(scripts).revisionClasses(AccountRevisions.array())
                .build()).hasMessage("Alembic.builder(): give either a scriptLocation or revision classes, not both");
        assertThatThrownBy(() -> Alembic.builder().revisionClasses(AccountRevisions.array())
                .revisionPackage(getClass().getClassLoader(), AccountRevisions.PACKAGE).build())
                .hasMessage("Alembic.builder(): give either revisionClasses or a revisionPackage, not both");
        assertThatThrownBy(() -> Alembic.builder().scriptLocation(scripts).environment(new AccountsEnvironment())
                .build()).hasMessage("Alembic.builder().environment(...) is for revisionClasses or a revisionPackage;"
                        + " a script directory has its env.java");
        assertThatThrownBy(() -> Alembic.builder().revisionClasses(String.class).build())
                .hasMessageStartingWith("java.lang.String is not a revision");
        // The test build does not run the index processor, so the package has no index entries.
        assertThatThrownBy(() -> Alembic.builder().revisionPackage(getClass().getClassLoader(), AccountRevisions.PACKAGE)
                .build()).hasMessage("No revision classes of package 'org.alembic4j.precompiled.revisions' are listed in "
                        + "META-INF/alembic4j/revisions (is org.alembic4j.runtime.scripts.RevisionIndexProcessor enabled"
                        + " in the build?)");
    }
}
