package org.alembic4j.precompiled;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.alembic4j.Alembic;
import org.alembic4j.precompiled.revisions.AccountRevisions;
import org.alembic4j.precompiled.revisions.AccountsEnvironment;

/**
 * An application migrating its database in class mode: runs inside {@link CompilerFreeClassLoader}.
 * Takes the database URL, upgrades to head (through the environment hook) and returns what
 * {@code current} prints.
 */
public final class ClassModeRun implements Function<String, String> {

    @Override
    public String apply(String url) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Alembic alembic = Alembic.builder().revisionClasses(AccountRevisions.array())
                .environment(new AccountsEnvironment()).url(url)
                .output(new PrintStream(out, true, StandardCharsets.UTF_8)).build();
        alembic.upgrade("head");
        alembic.commands().heads(false, false);
        alembic.commands().current(false, false);
        return out.toString(StandardCharsets.UTF_8);
    }
}
