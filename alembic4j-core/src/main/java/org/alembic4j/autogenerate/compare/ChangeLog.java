package org.alembic4j.autogenerate.compare;

import java.util.ArrayList;
import java.util.List;
import org.alembic4j.autogenerate.DetectedChange;
import org.alembic4j.internal.logging.Loggers;
import org.slf4j.Logger;

/** Collects the detected differences and logs each as Alembic does ({@code Detected added table 'tag'}). */
final class ChangeLog {

    private static final Logger LOG = Loggers.named("alembic.autogenerate.compare");

    private final List<DetectedChange> changes = new ArrayList<>();
    private final List<String> report = new ArrayList<>();

    void detected(String kind, String description) {
        changes.add(new DetectedChange(kind, description));
        LOG.info("Detected {}", description);
    }

    void note(String line) {
        report.add(line);
    }

    List<DetectedChange> changes() {
        return changes;
    }

    List<String> report() {
        return report;
    }
}
