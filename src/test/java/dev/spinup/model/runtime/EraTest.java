package dev.spinup.model.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.SimTime;
import dev.spinup.model.DataSize;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.profiles.ContainerRuntimes;
import dev.spinup.model.stack.ContainerStack;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * An era changes the concurrency curve: ten `docker run`s at once finish one after another, seconds apart, on
 * Docker 1.12 (moby #29780: the tenth after ~25 s), and within a couple of seconds on today's Docker.
 */
class EraTest {

    private static long[] tenAtOnce(ContainerStack stack) {
        World world = new World(World.host("h", 16, DataSize.ofGiB(16)));
        for (int i = 0; i < 10; i++) {
            world.launch(i, stack);
        }
        world.sim.run();
        return world.infra.instances().stream().mapToLong(Instance::startupNanos).sorted().toArray();
    }

    @Test
    void docker112SerialisesConcurrentRunsAndTodaysDockerDoesNot() {
        long[] old = tenAtOnce(new ContainerStack("Docker 1.12", ContainerRuntimes.DOCKER_RUNC_1_12));
        long[] now = tenAtOnce(new ContainerStack("Docker", ContainerRuntimes.DOCKER_RUNC));
        assertEquals(25, old[9] / (double) SimTime.SECOND, 2.5, "the tenth: " + Arrays.toString(old));
        for (int k = 1; k < 10; k++) {
            long gap = old[k] - old[k - 1];
            assertTrue(gap > 2 * SimTime.SECOND && gap < 3 * SimTime.SECOND, "one after another: " + gap);
        }
        assertTrue(now[9] < 2.5 * SimTime.SECOND, "today the tenth is ready in " + now[9]);
        assertTrue(old[9] > 10 * now[9]);
    }

    @Test
    void theDefaultIsTheCurrentEraAndAnEraIsFoundByVersionOrYear() {
        assertEquals(2021, Catalogue.runtime("docker-runc").orElseThrow().era().year());
        assertEquals(ContainerRuntimes.DOCKER_RUNC_1_12, Catalogue.runtime("docker-runc", "1.12").orElseThrow());
        assertEquals(ContainerRuntimes.DOCKER_RUNC_1_12, Catalogue.runtime("docker-runc", "2016").orElseThrow());
        assertTrue(Catalogue.runtime("docker-runc", "2019").isEmpty());
        assertEquals(java.util.List.of("2021", "1.12"), Catalogue.runtimeEras("docker-runc"));
    }
}
