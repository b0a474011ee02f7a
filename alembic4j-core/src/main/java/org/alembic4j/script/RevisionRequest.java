package org.alembic4j.script;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.alembic4j.graph.RevisionNode;

/**
 * What a new revision file should say. The values are already resolved and validated by the
 * caller (heads, splice, labels, dependency ids); the script directory only renders and writes.
 */
public final class RevisionRequest {

    private final String id;
    private final String message;
    private final List<RevisionNode> parents;
    private final List<String> branchLabels;
    private final List<String> dependsOn;
    private final String versionPath;
    private final RevisionFormat format;
    private final String imports;
    private final String upgrades;
    private final String downgrades;
    private final Map<String, Object> templateArgs;
    private final ZonedDateTime createDate;

    private RevisionRequest(Builder b) {
        this.id = b.id;
        this.message = b.message;
        this.parents = List.copyOf(b.parents);
        this.branchLabels = List.copyOf(b.branchLabels);
        this.dependsOn = List.copyOf(b.dependsOn);
        this.versionPath = b.versionPath;
        this.format = b.format;
        this.imports = b.imports;
        this.upgrades = b.upgrades;
        this.downgrades = b.downgrades;
        this.templateArgs = Map.copyOf(b.templateArgs);
        this.createDate = b.createDate;
    }

    /** Starts a request for a revision with this id. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    public String id() {
        return id;
    }

    /** The {@code -m} message, or null (the docstring then says {@code empty message}). */
    public String message() {
        return message;
    }

    /** The parents in order; their files decide the directory when several locations exist. */
    public List<RevisionNode> parents() {
        return parents;
    }

    /** The parent ids, in order. */
    public List<String> downRevisions() {
        return parents.stream().map(RevisionNode::id).toList();
    }

    public List<String> branchLabels() {
        return branchLabels;
    }

    public List<String> dependsOn() {
        return dependsOn;
    }

    /** The {@code --version-path} value as given, or null. */
    public String versionPath() {
        return versionPath;
    }

    /** The file format, or null for the configuration's {@code revision_format}. */
    public RevisionFormat format() {
        return format;
    }

    public String imports() {
        return imports;
    }

    public String upgrades() {
        return upgrades;
    }

    public String downgrades() {
        return downgrades;
    }

    public Map<String, Object> templateArgs() {
        return templateArgs;
    }

    /** A fixed create date, or null for now. */
    public ZonedDateTime createDate() {
        return createDate;
    }

    /** Builds a {@link RevisionRequest}. */
    public static final class Builder {
        private final String id;
        private String message;
        private List<RevisionNode> parents = List.of();
        private List<String> branchLabels = List.of();
        private List<String> dependsOn = List.of();
        private String versionPath;
        private RevisionFormat format;
        private String imports = "";
        private String upgrades = "";
        private String downgrades = "";
        private final Map<String, Object> templateArgs = new LinkedHashMap<>();
        private ZonedDateTime createDate;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /** The parents (resolved heads); empty for a new base. For a merge, in resolution order. */
        public Builder parents(List<RevisionNode> parents) {
            this.parents = new ArrayList<>(parents);
            return this;
        }

        public Builder branchLabels(List<String> labels) {
            this.branchLabels = List.copyOf(labels);
            return this;
        }

        /** Dependencies, already resolved: full ids, or branch labels kept as labels. */
        public Builder dependsOn(List<String> dependsOn) {
            this.dependsOn = List.copyOf(dependsOn);
            return this;
        }

        /** {@code --version-path}: must be one of the version locations (relative to the working directory). */
        public Builder versionPath(String path) {
            this.versionPath = path;
            return this;
        }

        public Builder format(RevisionFormat format) {
            this.format = format;
            return this;
        }

        /** Extra import lines for a Java revision (e.g. the operations' static import). */
        public Builder imports(String imports) {
            this.imports = Objects.requireNonNull(imports);
            return this;
        }

        /** The body of {@code upgrade()} (Java, already indented) or the upgrade SQL. */
        public Builder upgrades(String code) {
            this.upgrades = Objects.requireNonNull(code);
            return this;
        }

        /** The body of {@code downgrade()} or the downgrade SQL. */
        public Builder downgrades(String code) {
            this.downgrades = Objects.requireNonNull(code);
            return this;
        }

        /** An extra template variable (Alembic's {@code template_args}). */
        public Builder templateArg(String name, Object value) {
            this.templateArgs.put(name, value);
            return this;
        }

        /** Fixes the create date instead of using the clock (the zone is kept as given). */
        public Builder createDate(ZonedDateTime createDate) {
            this.createDate = createDate;
            return this;
        }

        public RevisionRequest build() {
            return new RevisionRequest(this);
        }
    }
}
