package org.alembic4j.runtime.db;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gets a JDBC driver ready on a background thread while the command reads its revisions and
 * compiles {@code env.java}: the work a driver does once per process before its first
 * connection, which touches no database and no file a connection would create. Measured on a
 * cold JVM: sqlite-jdbc's first connection spends about three quarters of its time building its
 * default configuration (date formats) and loading its native library; the PostgreSQL driver's
 * class initialisation starts {@code java.util.logging}.
 *
 * <p>Only an accelerator: the connection does the same work itself if this has not finished (a
 * class being initialised here is waited for, never initialised twice), and any failure here is
 * ignored, to surface, if it must, where the connection is made.
 */
public final class DriverWarmUp {

    /**
     * What each driver does before its first connection, beyond initialising its class:
     * {@code new:C} constructs C, {@code call:C#m} calls the static method m, {@code init:C}
     * initialises C. Names a driver version lacks are skipped.
     */
    private static final Map<String, List<String>> PREPARATIONS = Map.of(
            "org.sqlite.JDBC", List.of("new:org.sqlite.SQLiteConfig", "call:org.sqlite.core.NativeDB#load"),
            "org.postgresql.Driver", List.of("init:org.postgresql.core.ServerVersion",
                    "init:org.postgresql.jdbc.TimestampUtils", "new:java.util.GregorianCalendar"));

    private DriverWarmUp() {
    }

    /**
     * Starts preparing the driver of {@code url} (a JDBC or SQLAlchemy-style URL, or null);
     * does nothing for a URL it can't read or a driver it doesn't know.
     *
     * @return the thread doing it, if any (daemon: nobody needs to wait for it)
     */
    public static Optional<Thread> start(String url) {
        Optional<String> driver = driverClass(url);
        if (driver.isEmpty()) {
            return Optional.empty();
        }
        Thread thread = new Thread(() -> prepare(driver.get()), "alembic4j-driver-warm-up");
        thread.setDaemon(true);
        thread.start();
        return Optional.of(thread);
    }

    private static Optional<String> driverClass(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            return JdbcDrivers.driverClasses(DatabaseUrls.parse(url).jdbcUrl()).stream().findFirst();
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // reported by the connection, in its place
        }
    }

    private static void prepare(String driverClass) {
        ClassLoader loader = DriverWarmUp.class.getClassLoader();
        if (!run("init:" + driverClass, loader)) {
            return;
        }
        for (String step : PREPARATIONS.getOrDefault(driverClass, List.of())) {
            run(step, loader);
        }
    }

    private static boolean run(String step, ClassLoader loader) {
        String what = step.substring(step.indexOf(':') + 1);
        int hash = what.indexOf('#');
        String className = hash < 0 ? what : what.substring(0, hash);
        try {
            Class<?> type = Class.forName(className, true, loader);
            if (step.startsWith("new:")) {
                type.getConstructor().newInstance();
            } else if (step.startsWith("call:")) {
                Method method = type.getMethod(what.substring(hash + 1));
                method.invoke(null);
            }
            return true;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException ignored) {
            return false;
        }
    }
}
