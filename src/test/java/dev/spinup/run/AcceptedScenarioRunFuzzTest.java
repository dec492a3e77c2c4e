package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.ScenarioReader;
import dev.spinup.scenario.WorkBudget;
import dev.spinup.scenario.json.ScenarioFileException;
import java.io.ByteArrayInputStream;

/**
 * Jazzer fuzz test of the promise "what {@code validate} accepts, {@code run} completes": any bytes the reader
 * accepts are run on every stack, and the run must end with a result for each, never an exception. Inputs past a
 * small work budget are not run (a fuzzer must try thousands of inputs a second); the reader's own budget and the
 * property test {@code NearLimitsProperties} cover large ones.
 *
 * <p>{@code mvn test} replays the seed corpus in {@code AcceptedScenarioRunFuzzTestInputs}; fuzzing:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=AcceptedScenarioRunFuzzTest}.
 */
class AcceptedScenarioRunFuzzTest {

    /** The most instance starts one fuzz input may run. */
    private static final long FUZZ_BUDGET = 20_000;

    @FuzzTest(maxDuration = "3h", maxExecutions = 1_000_000)
    @DictionaryFile(resourcePath = "scenario.dict")
    void whatTheReaderAcceptsRunsToTheEnd(byte[] input) {
        Scenario scenario;
        try {
            scenario = new ScenarioReader().read("fuzz.json", new ByteArrayInputStream(input)).scenario();
        } catch (ScenarioFileException refused) {
            return; // the reader's own fuzz test checks refusals
        }
        if (WorkBudget.of(scenario).instanceStarts() > FUZZ_BUDGET) {
            return;
        }
        RunResult result = new Runner(RunOptions.DEFAULT).run(scenario);
        assertEquals(scenario.stacks().size(), result.arms().size());
        for (ArmResult arm : result.arms()) {
            assertEquals(scenario.replications(), arm.replications().size());
        }
    }
}
