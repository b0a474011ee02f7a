package org.alembic4j.precompiled.revisions;

import java.util.List;

/** The fixture revision classes, listed from inside their package (they are package-private, as the template makes them). */
public final class AccountRevisions {

    /** The package the revision index is asked about. */
    public static final String PACKAGE = AccountRevisions.class.getPackageName();

    private AccountRevisions() {
    }

    public static List<Class<?>> classes() {
        return List.of(CreateAccount.class, AddAccountEmail.class);
    }

    public static Class<?>[] array() {
        return classes().toArray(Class<?>[]::new);
    }
}
