package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.host.MemoryComponent;
import dev.spinup.scenario.Arrival;
import dev.spinup.scenario.TimedAction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each instance's resident and reserved memory over time, as the app draws it under the timeline. */
class InstanceMemoryOverTimeTest {

    @Test
    void residentGrowsAsPhasesTouchMemoryAndBothFallToZeroWhenTheInstanceEnds() {
        RunResult result = new Runner().run(TestScenarios.scenario(List.of(TestScenarios.KVM, TestScenarios.DOCKER),
                6, new Arrival.AllAtOnce(), 1,
                List.of(new TimedAction(Duration.ofSeconds(120), new TimedAction.Stop(2))), true));
        int checked = 0;
        for (ArmResult arm : result.arms()) {
            for (InstanceResult instance : arm.instances()) {
                StepSeries resident = instance.residentOverTime();
                StepSeries reserved = instance.reservedOverTime();
                assertTrue(reserved.valueAtTime(instance.admittedAt()) > 0, instance.id() + " reserved at admission");
                assertEquals(instance.admittedAt(), reserved.timeAt(0));
                if (instance.endedAt() >= 0) {
                    assertEquals(0, resident.valueAtTime(instance.endedAt()), instance.id().toString());
                    assertEquals(0, reserved.valueAtTime(instance.endedAt()), instance.id().toString());
                } else {
                    assertEquals(net(instance.memory()), resident.last(), instance.id() + " resident at the end");
                    assertTrue(resident.valueAtTime(instance.readyAt()) > resident.valueAtTime(instance.admittedAt()),
                            instance.id() + " holds more once ready than when admitted");
                }
                checked++;
            }
        }
        assertEquals(12, checked);
    }

    private static double net(Map<MemoryComponent, Long> memory) {
        double sum = 0;
        for (Map.Entry<MemoryComponent, Long> e : memory.entrySet()) {
            sum += e.getKey() == MemoryComponent.PAGE_SHARING_SAVINGS ? -e.getValue() : e.getValue();
        }
        return sum;
    }
}
