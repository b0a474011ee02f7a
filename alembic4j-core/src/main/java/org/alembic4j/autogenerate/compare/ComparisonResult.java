package org.alembic4j.autogenerate.compare;

import java.util.List;
import org.alembic4j.autogenerate.DetectedChange;

/**
 * What a comparison found: the operation groups in upgrade order, the differences one per line,
 * and the notes for {@code --verbose}.
 */
public record ComparisonResult(List<OperationGroup> groups, List<DetectedChange> changes, List<String> report) {

    public ComparisonResult {
        groups = List.copyOf(groups);
        changes = List.copyOf(changes);
        report = List.copyOf(report);
    }
}
