package dev.spinup.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.SimTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cluster on the real model: deployments scale, pods start through kubelets, start-up latency as the SLO says. */
class ClusterTest {

    @Test
    void defaultsWithPrePulledImagesKeepPodStartupP99UnderTheSlo() {
        ClusterWorld world = ClusterWorld.run(20, true, ClusterWorld.DOCKER, ClusterWorld.spec(List.of(),
                List.of(ClusterWorld.web(3)), List.of(new ClusterEvent.Scale(10 * SimTime.SECOND, "web", 300))));
        ClusterResult result = world.cluster.result();
        assertEquals(300, result.ready().last());
        long p99 = ClusterResult.quantile(result.startupLatencies(), 0.99);
        assertTrue(p99 > 0 && p99 < 5 * SimTime.SECOND, "p99 " + SimTime.toSeconds(p99) + " s");
        assertEquals(0, ClusterResult.quantile(result.pullTimes(), 1.0));
        System.out.println("p50 " + SimTime.toSeconds(ClusterResult.quantile(result.startupLatencies(), 0.5))
                + " p99 " + SimTime.toSeconds(p99) + " ready at " + SimTime.toSeconds(result.timeToReady(300)));
    }
}
