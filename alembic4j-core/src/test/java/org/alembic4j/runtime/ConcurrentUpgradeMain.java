package org.alembic4j.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alembic4j.Migration;
import org.alembic4j.graph.MigrationStep;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.runtime.compile.JavaSourceCompiler;
import org.alembic4j.runtime.scripts.CompilingScriptLoader;
import org.alembic4j.runtime.testsupport.Runners;
import org.alembic4j.runtime.testsupport.Steps;

/**
 * One process of the concurrency test: {@code upgrade head} of a linear chain of Java revision
 * scripts. Arguments: database URL, versions directory, cache directory, ready file, start-gate
 * file, then the revision ids in order (each script file is {@code <id>_step.java}).
 */
public final class ConcurrentUpgradeMain {

    private ConcurrentUpgradeMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path versions = Path.of(args[1]);
        Path cache = Path.of(args[2]);
        Path ready = Path.of(args[3]);
        Path gate = Path.of(args[4]);
        List<RevisionNode> chain = new ArrayList<>();
        for (int i = 5; i < args.length; i++) {
            String down = chain.isEmpty() ? null : chain.get(chain.size() - 1).id();
            Path file = versions.resolve(args[i] + "_step.java");
            chain.add(down == null ? Steps.rev(args[i], "step", file) : Steps.rev(args[i], "step", file, down));
        }
        CompilingScriptLoader loader = new CompilingScriptLoader(
                new JavaSourceCompiler(cache, Migration.class.getClassLoader(), List.of()), f -> {
                    throw new IllegalStateException("no SQL revisions");
                });
        Files.createFile(ready);
        while (!Files.exists(gate)) {
            Thread.sleep(10);
        }
        try (MigrationRunner runner = Runners.online(url)) {
            List<MigrationStep> ran = runner.run(heads -> plan(chain, heads), loader);
            System.out.println("ran " + ran.size());
        }
    }

    /** The steps from the current head of the chain to its end. */
    private static List<MigrationStep> plan(List<RevisionNode> chain, Set<String> heads) {
        int start = 0;
        for (int i = 0; i < chain.size(); i++) {
            if (heads.contains(chain.get(i).id())) {
                start = i + 1;
            }
        }
        List<MigrationStep> steps = new ArrayList<>();
        for (int i = start; i < chain.size(); i++) {
            steps.add(Steps.up(chain.get(i)));
        }
        return steps;
    }
}
