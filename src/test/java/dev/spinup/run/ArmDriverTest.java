package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.EventKind;
import dev.spinup.engine.Priority;
import dev.spinup.engine.SimTime;
import dev.spinup.model.profiles.Apps;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.profiles.Hardware;
import dev.spinup.model.profiles.Images;
import dev.spinup.model.runtime.Host;
import dev.spinup.model.runtime.Infrastructure;
import dev.spinup.model.runtime.Instance;
import dev.spinup.model.runtime.InstanceId;
import dev.spinup.model.runtime.InstanceState;
import dev.spinup.model.runtime.ModelEvent;
import dev.spinup.model.runtime.PlacementPolicy;
import dev.spinup.model.runtime.WorkloadDriver;
import dev.spinup.run.task.ProgressListener;
import dev.spinup.scenario.Arrival;
import dev.spinup.scenario.ChartKind;
import dev.spinup.scenario.HostGroup;
import dev.spinup.scenario.LessonInfo;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.StackChoice;
import dev.spinup.scenario.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A run whose arms are driven by a driver written here, not by the scenario's arrivals and timeline. */
class ArmDriverTest {

    private static final EventKind STEP = EventKind.of("test driver step");

    /**
     * Asks for two pods at 1 s, binds the first to the second host and the second to the first (the opposite of
     * what first fit would do), and stops the first once it is ready.
     */
    private static final class TwoPods implements WorkloadDriver {
        private final StackChoice stack;
        private final List<String> log = new ArrayList<>();

        TwoPods(StackChoice stack) {
            this.stack = stack;
        }

        @Override
        public void drive(Infrastructure infra) {
            infra.simulation().scheduleAt(SimTime.SECOND, Priority.NORMAL, STEP, () -> {
                Host first = infra.hosts().get(0);
                Host second = infra.hosts().get(1);
                Instance a = infra.request(InstanceId.Role.POD, stack.spec(), Apps.NGINX, Images.NGINX);
                Instance b = infra.request(InstanceId.Role.POD, stack.spec(), Apps.NGINX, Images.NGINX);
                assertTrue(infra.startOn(a, second).isEmpty());
                assertTrue(infra.startOn(b, first).isEmpty());
                a.whenReady(() -> {
                    log.add(stack.id() + " " + a.id() + " ready");
                    infra.stop(a);
                });
            });
        }
    }

    @Test
    void eachArmIsDrivenByTheGivenDriverOverTheScenariosHosts() {
        Scenario scenario = new Scenario(Scenario.SCHEMA_VERSION,
                new LessonInfo("driven", "arms driven by a test's driver", List.of("check the seam"), "?", "!"),
                7, 2, List.of(new HostGroup("node", 2, Hardware.CLASSROOM_HOST.value())),
                Catalogue.REGISTRY.value(), Catalogue.DOCKER_PULLS.value(),
                List.of(TestScenarios.DOCKER, TestScenarios.FIRECRACKER),
                // The scenario's own workload (50 containers at once) must not run: the driver replaces it.
                new Workload(Apps.NGINX, Images.NGINX, 50, new Arrival.AllAtOnce(), PlacementPolicy.FIRST_FIT,
                        List.of(Images.NGINX)),
                List.of(), List.of(ChartKind.READY_OVER_TIME), Optional.empty());
        List<TwoPods> drivers = new ArrayList<>();
        ArmDriver driver = (s, stack, streams) -> {
            TwoPods pods = new TwoPods(stack);
            drivers.add(pods);
            return pods;
        };
        RunResult result = new Runner(new RunOptions(1, ProgressListener.NONE).withDriver(driver)).run(scenario);

        assertEquals(4, drivers.size(), "one driver per arm and replication");
        for (ArmResult arm : result.arms()) {
            List<InstanceResult> instances = arm.instances();
            assertEquals(List.of(InstanceId.of(InstanceId.Role.POD, 1), InstanceId.of(InstanceId.Role.POD, 2)),
                    instances.stream().map(InstanceResult::id).toList(), arm.stack().id());
            InstanceResult a = instances.get(0);
            InstanceResult b = instances.get(1);
            assertEquals("node-2", a.host());
            assertEquals("node-1", b.host());
            assertEquals(SimTime.SECOND, a.requestedAt());
            assertEquals(InstanceState.STOPPED, a.state());
            assertEquals(InstanceState.RUNNING, b.state());
            assertTrue(a.endedAt() > a.readyAt() && a.readyAt() > SimTime.SECOND);
            assertTrue(arm.trace().stream().anyMatch(e -> e instanceof ModelEvent.InstanceStopped s
                    && s.instance().equals(a.id())), "the recorder saw the driver's stop");
            assertEquals(1, arm.readyOverTime().last(), "one of the two is still ready at the end");
            assertEquals(List.of(), arm.actions(), "no timeline ran");
            assertEquals(2, arm.replications().size());
        }
        assertEquals(4, drivers.stream().mapToLong(d -> d.log.size()).sum(), "each arm's first pod became ready");
    }
}
