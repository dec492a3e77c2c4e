package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.startup.PhaseInterval;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.scenario.Arrival;
import dev.spinup.scenario.Scenario;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every wait explained: a phase's recorded intervals cover it exactly, and each names what it waited for. */
class PhaseIntervalsTest {

    /** A boot storm on one host: VMs and containers at once, the image pulled cold by every container. */
    private static final Scenario STORM = TestScenarios.scenario(List.of(TestScenarios.KVM, TestScenarios.DOCKER),
            60, new Arrival.AllAtOnce(), 1, List.of(), false);

    @Test
    void theIntervalsOfEveryPhaseAddUpToItsDurationExactly() {
        RunResult result = new Runner().run(STORM);
        int phases = 0;
        for (ArmResult arm : result.arms()) {
            for (InstanceResult instance : arm.instances()) {
                for (PhaseRecord phase : instance.phases()) {
                    long sum = 0;
                    long at = phase.startNanos();
                    for (PhaseInterval interval : phase.intervals()) {
                        assertEquals(at, interval.startNanos(), instance.id() + " " + phase.kind()
                                + ": intervals follow one another without gap or overlap");
                        assertTrue(interval.durationNanos() > 0, "no empty intervals");
                        sum += interval.durationNanos();
                        at = interval.endNanos();
                    }
                    assertEquals(phase.durationNanos(), sum, instance.id() + " " + phase.kind());
                    phases++;
                }
            }
        }
        assertTrue(phases > 60 * 3, "a storm has many phases: " + phases);
    }

    @Test
    void everyKindOfWaitShowsUpAndNamesWhatItWaitedFor() {
        RunResult result = new Runner().run(STORM);
        Set<Class<?>> kinds = new HashSet<>();
        for (ArmResult arm : result.arms()) {
            for (InstanceResult instance : arm.instances()) {
                for (PhaseRecord phase : instance.phases()) {
                    for (PhaseInterval interval : phase.intervals()) {
                        kinds.add(interval.getClass());
                        if (interval instanceof PhaseInterval.Queued queued) {
                            assertTrue(queued.ahead() >= 1, "a queue with a wait has someone ahead: " + queued);
                        } else if (interval instanceof PhaseInterval.AwaitingLayer awaiting) {
                            assertFalse(awaiting.layerDigest().isEmpty());
                            assertFalse(awaiting.fetchedFor().isEmpty());
                        }
                    }
                }
            }
        }
        for (Class<?> expected : List.of(PhaseInterval.Working.class, PhaseInterval.Queued.class,
                PhaseInterval.Holding.class, PhaseInterval.Delay.class, PhaseInterval.Pulling.class)) {
            assertTrue(kinds.contains(expected), "the storm has " + expected.getSimpleName() + ": " + kinds);
        }
    }
}
