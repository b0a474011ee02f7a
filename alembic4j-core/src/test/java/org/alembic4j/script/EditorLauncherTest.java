package org.alembic4j.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorLauncherTest {

    @TempDir
    Path dir;

    private Path executable(String name, String script) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void choosesEditorThenVisualThenTheUsualEditorsOnPath() throws Exception {
        Path nano = executable("nano", "exit 0");
        Path vim = executable("vim", "exit 0");
        Path mine = executable("mine", "exit 0");
        String path = dir.resolve("bin") + ":/nonexistent";

        assertThat(new EditorLauncher(Map.of("PATH", path), false).editorCommand()).hasValue(List.of(nano.toString()));
        assertThat(new EditorLauncher(Map.of("PATH", path, "VISUAL", "vim"), false).editorCommand())
                .hasValue(List.of(vim.toString()));
        assertThat(new EditorLauncher(Map.of("PATH", path, "VISUAL", "vim", "EDITOR", "mine --wait -n"), false)
                .editorCommand()).hasValue(List.of(mine.toString(), "--wait", "-n"));
        assertThat(new EditorLauncher(Map.of("PATH", "/nonexistent", "EDITOR", mine.toString()), false)
                .editorCommand()).hasValue(List.of(mine.toString()));
        assertThat(new EditorLauncher(Map.of("PATH", path, "EDITOR", "notinstalled"), false).editorCommand())
                .as("an editor not on PATH falls through to the defaults").hasValue(List.of(nano.toString()));
        assertThat(new EditorLauncher(Map.of("PATH", "/nonexistent"), false).editorCommand()).isEmpty();
    }

    @Test
    void runsTheEditorOnTheFileAndWaits() throws Exception {
        Path editor = executable("fake-editor", "echo \"edited by $0\" >> \"$1\"");
        Path file = Files.writeString(dir.resolve("r1_x.java"), "original\n");
        new EditorLauncher(Map.of("PATH", "/nonexistent", "EDITOR", editor.toString())).open(file);
        assertThat(Files.readString(file)).isEqualTo("original\nedited by " + editor + "\n");
    }

    @Test
    void failuresAreCommandErrors() throws Exception {
        Path failing = executable("failing", "exit 3");
        Path file = dir.resolve("r1_x.java");
        assertThatThrownBy(() -> new EditorLauncher(Map.of("EDITOR", failing.toString())).open(file))
                .hasMessage("Error executing editor (Command [" + failing + ", " + file
                        + "] returned non-zero exit status 3.)");
        assertThatThrownBy(() -> new EditorLauncher(Map.of("PATH", "/nonexistent")).open(file))
                .hasMessage("Error executing editor (No suitable editor found. Please set the \"EDITOR\" or"
                        + " \"VISUAL\" environment variables)");
    }
}
