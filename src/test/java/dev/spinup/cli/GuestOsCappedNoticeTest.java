package dev.spinup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.lesson.Quantity;
import dev.spinup.model.DataSize;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.run.InstanceResult;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guest OS memory drawn larger than the guest's RAM leaves it is capped, and {@code spinup run} says so once per
 * stack: how many guests, the largest draw, the RAM.
 */
class GuestOsCappedNoticeTest {

    @TempDir
    Path dir;

    private static final int INSTANCES = 40;
    // p99 1.5 GiB in a 1 GiB guest: a few of 40 draws exceed what the RAM leaves, the mean (~0.72 GiB) fits
    private static final String TAILED = "{\"lognormal\": {\"median\": \"700 MiB\", \"p99\": \"1.5 GiB\"}}";

    private Path scenario(String ram, String guestOs) throws Exception {
        Path file = dir.resolve("guest-" + ram.replace(' ', '-') + ".json");
        Files.writeString(file, """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "Guest OS draws"},
                  "hardware": {"hosts": [{"cores": 64, "memory": "512 GiB", "hostOsMemory": "1 GiB",
                                          "vcpuOvercommit": 16}]},
                  "stacks": [{"id": "vm", "kind": "vm", "hypervisor": "firecracker", "guestOs": "minimal-linux",
                              "vcpus": 1, "memory": "%s", "admitBy": "use",
                              "overrides": {"guestOsMemory": %s}}],
                  "workload": {"app": "hello", "instances": %d}
                }
                """.formatted(ram, guestOs, INSTANCES));
        return file;
    }

    private static long part(InstanceResult i, MemoryComponent c) {
        return i.memory().getOrDefault(c, 0L);
    }

    @Test
    void runSaysHowManyGuestsDrewAGuestOsTheirRamCannotHoldAndTheLargest() throws Exception {
        Path small = scenario("1 GiB", TAILED);
        // The same draws (one stream per size, substream per instance) in a guest large enough to keep them whole.
        RunResult roomy = new Runner().run(ScenarioArgument.load(scenario("4 GiB", TAILED).toString()).scenario());
        RunResult tight = new Runner().run(ScenarioArgument.load(small.toString()).scenario());
        List<InstanceResult> whole = roomy.arms().get(0).instances();
        List<InstanceResult> capped = tight.arms().get(0).instances();
        int over = 0;
        long largest = 0;
        for (int k = 0; k < INSTANCES; k++) {
            long drawn = part(whole.get(k), MemoryComponent.GUEST_KERNEL_AND_OS);
            long room = DataSize.GIB - part(capped.get(k), MemoryComponent.STRUCT_PAGE_TAX)
                    - part(capped.get(k), MemoryComponent.APP);
            if (drawn > room) {
                over++;
                largest = Math.max(largest, drawn);
                assertEquals(room, part(capped.get(k), MemoryComponent.GUEST_KERNEL_AND_OS),
                        "guest " + k + " keeps what its RAM leaves");
            }
        }
        assertTrue(over > 0 && over < INSTANCES / 2, "a tail of the draws exceeds the RAM: " + over);

        CliTest.Outcome o = CliTest.spinup("run", small.toString(), "--no-predict", "--out",
                dir.resolve("out").toString(), "--format", "csv");
        assertEquals(0, o.exit(), o.err());
        String expected = tight.arms().get(0).stack().label() + ": " + over + " of " + INSTANCES + " guests drew a guest OS of up to "
                + Quantity.bytes(largest).format() + ", above what their 1 GiB of RAM leaves it after the kernel's"
                + " page tables and the app; each was capped at what its RAM leaves";
        assertTrue(o.out().contains(expected), o.out());
        assertEquals(1, o.out().split("drew a guest OS", -1).length - 1, "said once for the stack: " + o.out());
    }

    @Test
    void noNoticeWhenEveryDrawFits() throws Exception {
        Path file = scenario("1 GiB", "{\"normal\": {\"mean\": \"300 MiB\", \"sd\": \"20 MiB\"}}");
        CliTest.Outcome o = CliTest.spinup("run", file.toString(), "--no-predict", "--out",
                dir.resolve("out").toString(), "--format", "csv");
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("Results:"), o.out());
        assertFalse(o.out().contains("drew a guest OS"), o.out());
    }
}
