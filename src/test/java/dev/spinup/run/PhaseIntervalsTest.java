package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.image.LayerPull;
import dev.spinup.model.startup.ControlPoint;
import dev.spinup.model.startup.PhaseInterval;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.scenario.Arrival;
import dev.spinup.scenario.Scenario;
import java.util.ArrayList;
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

    @Test
    void theQueueLengthSeriesCountsTheQueuedIntervalsAtEveryMoment() {
        RunResult result = new Runner().run(STORM);
        int checkedChanges = 0;
        for (ArmResult arm : result.arms()) {
            for (HostResult host : arm.hosts()) {
                for (ControlPoint point : ControlPoint.values()) {
                    List<PhaseInterval.Queued> queued = new ArrayList<>();
                    for (InstanceResult instance : arm.instances()) {
                        if (!instance.host().equals(host.name())) {
                            continue;
                        }
                        for (PhaseRecord phase : instance.phases()) {
                            for (PhaseInterval interval : phase.intervals()) {
                                if (interval instanceof PhaseInterval.Queued q && q.point() == point) {
                                    queued.add(q);
                                }
                            }
                        }
                    }
                    StepSeries series = host.queueLength(point);
                    for (int i = 0; i < series.size(); i++) {
                        long t = series.timeAt(i);
                        long waiting = queued.stream().filter(q -> q.startNanos() <= t && t < q.endNanos()).count();
                        assertEquals(waiting, Math.round(series.valueAt(i)), host.name() + " " + point + " at " + t);
                        checkedChanges++;
                    }
                    for (PhaseInterval.Queued q : queued) {
                        assertTrue(series.valueAtTime(q.startNanos()) >= 1, "the series has " + q);
                    }
                }
            }
        }
        assertTrue(checkedChanges > 10, "the storm queues somewhere: " + checkedChanges);
    }

    @Test
    void aColdStormKeepsEveryLayersPullTimelineAndTheRegistrysLoad() {
        ArmResult docker = new Runner().run(STORM).arms().get(1);
        int layers = 0;
        for (InstanceResult instance : docker.instances()) {
            for (PhaseRecord phase : instance.phases()) {
                if (phase.pull().isPresent() && phase.pull().get().report().isPresent()) {
                    for (LayerPull layer : phase.pull().get().report().get().layers()) {
                        assertTrue(layer.readyAt() >= layer.downloadStartedAt());
                        assertTrue(layer.readyAt() <= phase.endNanos());
                        layers++;
                    }
                }
            }
        }
        assertTrue(layers > 0, "the pulls keep their layers' timelines");
        assertEquals(1, docker.registries().size());
        RegistryResult registry = docker.registries().get(0);
        assertTrue(registry.downloads().max() >= 1, "the registry carried downloads");
        assertTrue(registry.utilisation().max() > 0 && registry.utilisation().max() <= 1.0 + 1e-9);
        assertEquals(0, registry.downloads().last(), "every download ended");
    }
}
