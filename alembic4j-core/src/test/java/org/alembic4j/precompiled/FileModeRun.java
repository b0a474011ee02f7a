package org.alembic4j.precompiled;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.alembic4j.Alembic;

/**
 * The control for {@link ClassModeRun}: the same kind of run on a script directory, which must
 * compile its Java revision. Takes {@code "<script directory>|<url>"}.
 */
public final class FileModeRun implements Function<String, String> {

    @Override
    public String apply(String arguments) {
        String[] parts = arguments.split("\\|", 2);
        Path scripts = Path.of(parts[0]);
        try {
            Files.createDirectories(scripts.resolve("versions"));
            Files.writeString(scripts.resolve("versions/c0ffee000001_create_account.java"),
                    "import org.alembic4j.Migration;\nimport org.alembic4j.Revision;\n\n"
                            + "@Revision(id = \"c0ffee000001\")\nclass CreateAccount extends Migration {\n"
                            + "    public void upgrade() { op.execute(\"CREATE TABLE account (id INTEGER)\"); }\n"
                            + "    public void downgrade() { op.execute(\"DROP TABLE account\"); }\n}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Alembic.builder().scriptLocation(scripts).url(parts[1]).build().upgrade("head");
        return "upgraded";
    }
}
