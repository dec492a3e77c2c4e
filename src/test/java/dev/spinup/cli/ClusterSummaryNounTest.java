package dev.spinup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.orchestration.ClusterResult;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal's cluster summary counts each arm's replicas by what they are: pods in a cluster, VMs per replica. */
class ClusterSummaryNounTest {

    @TempDir
    Path dir;

    @Test
    void theAutoscalerLessonCountsPodsForTheClusterAndVmsForTheVmPerReplicaArm() throws Exception {
        String lesson = "scenarios/15-k8s-autoscaler-vs-vms.json";
        RunResult result = new Runner().run(ScenarioArgument.load(lesson).scenario());
        CliTest.Outcome o = CliTest.spinup("run", lesson, "--no-predict", "--out", dir.resolve("out").toString(),
                "--format", "csv");
        assertEquals(0, o.exit(), o.err());
        int checked = 0;
        for (ArmResult arm : result.arms()) {
            ClusterResult cluster = arm.cluster().orElseThrow();
            String noun = cluster.nodeKind() == ClusterResult.NodeKind.VM_PER_REPLICA ? "VMs" : "pods";
            String line = arm.stack().label() + ": cluster (";
            int at = o.out().indexOf(line);
            assertTrue(at >= 0, o.out());
            String block = o.out().substring(at, o.out().indexOf('\n', o.out().indexOf('\n', at) + 1));
            assertTrue(block.contains("  " + noun + " ready at the end " + cluster.ready().last() + " of "), block);
            assertTrue(block.contains("; every wanted " + noun.substring(0, noun.length() - 1) + " ready "), block);
            checked++;
        }
        assertEquals(2, checked, "the lesson has a cluster arm and a VM-per-replica arm");
    }
}
