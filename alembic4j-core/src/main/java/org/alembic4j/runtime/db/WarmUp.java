package org.alembic4j.runtime.db;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alembic4j.dialect.Dialects;
import org.alembic4j.internal.logging.Loggers;
import org.slf4j.LoggerFactory;

/**
 * Gets ready, on a background thread while the command reads its revisions and compiles
 * {@code env.java}, what running against the configured database will need once per process:
 * the logging back end, the dialect's reserved words and, for a command that connects, the JDBC
 * driver (the work a driver does before its first connection, which touches no database and no
 * file a connection would create). Measured on a cold JVM: sqlite-jdbc's first connection spends
 * about three quarters of its time building its default configuration (date formats) and loading
 * its native library; the PostgreSQL driver's class initialisation starts {@code java.util.logging}.
 *
 * <p>Only an accelerator: the connection does the same work itself if this has not finished (a
 * class being initialised here is waited for, never initialised twice), and any failure here is
 * ignored, to surface, if it must, where the connection is made.
 */
public final class WarmUp {

    /**
     * What each driver does before its first connection, beyond initialising its class:
     * {@code new:C} constructs C, {@code call:C#m} calls the static method m, {@code init:C}
     * initialises C, {@code slf4j:} binds SLF4J (for a driver that logs through it when SLF4J is
     * on the class path, as sqlite-jdbc, MariaDB's and H2 do; pgjdbc logs through
     * {@code java.util.logging}), {@code privileged:} runs an action through {@code AccessController} by
     * reflection, as pgjdbc does on its first connection: a method's first reflective call checks
     * it for {@code @CallerSensitive} by parsing its annotations (10 ms of a cold JVM, measured),
     * and the driver's call then finds that done. Names a driver version lacks are skipped.
     *
     * <p>In the order the connection meets them, once the driver class is ready: the connection
     * thread starts then too, so a step is worth doing here only if it finishes before that
     * thread needs it. Sockets and the default time zone and calendar data (30 ms of a cold JVM)
     * come first; the privileged call late, as the connection makes its own at once. Measured
     * interleaved (autogenerate against PostgreSQL), with {@link JdbcDrivers#connect} no longer
     * asking acceptsURL first: 7-13 ms faster, 15-19 ms less CPU than the privileged call first.
     */
    private static final Map<String, List<String>> PREPARATIONS = Map.of(
            "org.sqlite.JDBC", List.of("new:org.sqlite.SQLiteConfig", "call:org.sqlite.core.NativeDB#load", "slf4j:"),
            "org.mariadb.jdbc.Driver", List.of("slf4j:"),
            "org.h2.Driver", List.of("slf4j:"),
            "org.postgresql.Driver", List.of("init:java.net.InetAddress", "init:java.net.Socket",
                    "init:sun.nio.ch.NioSocketImpl", "new:java.util.GregorianCalendar",
                    "init:org.postgresql.core.ServerVersion", "init:org.postgresql.jdbc.TimestampUtils",
                    "privileged:", "init:java.lang.SecurityManager"));

    private WarmUp() {
    }

    /**
     * Starts getting ready for a run on {@code url} (a JDBC or SQLAlchemy-style URL, or null):
     * the driver only when the run will {@code connect}. A URL it can't read is left for the run
     * to report.
     *
     * @return the thread doing it, if any (daemon: nobody needs to wait for it)
     */
    public static Optional<Thread> start(String url, boolean connect) {
        String dialect = url == null || url.isBlank() ? null : DatabaseUrls.dialectOfScheme(url);
        if (dialect == null) {
            return Optional.empty();
        }
        Thread thread = new Thread(new Runnable() {
            @Override
            public void run() {
                prepare(dialect, connect);
            }
        }, "alembic4j-warm-up");
        thread.setDaemon(true);
        thread.start();
        return Optional.of(thread);
    }

    /**
     * The driver first when the run connects: the connection (started by env.java, moments
     * later) waits for it, and the main thread then waits for the connection. Then SLF4J's
     * binding, unless the process's owner gave alembic4j a logger factory (the command line does:
     * binding searches every jar, ~20 ms of CPU that two cores feel, for no one to use), then the
     * dialect.
     */
    private static void prepare(String dialect, boolean connect) {
        try {
            if (connect) {
                for (String driver : JdbcDrivers.driverClasses("jdbc:" + dialect + ":")) {
                    if (prepareDriver(driver)) {
                        break;
                    }
                }
            }
            if (!Loggers.factoryChosen()) {
                LoggerFactory.getILoggerFactory(); // alembic4j's own loggers come from SLF4J's binding
            }
            Dialects.forName(dialect);
        } catch (RuntimeException | LinkageError ignored) {
            // only an accelerator: the run does the same work and reports what fails
        }
    }

    /** A no-op action through {@code AccessController.doPrivileged}, called reflectively. */
    private static boolean runPrivileged() {
        try {
            Class<?> action = Class.forName("java.security.PrivilegedExceptionAction");
            Method doPrivileged = Class.forName("java.security.AccessController").getMethod("doPrivileged", action);
            doPrivileged.invoke(null, new NoOpAction());
            return true;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException absent) {
            return false; // a JDK without AccessController: the driver has nothing to call either
        }
    }

    private static final class NoOpAction implements java.security.PrivilegedExceptionAction<Object> {
        @Override
        public Object run() {
            return null;
        }
    }

    private static boolean prepareDriver(String driverClass) {
        ClassLoader loader = WarmUp.class.getClassLoader();
        if (!run("init:" + driverClass, loader)) {
            return false;
        }
        for (String step : PREPARATIONS.getOrDefault(driverClass, List.of())) {
            run(step, loader);
        }
        return true;
    }

    private static boolean run(String step, ClassLoader loader) {
        if (step.equals("privileged:")) {
            return runPrivileged();
        }
        if (step.equals("slf4j:")) {
            LoggerFactory.getILoggerFactory();
            return true;
        }
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
