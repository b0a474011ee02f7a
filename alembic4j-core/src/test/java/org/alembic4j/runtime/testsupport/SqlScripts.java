package org.alembic4j.runtime.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.runtime.RevisionScript;
import org.alembic4j.runtime.ScriptLoader;

/** A loader of revisions whose bodies are fixed SQL statements run through {@code op.execute}. */
public final class SqlScripts implements ScriptLoader {

    private final Map<String, List<String>> upgrades = new LinkedHashMap<>();
    private final Map<String, List<String>> downgrades = new LinkedHashMap<>();

    public SqlScripts revision(String id, List<String> upgrade, List<String> downgrade) {
        upgrades.put(id, upgrade);
        downgrades.put(id, downgrade);
        return this;
    }

    @Override
    public Map<String, RevisionScript> load(java.util.Collection<RevisionNode> revisions) {
        Map<String, RevisionScript> scripts = new LinkedHashMap<>();
        for (RevisionNode r : revisions) {
            if (!upgrades.containsKey(r.id())) {
                throw new IllegalArgumentException("no script for " + r.id());
            }
            scripts.put(r.id(), (ctx, op, upgrade) -> (upgrade ? upgrades : downgrades).get(r.id()).forEach(op::execute));
        }
        return scripts;
    }
}
