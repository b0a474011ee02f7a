package org.alembic4j.precompiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.alembic4j.Alembic;
import org.alembic4j.precompiled.revisions.AccountRevisions;
import org.alembic4j.runtime.scripts.ClasspathScriptLoader;
import org.alembic4j.runtime.scripts.RevisionIndexProcessor;
import org.alembic4j.runtime.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path an application's build takes: javac runs {@link RevisionIndexProcessor} over the
 * revision sources (here the fixture package's real sources), and at run time
 * {@code Alembic.builder().revisionPackage(...)} finds the classes through the index alone.
 */
class RevisionIndexPathTest {

    @TempDir
    Path tmp;

    @Test
    void revisionsFoundThroughTheBuildTimeIndexUpgradeASqliteDatabase() throws Exception {
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                "-processor", RevisionIndexProcessor.class.getName()));
        try (Stream<Path> sources = Files.list(fixtureSources())) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
        assertThat(Files.readString(classes.resolve(ClasspathScriptLoader.INDEX_RESOURCE))).isEqualTo(
                "org.alembic4j.precompiled.revisions.AddAccountEmail\norg.alembic4j.precompiled.revisions.CreateAccount\n");

        // The application's class loader: the freshly built classes, not the copies the test build made.
        ClassLoader withoutTestCopies = new HidingClassLoader(getClass().getClassLoader(), AccountRevisions.PACKAGE + ".");
        try (URLClassLoader application = new URLClassLoader(new URL[] {classes.toUri().toURL()}, withoutTestCopies);
             TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE)) {
            assertThat(Class.forName(AccountRevisions.PACKAGE + ".CreateAccount", false, application).getClassLoader())
                    .isSameAs(application);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Alembic alembic = Alembic.builder().revisionPackage(application, AccountRevisions.PACKAGE)
                    .url(db.sqlalchemyUrl()).output(new PrintStream(out, true, StandardCharsets.UTF_8)).build();
            alembic.commands().heads(true, false);
            assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Rev: c0ffee000002 (head)\n");

            alembic.upgrade("head");
            assertThat(db.versions()).containsExactly("c0ffee000002");
            assertThat(db.strings("SELECT name FROM pragma_table_info('account')"))
                    .containsExactlyInAnyOrder("id", "name", "email");
        }
    }

    /** {@code src/test/java/.../revisions}, found from where the build put the test classes ({@code target/test-classes}). */
    private Path fixtureSources() throws Exception {
        Path testClasses = Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
        return testClasses.getParent().getParent()
                .resolve("src/test/java/" + AccountRevisions.PACKAGE.replace('.', '/'));
    }

    /** Refuses the classes of one package, so the child loader must define them from its own URLs. */
    private static final class HidingClassLoader extends ClassLoader {
        private final String hiddenPrefix;

        HidingClassLoader(ClassLoader parent, String hiddenPrefix) {
            super(parent);
            this.hiddenPrefix = hiddenPrefix;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith(hiddenPrefix)) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }
    }
}
