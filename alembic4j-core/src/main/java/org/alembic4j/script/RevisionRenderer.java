package org.alembic4j.script;

import com.samskivert.mustache.DefaultCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alembic4j.AlembicException;

/**
 * Renders a new revision file from the script directory's Mustache template.
 *
 * <p>Template variables (Alembic's names, plus ready-made forms, since Mustache has no filters):
 * <ul>
 *   <li>{@code message}, {@code up_revision}, {@code create_date}: plain text;
 *       {@code down_revision}, {@code branch_labels}, {@code depends_on}: lists of strings;</li>
 *   <li>{@code docstring}: Alembic's docstring (message, {@code Revision ID}, {@code Revises},
 *       {@code Create Date}) already made safe for the format: escaped for a Java block comment,
 *       or as {@code --} lines for SQL;</li>
 *   <li>Java: {@code class_name}, {@code up_revision_java}, {@code down_revision_java},
 *       {@code branch_labels_java}, {@code depends_on_java} (literals for {@code @Revision});</li>
 *   <li>SQL: {@code down_revision_comma}, {@code branch_labels_comma}, {@code depends_on_comma};</li>
 *   <li>{@code imports}, {@code upgrades}, {@code downgrades}: code, empty by default (empty
 *       strings count as false in sections);</li>
 *   <li>any extra {@code templateArg}s of the request.</li>
 * </ul>
 */
final class RevisionRenderer {

    private RevisionRenderer() {
    }

    static String render(String template, String templateName, RevisionFormat format, RevisionRequest request,
            CreateDate createDate) {
        Map<String, Object> vars = variables(format, request, createDate);
        try {
            return Mustache.compiler()
                    .withCollector(new TemplateCollector())
                    .escapeHTML(false)
                    .emptyStringIsFalse(true)
                    .compile(template)
                    .execute(vars);
        } catch (MustacheException e) {
            throw new AlembicException("Can't render revision template " + templateName + ": " + e.getMessage(), e);
        }
    }

    /**
     * JMustache's default collector, except that a string offers no properties. Inside
     * {@code {{#upgrades}}} the context is the string itself, and every name looked up there was
     * first searched for by reflection on {@code String} (getters, fields: ~10 ms of a cold
     * command) before falling through to the enclosing variables, which is where it still goes.
     */
    private static final class TemplateCollector extends DefaultCollector {
        @Override
        public Mustache.VariableFetcher createFetcher(Object context, String name) {
            return context instanceof String ? null : super.createFetcher(context, name);
        }
    }

    static Map<String, Object> variables(RevisionFormat format, RevisionRequest request, CreateDate createDate) {
        String message = request.message() != null ? normaliseLineBreaks(request.message()) : "empty message";
        List<String> down = request.downRevisions();
        String docstring = message + "\n\nRevision ID: " + request.id() + "\nRevises: " + String.join(", ", down)
                + "\nCreate Date: " + createDate.text() + "\n";
        Map<String, Object> vars = new HashMap<>();
        vars.put("message", message);
        vars.put("up_revision", request.id());
        vars.put("down_revision", down);
        vars.put("branch_labels", request.branchLabels());
        vars.put("depends_on", request.dependsOn());
        vars.put("create_date", createDate.text());
        vars.put("imports", request.imports());
        vars.put("upgrades", request.upgrades());
        vars.put("downgrades", request.downgrades());
        if (format == RevisionFormat.JAVA) {
            vars.put("docstring", JavaText.encodeComment(docstring));
            vars.put("class_name", JavaText.className(request.id()));
            vars.put("up_revision_java", JavaText.stringLiteral(request.id()));
            vars.put("down_revision_java", JavaText.arrayLiteral(down));
            vars.put("branch_labels_java", JavaText.arrayLiteral(request.branchLabels()));
            vars.put("depends_on_java", JavaText.arrayLiteral(request.dependsOn()));
        } else {
            checkSqlValues(request);
            vars.put("docstring", sqlComment(docstring));
            vars.put("down_revision_comma", String.join(", ", down));
            vars.put("branch_labels_comma", String.join(", ", request.branchLabels()));
            vars.put("depends_on_comma", String.join(", ", request.dependsOn()));
        }
        request.templateArgs().forEach((name, value) -> {
            if (vars.putIfAbsent(name, value) != null) {
                throw new AlembicException("Template argument '" + name + "' would replace a built-in template variable");
            }
        });
        return vars;
    }

    /** Each line behind {@code -- } ({@code --} alone for an empty line). */
    private static String sqlComment(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(lines[i].isEmpty() ? "--" : "-- " + lines[i]);
        }
        return out.toString();
    }

    /** SQL metadata lines are comma lists on one line, so ids and labels can't hold commas or line breaks. */
    private static void checkSqlValues(RevisionRequest request) {
        for (List<String> values : List.of(List.of(request.id()), request.downRevisions(), request.branchLabels(),
                request.dependsOn())) {
            for (String v : values) {
                if (v.contains(",") || v.contains("\n") || v.contains("\r") || !v.equals(v.strip()) || v.isEmpty()) {
                    throw new AlembicException("Can't write " + org.alembic4j.config.PyText.repr(v)
                            + " into a .sql revision: ids and labels there can't be empty, hold commas or line"
                            + " breaks, or start or end with spaces");
                }
            }
        }
    }

    private static String normaliseLineBreaks(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
