package org.alembic4j.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionIdsTest {

    @Test
    void idsAreTwelveLowercaseHexDigitsAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        int[] digitCounts = new int[16];
        for (int i = 0; i < 2000; i++) {
            String id = RevisionIds.random();
            assertThat(id).matches("[0-9a-f]{12}");
            assertThat(seen.add(id)).as("repeated id %s", id).isTrue();
            for (char c : id.toCharArray()) {
                digitCounts[Character.digit(c, 16)]++;
            }
        }
        // 24 000 random digits: each of the 16 should come up about 1500 times
        for (int count : digitCounts) {
            assertThat(count).isBetween(1200, 1800);
        }
    }

    @Test
    void hexIsLowercaseAndTwoDigitsPerByte() {
        assertThat(RevisionIds.hex(new byte[] {0x00, 0x0f, (byte) 0xa0, (byte) 0xff, 0x12, 0x7e})).isEqualTo("000fa0ff127e");
    }
}
