package org.alembic4j.internal.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A logger asked for while another thread binds SLF4J's provider is the provider's own, not
 * SLF4J's stand-in (whose events SLF4J dropped with a warning when the provider would not take
 * them back). Each case runs a fresh SLF4J in a class loader of its own, bound to a provider that
 * stops half-way through its binding until the test lets it go.
 */
class LoggersTest {

    @TempDir
    Path dir;

    @Test
    void waitsForTheBindingInProgressAndReturnsTheProvidersLogger() throws Exception {
        try (URLClassLoader slf4j = freshSlf4j()) {
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                startBinding(slf4j, threads);

                Future<Object> logger = threads.submit(call(slf4j, Loggers.class.getName(), "named", "alembic.test"));
                assertThatThrownBy(() -> logger.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

                call(slf4j, BlockingSlf4jProvider.class.getName(), "release").call();
                assertThat(logger.get(10, TimeUnit.SECONDS).getClass().getName()).isEqualTo("org.slf4j.helpers.NOPLogger");
            } finally {
                threads.shutdownNow();
            }
        }
    }

    /** The command line's route: its own factory, and SLF4J's binding (a search of every jar) never started. */
    @Test
    void aChosenFactoryMakesTheLoggersWithoutBindingSlf4j() throws Exception {
        try (URLClassLoader slf4j = freshSlf4j()) {
            call(slf4j, ChosenLoggerFactory.class.getName(), "install").call();

            Object logger = call(slf4j, Loggers.class.getName(), "named", "alembic.test").call();

            assertThat(logger.getClass().getName()).isEqualTo(ChosenLoggerFactory.ChosenLogger.class.getName());
            assertThat((Boolean) call(slf4j, BlockingSlf4jProvider.class.getName(), "bindingStarted").call()).isFalse();
        }
    }

    /** What the helper is for: SLF4J itself answers at once, with a stand-in, while the binding runs. */
    @Test
    void slf4jAloneHandsOutAStandInMeanwhile() throws Exception {
        try (URLClassLoader slf4j = freshSlf4j()) {
            ExecutorService threads = Executors.newFixedThreadPool(1);
            try {
                startBinding(slf4j, threads);

                Object logger = call(slf4j, "org.slf4j.LoggerFactory", "getLogger", "alembic.test").call();
                assertThat(logger.getClass().getName()).isEqualTo("org.slf4j.helpers.SubstituteLogger");
            } finally {
                call(slf4j, BlockingSlf4jProvider.class.getName(), "release").call();
                threads.shutdownNow();
            }
        }
    }

    /** Starts SLF4J's binding on one of {@code threads} and returns once it is held half-way. */
    private static void startBinding(URLClassLoader slf4j, ExecutorService threads) throws Exception {
        threads.submit(call(slf4j, "org.slf4j.LoggerFactory", "getILoggerFactory"));
        assertThat((Boolean) call(slf4j, BlockingSlf4jProvider.class.getName(), "awaitBinding").call()).isTrue();
    }

    /**
     * slf4j-api, Loggers and the blocking provider (named in a service entry of its own), loaded
     * apart from the test JVM's classes so SLF4J starts unbound.
     */
    private URLClassLoader freshSlf4j() throws Exception {
        Path classes = dir.resolve("classes");
        copyClass(Loggers.class, classes);
        copyClass(BlockingSlf4jProvider.class, classes);
        copyClass(ChosenLoggerFactory.class, classes);
        copyClass(ChosenLoggerFactory.ChosenLogger.class, classes);
        Path services = classes.resolve("META-INF/services/org.slf4j.spi.SLF4JServiceProvider");
        Files.createDirectories(services.getParent());
        Files.writeString(services, BlockingSlf4jProvider.class.getName() + "\n");
        URL api = LoggerFactory.class.getProtectionDomain().getCodeSource().getLocation();
        return new URLClassLoader(new URL[] {classes.toUri().toURL(), api}, ClassLoader.getPlatformClassLoader());
    }

    private static void copyClass(Class<?> type, Path root) throws Exception {
        String file = type.getName().replace('.', '/') + ".class";
        Path target = root.resolve(file);
        Files.createDirectories(target.getParent());
        try (InputStream in = type.getClassLoader().getResourceAsStream(file)) {
            Files.write(target, in.readAllBytes());
        }
    }

    /** A static method of a class in {@code loader}, as a task (String arguments only). */
    private static Callable<Object> call(ClassLoader loader, String className, String methodName, String... args) {
        return () -> {
            Class<?>[] types = new Class<?>[args.length];
            java.util.Arrays.fill(types, String.class);
            Method method = Class.forName(className, true, loader).getMethod(methodName, types);
            return method.invoke(null, (Object[]) args);
        };
    }
}
