package org.alembic4j.script;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alembic4j.AlembicException;

/**
 * Opens a file in the user's editor, for {@code edit}. The editor is, as in Alembic:
 * {@code $EDITOR}, then {@code $VISUAL} (each used directly if it names an existing file,
 * otherwise looked up on {@code PATH}), then the first of {@code sensible-editor}, {@code editor},
 * {@code nano}, {@code vim}, {@code code} found on {@code PATH} ({@code code.exe},
 * {@code notepad++.exe}, {@code notepad.exe} on Windows).
 *
 * <p>Unlike Alembic, a variable holding a command with arguments ({@code EDITOR="code --wait"})
 * works: it is split at whitespace. The editor runs with this process's terminal and is waited
 * for; a start failure or a non-zero exit is {@code Error executing editor (...)}.
 */
public final class EditorLauncher {

    private final Map<String, String> environment;
    private final boolean windows;

    /** Uses the given environment variables (normally {@code System.getenv()}). */
    public EditorLauncher(Map<String, String> environment) {
        this(environment, File.separatorChar == '\\');
    }

    EditorLauncher(Map<String, String> environment, boolean windows) {
        this.environment = Map.copyOf(environment);
        this.windows = windows;
    }

    /** Opens {@code file} and waits for the editor to exit. */
    public void open(Path file) {
        List<String> command = new ArrayList<>();
        try {
            command.addAll(editorCommand().orElseThrow(() -> new IOException(
                    "No suitable editor found. Please set the \"EDITOR\" or \"VISUAL\" environment variables")));
            command.add(file.toString());
            Process process = new ProcessBuilder(command).inheritIO().start();
            int status = process.waitFor();
            if (status != 0) {
                throw new IOException("Command " + command + " returned non-zero exit status " + status + ".");
            }
        } catch (IOException e) {
            throw new AlembicException("Error executing editor (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AlembicException("Error executing editor (interrupted)", e);
        }
    }

    /** The editor command (program and its arguments), or empty if none is found. */
    public Optional<List<String>> editorCommand() {
        List<List<String>> candidates = new ArrayList<>();
        for (String var : List.of("EDITOR", "VISUAL")) {
            String value = environment.get(var);
            if (value == null || value.isBlank()) {
                continue;
            }
            if (Files.isRegularFile(Path.of(value))) {
                return Optional.of(List.of(value));
            }
            List<String> words = Arrays.asList(value.trim().split("\\s+"));
            if (Files.isRegularFile(Path.of(words.get(0)))) {
                return Optional.of(words);
            }
            if (!words.get(0).contains(File.separator)) {
                candidates.add(words);
            }
        }
        List<String> defaults = windows ? List.of("code.exe", "notepad++.exe", "notepad.exe")
                : List.of("sensible-editor", "editor", "nano", "vim", "code");
        defaults.forEach(name -> candidates.add(List.of(name)));
        for (List<String> candidate : candidates) {
            Optional<Path> program = onPath(candidate.get(0));
            if (program.isPresent()) {
                List<String> command = new ArrayList<>(candidate);
                command.set(0, program.get().toString());
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    private Optional<Path> onPath(String name) {
        String exe = windows && !name.endsWith(".exe") ? name + ".exe" : name;
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, exe);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
