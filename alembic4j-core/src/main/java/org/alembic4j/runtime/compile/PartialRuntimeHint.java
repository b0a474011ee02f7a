package org.alembic4j.runtime.compile;

import java.lang.module.ModuleFinder;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.Diagnostic;

/**
 * What to add to a compile error when a script names a JDK package the running Java does not
 * have. The {@code alembic} command runs on a runtime cut down by jlink to the modules alembic4j
 * uses, and javac then reports {@code package javax.sql.rowset does not exist} as if the name
 * were misspelt; the hint says why and how to run on a full JDK.
 */
final class PartialRuntimeHint {

    private static final String PREFIX = "package ";
    private static final String SUFFIX = " does not exist";

    private PartialRuntimeHint() {
    }

    /** The hint for these errors, if one names a missing JDK package and this Java is a partial one. */
    static Optional<String> forErrors(Collection<? extends Diagnostic<?>> errors) {
        Set<String> packages = missingJdkPackages(errors);
        if (packages.isEmpty() || !partialRuntime()) {
            return Optional.empty();
        }
        return Optional.of("If " + String.join(", ", packages) + (packages.size() == 1 ? " is" : " are")
                + " part of the JDK: the Java runtime running this (" + System.getProperty("java.home")
                + ") holds only some of the JDK's modules (bin/alembic runs on one cut down to the modules"
                + " alembic4j uses); ALEMBIC4J_JAVA_HOME=/path/to/jdk runs the command on a full JDK.");
    }

    /** The {@code java.}, {@code javax.} and {@code jdk.} packages these errors say do not exist. */
    static Set<String> missingJdkPackages(Collection<? extends Diagnostic<?>> errors) {
        Set<String> packages = new TreeSet<>();
        for (Diagnostic<?> d : errors) {
            if (!"compiler.err.doesnt.exist".equals(d.getCode())) {
                continue;
            }
            String message = d.getMessage(Locale.ROOT);
            if (message.startsWith(PREFIX) && message.endsWith(SUFFIX)) {
                String name = message.substring(PREFIX.length(), message.length() - SUFFIX.length());
                if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")) {
                    packages.add(name);
                }
            }
        }
        return packages;
    }

    /** Whether this Java lacks part of the SE platform: every full JDK has the {@code java.se} module. */
    static boolean partialRuntime() {
        return ModuleFinder.ofSystem().find("java.se").isEmpty();
    }
}
