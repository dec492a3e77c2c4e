package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.spinup.scenario.json.Problem;
import dev.spinup.scenario.json.ScenarioFileException;
import java.io.ByteArrayInputStream;

/**
 * Jazzer fuzz test of the reader: for any bytes at all, the only allowed outcomes are a valid scenario or the
 * project's own {@link ScenarioFileException} whose problems are one line each. Anything else (another exception,
 * a hang, running out of memory) is a finding.
 *
 * <p>{@code mvn test} replays the seed corpus in {@code ScenarioReaderFuzzTestInputs} (regression mode). Fuzzing
 * for a million inputs: {@code JAZZER_FUZZ=1 mvn test -Dtest=ScenarioReaderFuzzTest} (docs/hardening.md).
 */
class ScenarioReaderFuzzTest {

    @FuzzTest(maxDuration = "3h", maxExecutions = 1_000_000)
    @DictionaryFile(resourcePath = "scenario.dict")
    void anyBytesGiveAScenarioOrProblems(byte[] input) {
        ScenarioFile file;
        try {
            file = new ScenarioReader().read("fuzz.json", new ByteArrayInputStream(input));
        } catch (ScenarioFileException e) {
            assertFalse(e.problems().isEmpty());
            for (Problem p : e.problems()) {
                assertOneLine(p);
            }
            return;
        }
        assertEquals(Scenario.SCHEMA_VERSION, file.scenario().schemaVersion());
        assertFalse(file.scenario().stacks().isEmpty());
        file.warnings().forEach(ScenarioReaderFuzzTest::assertOneLine);
        assertFalse(file.effectiveValues().isEmpty());
    }

    private static void assertOneLine(Problem p) {
        String line = p.toString();
        assertTrue(line.startsWith("fuzz.json:"), line);
        assertFalse(line.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029'), line);
    }
}
