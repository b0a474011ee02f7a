package org.alembic4j.precompiled.revisions;

import org.alembic4j.env.EnvironmentContext;
import org.alembic4j.env.MigrationEnvironment;

/**
 * The application's environment hook for the precompiled revisions (what env.java is to a script
 * directory): connects to the URL given as {@code -x db=...} and keeps versions in its own table.
 */
public final class AccountsEnvironment implements MigrationEnvironment {

    public static final String VERSION_TABLE = "accounts_version";

    @Override
    public void configure(EnvironmentContext context) {
        String url = context.xArgumentsAsMap().get("db");
        if (url != null) {
            context.useUrl(url);
        }
        context.versionTable(VERSION_TABLE);
    }
}
