package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.runtime.InstanceState;
import dev.spinup.scenario.Lessons;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The memory per instance a lesson prints is the hosts' whole bytes divided once, so it is the same to the last
 * bit on every run: summing per-host quotients in an identity map's order gave 8388607.999999999 B on some runs
 * and 8388608 B on others for the same scale-out.
 */
class MemoryPerInstanceExactTest {

    @Test
    void theAppsMemoryPerInstanceIsTheirBytesDividedOnce() throws Exception {
        for (String lesson : List.of("k8s-scale-out", "k8s-scale-out-cold")) {
            ArmResult arm = new Runner().run(Lessons.load(lesson).scenario()).arm("k8s").orElseThrow();
            List<InstanceResult> running = arm.instances().stream()
                    .filter(i -> i.state() == InstanceState.RUNNING).toList();
            assertTrue(running.size() > 1, lesson + ": a storm over several hosts");
            long appBytes = running.stream().mapToLong(i -> i.memory().getOrDefault(MemoryComponent.APP, 0L)).sum();
            assertEquals(appBytes / (double) running.size(),
                    arm.summary().memoryPerInstance().get(MemoryComponent.APP), 0.0, lesson);
        }
    }
}
