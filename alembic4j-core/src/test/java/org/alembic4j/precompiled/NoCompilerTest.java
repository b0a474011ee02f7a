package org.alembic4j.precompiled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.alembic4j.Alembic;
import org.alembic4j.precompiled.revisions.AccountsEnvironment;
import org.alembic4j.runtime.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class mode never touches a compiler. Removing {@code jdk.compiler} from the test JVM is not
 * possible, so the run happens in a {@link CompilerFreeClassLoader}, where the JDK compiler API
 * and alembic4j's compiling package do not exist: had class mode constructed a
 * {@code JavaSourceCompiler}, created the class cache or asked {@code ToolProvider} for javac, it
 * would have had to load one of those classes and failed. The control run on a script directory
 * shows that the same loader does stop the compiling path, so the first test cannot pass by accident.
 */
class NoCompilerTest {

    @TempDir
    Path dir;

    @Test
    void classModeRunsWhereNoCompilerClassCanBeLoaded() throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.H2);
             CompilerFreeClassLoader loader = compilerFreeLoader()) {
            String printed = run(loader, ClassModeRun.class, db.jdbcUrl());

            assertThat(printed).isEqualTo("c0ffee000002 (accounts) (head)\nc0ffee000002 (head)\n"); // heads, then current
            assertThat(loader.refused()).isEmpty();
            assertThat(db.strings("SELECT version_num FROM " + AccountsEnvironment.VERSION_TABLE))
                    .containsExactly("c0ffee000002");
            assertThat(db.strings("SELECT LOWER(column_name) FROM information_schema.columns WHERE table_name = 'ACCOUNT'"))
                    .containsExactlyInAnyOrder("id", "name", "email");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty(); // and no class cache or anything else was written in the working area
        }
    }

    @Test
    void theSameLoaderStopsTheScriptDirectoryPathAtTheCompiler() throws Exception {
        Path scripts = dir.resolve("migrations");
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE);
             CompilerFreeClassLoader loader = compilerFreeLoader()) {
            assertThatThrownBy(() -> run(loader, FileModeRun.class, scripts + "|" + db.sqlalchemyUrl()))
                    .isInstanceOf(NoClassDefFoundError.class)
                    .hasMessageContaining("org/alembic4j/runtime/compile/");
            assertThat(loader.refused()).isNotEmpty()
                    .allMatch(name -> name.startsWith("org.alembic4j.runtime.compile."));
            assertThat(db.tables()).doesNotContain("account");
        }
        assertThat(CompiledClassEntries.in(scripts.resolve(".alembic4j-cache"))).isEmpty();
    }

    /** Runs {@code type}, defined by {@code loader}, on {@code argument}. */
    @SuppressWarnings("unchecked")
    private static String run(CompilerFreeClassLoader loader, Class<?> type, String argument) throws Exception {
        Class<?> isolated = Class.forName(type.getName(), true, loader);
        assertThat(isolated.getClassLoader()).isSameAs(loader);
        Function<String, String> run = (Function<String, String>) isolated.getDeclaredConstructor().newInstance();
        return run.apply(argument);
    }

    /** alembic4j's main classes and this module's test classes, defined afresh by the compiler-free loader. */
    private static CompilerFreeClassLoader compilerFreeLoader() {
        return new CompilerFreeClassLoader(new URL[] {location(Alembic.class), location(NoCompilerTest.class)},
                NoCompilerTest.class.getClassLoader());
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
