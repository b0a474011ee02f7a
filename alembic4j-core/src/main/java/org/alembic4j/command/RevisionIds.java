package org.alembic4j.command;

import java.util.UUID;

/** New revision ids, as Alembic makes them: the last 12 hex digits of a random UUID. */
final class RevisionIds {
    private RevisionIds() {
    }

    static String random() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        return hex.substring(hex.length() - 12);
    }
}
