package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.runtime.InstanceState;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.scenario.Arrival;
import dev.spinup.scenario.TimedAction;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "The state at time t" is a lookup that agrees with the recorded run. */
class TraceIndexTest {

    private static final RunResult STORM = new Runner().run(TestScenarios.scenario(
            List.of(TestScenarios.KVM, TestScenarios.DOCKER), 40, new Arrival.Staggered(Duration.ofMillis(50)), 1,
            List.of(new TimedAction(Duration.ofSeconds(90), new TimedAction.Stop(5))), false));

    @Test
    void everyInstancesPhaseAtAnyInstantIsTheOneItsRecordsSay() {
        for (ArmResult arm : STORM.arms()) {
            TraceIndex index = TraceIndex.of(arm);
            assertEquals(arm.instances().size() + arm.nodeVms().size(), index.entities());
            long end = arm.endNanos();
            for (int step = 0; step <= 400; step++) {
                long t = end / 400 * step;
                for (InstanceResult instance : arm.instances()) {
                    int entity = index.entity(instance.id()).orElseThrow();
                    assertEquals(expectedPhase(instance, t), index.phaseAt(entity, t), instance.id() + " at " + t);
                }
            }
        }
    }

    @Test
    void theCountsAtAnyInstantAgreeWithTheReadySeriesAndTheInstancesOwnTimes() {
        for (ArmResult arm : STORM.arms()) {
            TraceIndex index = TraceIndex.of(arm);
            long end = arm.endNanos();
            for (int step = 0; step <= 400; step++) {
                long t = end / 400 * step;
                TraceIndex.Snapshot at = index.at(t);
                long running = arm.instances().stream().filter(i -> i.readyAt() >= 0 && i.readyAt() <= t
                        && (i.endedAt() < 0 || t < i.endedAt()) && !inShutdown(i, t)).count();
                assertEquals(running, at.count(InstanceState.RUNNING), "running at " + t);
                // The ready series counts an instance until its shutdown has ended.
                assertEquals(Math.round(arm.readyOverTime().valueAtTime(t)),
                        at.count(InstanceState.RUNNING) + at.count(InstanceState.STOPPING), "ready series at " + t);
                long stopped = arm.instances().stream().filter(i -> i.state() == InstanceState.STOPPED
                        && i.endedAt() <= t).count();
                assertEquals(stopped, at.count(InstanceState.STOPPED));
            }
            assertEquals(5, index.at(end).count(InstanceState.STOPPED));
        }
    }

    @Test
    void itIsCompact() {
        ArmResult docker = STORM.arms().get(1);
        TraceIndex index = TraceIndex.of(docker);
        double perInstance = index.sizeBytes() / (double) index.entities();
        assertTrue(index.rows() > index.entities() * 4, "every instance has its lifecycle rows");
        assertTrue(perInstance < 40.0 * index.rows() / index.entities(), "about 18 bytes a row: " + perInstance);
    }

    private static Optional<PhaseKind> expectedPhase(InstanceResult instance, long t) {
        Optional<PhaseKind> found = Optional.empty();
        for (PhaseRecord phase : instance.phases()) {
            boolean shutdown = instance.readyAt() >= 0 && phase.startNanos() >= instance.readyAt();
            long until = shutdown ? (instance.endedAt() < 0 ? Long.MAX_VALUE : instance.endedAt()) : phase.endNanos();
            if (phase.startNanos() <= t && t < until) {
                found = Optional.of(phase.kind());
            }
        }
        return found;
    }

    private static boolean inShutdown(InstanceResult i, long t) {
        return i.phases().stream().anyMatch(p -> i.readyAt() >= 0 && p.startNanos() >= i.readyAt()
                && p.startNanos() <= t);
    }
}
