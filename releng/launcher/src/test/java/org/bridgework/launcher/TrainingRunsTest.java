package org.bridgework.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrainingRunsTest {

    private static final String RUNS = "validate --sample; workbench --sample --exit --size 1280x800 ;;";

    @Test
    void eachRunIsACommandLineSplitAtSpaces() {
        assertEquals(List.of(List.of("validate", "--sample"), List.of("workbench", "--sample", "--exit", "--size", "1280x800")),
                Main.trainingRuns(RUNS, true));
    }

    @Test
    void theWindowIsLeftOutWithoutADisplay() {
        assertEquals(List.of(List.of("validate", "--sample")), Main.trainingRuns(RUNS, false));
    }
}
