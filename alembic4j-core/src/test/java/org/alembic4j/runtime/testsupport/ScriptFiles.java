package org.alembic4j.runtime.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes Java revision scripts the way the template lays them out (default package, file name != class name). */
public final class ScriptFiles {

    private ScriptFiles() {
    }

    /**
     * A revision file {@code <id>_<slug>.java} with class {@code Rev_<id>} whose upgrade and
     * downgrade run the given SQL statements through {@code op.execute}.
     */
    public static Path write(Path dir, String id, String down, String slug, String[] upgradeSql, String[] downgradeSql)
            throws IOException {
        String source = "import org.alembic4j.Migration;\n"
                + "import org.alembic4j.Revision;\n\n"
                + "@Revision(id = \"" + id + "\"" + (down == null ? "" : ", down = \"" + down + "\"") + ")\n"
                + "class Rev_" + id + " extends Migration {\n"
                + "    @Override\n    public void upgrade() {\n" + calls(upgradeSql) + "    }\n\n"
                + "    @Override\n    public void downgrade() {\n" + calls(downgradeSql) + "    }\n"
                + "}\n";
        return writeSource(dir, id + "_" + slug + ".java", source);
    }

    public static Path writeSource(Path dir, String fileName, String source) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(fileName);
        Files.writeString(file, source, StandardCharsets.UTF_8);
        return file;
    }

    private static String calls(String[] sql) {
        StringBuilder b = new StringBuilder();
        for (String s : sql) {
            b.append("        op.execute(\"").append(s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                    .append("\");\n");
        }
        return b.toString();
    }
}
