package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.run.task.TaskContext;
import dev.spinup.scenario.Arrival;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.TimedAction;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run past the full-detail size keeps summaries and series only: the same summary and series as a detailed run
 * of the same arm, each instance's outcome without its phases, and no trace.
 */
class SummariesAndSeriesTest {

    private static ArmRun.Detail detail(ArmRun.Outcome outcome) {
        return outcome.detail().orElseThrow();
    }

    @Test
    void keepsTheSameSummaryAndSeriesAsADetailedRunButNoPhasesOrTrace() {
        Scenario scenario = TestScenarios.scenario(List.of(TestScenarios.DOCKER), 40, new Arrival.Poisson(20), 1,
                List.of(new TimedAction(Duration.ofSeconds(5), new TimedAction.Stop(10))), false);
        ArmRun.Outcome full = new ArmRun(scenario, TestScenarios.DOCKER, 42, Recorder.Keep.EVERYTHING,
                ArmDriver.SCENARIO).run(TaskContext.NONE);
        ArmRun.Outcome series = new ArmRun(scenario, TestScenarios.DOCKER, 42, Recorder.Keep.SERIES,
                ArmDriver.SCENARIO).run(TaskContext.NONE);

        assertEquals(full.summary(), series.summary());
        assertFalse(full.summary().waitedOn().isEmpty(), "the summary still knows what the arm waited on");
        assertEquals(detail(full).readyOverTime(), detail(series).readyOverTime());
        assertTrue(detail(full).trace().size() > 40 * 10);
        assertEquals(List.of(), detail(series).trace());
        assertTrue(detail(full).instances().stream().allMatch(i -> !i.becameReady() || !i.phases().isEmpty()));
        List<InstanceResult> kept = detail(series).instances();
        assertEquals(40, kept.size());
        for (int i = 0; i < kept.size(); i++) {
            InstanceResult f = detail(full).instances().get(i);
            InstanceResult s = kept.get(i);
            assertEquals(List.of(), s.phases());
            assertEquals(List.of(f.id(), f.host(), f.state(), f.requestedAt(), f.admittedAt(), f.readyAt(),
                    f.endedAt(), f.memory()), List.of(s.id(), s.host(), s.state(), s.requestedAt(), s.admittedAt(),
                    s.readyAt(), s.endedAt(), s.memory()), "the same outcome");
            assertTrue(s.residentOverTime().isEmpty(), "no memory over time per instance");
        }
        for (int h = 0; h < detail(full).hosts().size(); h++) {
            HostResult f = detail(full).hosts().get(h);
            HostResult s = detail(series).hosts().get(h);
            assertEquals(f.memory(), s.memory(), "memory by component over time");
            assertEquals(f.liveInstances(), s.liveInstances(), "live instances over time");
            assertTrue(s.utilisation().isEmpty(), "no load series");
        }
    }

    @Test
    void aRunSaysWhenItKeptSummariesAndSeriesOnly() {
        RunResult small = new Runner().run(TestScenarios.hello());
        assertEquals(Recording.FULL, small.recording());
        assertTrue(small.recordingNote().isEmpty());
        assertEquals("This run kept summaries and series only: 1,000,000 instances × stacks is past the 500,000"
                + " whose every phase and event a run keeps, so it has no phase timelines, trace, or load and queue"
                + " series (the charts drawn from them are left out).",
                Recording.SUMMARIES_AND_SERIES.note(1_000_000).orElseThrow());
    }
}
