package org.alembic4j.schema;

import java.util.List;
import java.util.stream.Collectors;

/** PostgreSQL's {@code CONSTRAINT name EXCLUDE USING gist (col WITH op, ...)}. */
public record ExcludeConstraint(String name, String using, List<Element> elements, String where) implements Constraint {

    /** One {@code expression WITH operator} pair. */
    public record Element(String expression, String operator) {
    }

    public ExcludeConstraint {
        elements = List.copyOf(elements);
    }

    @Override public ExcludeConstraint named(String newName) { return new ExcludeConstraint(newName, using, elements, where); }
    @Override public ConstraintType type() { return ConstraintType.EXCLUDE; }
    @Override public List<String> columns() { return List.of(); }

    @Override public String toJava() {
        return "excludeConstraint(" + JavaSource.string(name) + ", " + JavaSource.string(using)
                + elements.stream().map(e -> ", excludeElement(" + JavaSource.string(e.expression()) + ", "
                + JavaSource.string(e.operator()) + ")").collect(Collectors.joining()) + ")";
    }
}
