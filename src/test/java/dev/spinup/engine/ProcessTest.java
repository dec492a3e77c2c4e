package dev.spinup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessTest {

    private static final EventKind PHASE = EventKind.of("phase");

    private static List<String> recorder(Simulation sim, List<String> log, Process.Listener[] out) {
        out[0] = new Process.Listener() {
            @Override
            public void stepStarted(Process p, int index, Process.Step step) {
                log.add(step.name() + " start " + sim.now());
            }

            @Override
            public void stepEnded(Process p, int index, Process.Step step) {
                log.add(step.name() + " end " + sim.now());
            }
        };
        return log;
    }

    @Test
    void stepsRunInSequenceAndTheProcessIsAwaitable() {
        Simulation sim = new Simulation();
        List<String> log = new ArrayList<>();
        Process.Listener[] listener = new Process.Listener[1];
        recorder(sim, log, listener);
        Process boot = Process.start(sim, "boot vm-1", List.of(
                new Process.Step("firmware", () -> sim.delay(500, PHASE)),
                new Process.Step("kernel", () -> sim.delay(300, PHASE)),
                new Process.Step("init", () -> sim.delay(200, PHASE))), listener[0]);
        Process app = Process.start(sim, "app", List.of(
                new Process.Step("wait for boot", boot::completion),
                new Process.Step("serve", () -> sim.delay(1, PHASE))));
        sim.run();
        assertEquals(List.of("firmware start 0", "firmware end 500", "kernel start 500", "kernel end 800",
                "init start 800", "init end 1000"), log);
        assertTrue(app.completion().isSucceeded());
        assertEquals(1001, sim.now());
        assertTrue(boot.currentStep().isEmpty());
    }

    @Test
    void aFailingStepFailsTheProcessAndSkipsTheRest() {
        Simulation sim = new Simulation();
        List<String> ran = new ArrayList<>();
        Process p = Process.start(sim, "boot", List.of(
                new Process.Step("bios", () -> sim.delay(10, PHASE)),
                new Process.Step("kernel", () -> {
                    throw new IllegalStateException("kernel panic");
                }),
                new Process.Step("init", () -> {
                    ran.add("init");
                    return sim.delay(1, PHASE);
                })));
        List<String> seen = new ArrayList<>();
        p.completion().whenDone(c -> seen.add(c.failure().getMessage()));
        sim.run();
        assertEquals(List.of("kernel panic"), seen);
        assertTrue(ran.isEmpty());
    }

    @Test
    void anInterruptAbandonsTheRunningStep() {
        Simulation sim = new Simulation();
        List<String> log = new ArrayList<>();
        Process.Listener[] listener = new Process.Listener[1];
        recorder(sim, log, listener);
        Process p = Process.start(sim, "boot", List.of(
                new Process.Step("firmware", () -> sim.delay(100, PHASE)),
                new Process.Step("kernel", () -> sim.delay(100, PHASE))), listener[0]);
        List<String> outcome = new ArrayList<>();
        p.completion().whenDone(c -> outcome.add(c.failure().getMessage() + " at " + sim.now()));
        sim.schedule(50, PHASE, () -> {
            assertEquals("firmware", p.currentStep().orElseThrow().name());
            p.interrupt(new IllegalStateException("host failed"));
        });
        sim.run();
        assertEquals(List.of("host failed at 50"), outcome);
        assertEquals(List.of("firmware start 0"), log);
    }
}
