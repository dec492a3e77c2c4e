package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spinup.model.runtime.FailureCause;
import dev.spinup.model.runtime.ModelEvent;
import dev.spinup.scenario.Arrival;
import dev.spinup.scenario.TimedAction;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Causes are references: an instance that failed with its host points at that host's failure in the trace. */
class FailureCauseTest {

    @Test
    void anInstanceThatFailedWithItsHostPointsAtTheHostsFailure() {
        ArmResult arm = new Runner().run(TestScenarios.scenario(List.of(TestScenarios.DOCKER), 5,
                new Arrival.AllAtOnce(), 1,
                List.of(new TimedAction(Duration.ofSeconds(30), new TimedAction.FailHost("host-1"))), true))
                .arms().get(0);
        List<ModelEvent> trace = arm.trace();
        int failed = 0;
        for (ModelEvent event : trace) {
            if (event instanceof ModelEvent.InstanceFailed f) {
                FailureCause.HostFailure cause = (FailureCause.HostFailure) f.cause();
                long pointedAt = trace.stream().filter(e -> e instanceof ModelEvent.HostFailed h
                        && h.host().equals(cause.host()) && h.timeNanos() == cause.atNanos()).count();
                assertEquals(1, pointedAt, "the cause is one event of the trace: " + cause);
                failed++;
            }
        }
        assertEquals(5, failed);
    }
}
