package org.alembic4j.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RevisionLookupTest {

    @Test
    void integersArePythonIntegersAndIdsAreNot() {
        assertThat(RevisionLookup.pythonInt("-3")).isEqualTo(-3L);
        assertThat(RevisionLookup.pythonInt(" +1_000 ")).isEqualTo(1000L);
        assertThat(RevisionLookup.pythonInt("\u0663")).as("an Arabic-Indic digit").isEqualTo(3L);
        assertThat(RevisionLookup.pythonInt("123456789012")).isEqualTo(123456789012L);
        assertThat(RevisionLookup.pythonInt("557e0cc5c695")).isNull();
        assertThat(RevisionLookup.pythonInt("1__0")).isNull();
        assertThat(RevisionLookup.pythonInt("")).isNull();
        assertThat(RevisionLookup.pythonInt(null)).isNull();
    }

    @Test
    void relativeFormsNeedASign() {
        assertThat(RevisionLookup.relative("heads")).isNull();
        assertThat(RevisionLookup.relative("557e0cc5c695")).isNull();
        assertThat(RevisionLookup.relative("feature@head-2"))
                .isEqualTo(new RevisionLookup.Relative("feature", "head", "-2", -2));
        assertThat(RevisionLookup.relative("+1")).isEqualTo(new RevisionLookup.Relative(null, null, "+1", 1));
        assertThat(RevisionLookup.relative("ab-cd")).isNull();
    }
}
