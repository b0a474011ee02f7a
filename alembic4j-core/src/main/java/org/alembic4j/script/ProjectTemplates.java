package org.alembic4j.script;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alembic4j.AlembicException;

/**
 * The environment templates {@code init} can write, kept as class-path resources under
 * {@code org/alembic4j/templates/}: an {@code index} of template names in listing order, and per
 * template a {@code manifest} whose lines read {@code <target file> <resource path>} (files are
 * written in manifest order; the target {@code alembic.ini} is the rendered ini file).
 */
public final class ProjectTemplates {

    static final String ROOT = "/org/alembic4j/templates/";

    /** A template: its name and the first line of its README. */
    public record Template(String name, String synopsis) {
    }

    /** One file a template writes: the target name and the resource it comes from. */
    record TemplateFile(String target, String resource) {
    }

    private ProjectTemplates() {
    }

    /** The templates in listing order. */
    public static List<Template> available() {
        List<Template> out = new ArrayList<>();
        for (String name : lines(ROOT + "index")) {
            String readme = files(name).orElseThrow().stream()
                    .filter(f -> f.target().equals("README")).findFirst()
                    .map(f -> read(f.resource())).orElse("");
            out.add(new Template(name, readme.lines().findFirst().orElse("").stripTrailing()));
        }
        return out;
    }

    /** Prints {@code list_templates}' output, in Alembic's format. */
    public static void listTemplates(StatusOutput out) {
        out.message("Available templates:\n");
        for (Template t : available()) {
            out.message(t.name() + " - " + t.synopsis());
        }
        out.message("\nTemplates are used via the 'init' command, e.g.:");
        out.message("\n  alembic init --template generic ./scripts");
    }

    /** The files of a template, or empty if there is no such template. */
    static Optional<List<TemplateFile>> files(String template) {
        if (!lines(ROOT + "index").contains(template)) {
            return Optional.empty();
        }
        List<TemplateFile> files = new ArrayList<>();
        for (String line : lines(ROOT + template + "/manifest")) {
            String[] parts = line.trim().split("\\s+");
            files.add(new TemplateFile(parts[0], ROOT + parts[1]));
        }
        return Optional.of(files);
    }

    static String read(String resource) {
        try (InputStream in = ProjectTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AlembicException("Template resource " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AlembicException("Can't read template resource " + resource + ": " + e, e);
        }
    }

    private static List<String> lines(String resource) {
        return read(resource).lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }
}
