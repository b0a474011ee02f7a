package org.alembic4j.op;

import org.alembic4j.schema.JavaSource;

/** Java source for the option lambdas of rendered operations. */
final class Options {
    private Options() {
    }

    static String schema(String schema) {
        return schema == null ? "" : ", o -> o.schema(" + JavaSource.string(schema) + ")";
    }

    static String drop(String schema, boolean ifExists) {
        if (schema == null && !ifExists) {
            return "";
        }
        return ", o -> o" + (schema == null ? "" : ".schema(" + JavaSource.string(schema) + ")") + (ifExists ? ".ifExists()" : "");
    }
}
