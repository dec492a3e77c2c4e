package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.scenario.json.Problem;
import dev.spinup.scenario.json.ScenarioFileException;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The checks of what follows from several values together ({@link DerivedLimits}, {@link WorkBudget}), each at
 * its exact boundary: one step inside is accepted, one step outside refused with the numbers named.
 */
class DerivedLimitsTest {

    private static final String HEAD = "{\"schemaVersion\": 1, \"lesson\": {\"title\": \"t\"}, ";
    private static final String ONE_STACK = "\"stacks\": [{\"id\": \"c\", \"kind\": \"container\", \"runtime\": \"docker-runc\"}]";

    private static ScenarioFile read(String body) throws ScenarioFileException {
        return new ScenarioReader().read("d.json", HEAD + body + "}");
    }

    private static List<String> problems(String body) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> read(body));
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static String workload(int instances, String arrival) {
        return ONE_STACK + ", \"workload\": {\"app\": \"hello\", \"instances\": " + instances + ", \"arrival\": "
                + arrival + "}";
    }

    @Test
    void theLastStaggeredArrivalMayComeExactlyAWeekIn() throws Exception {
        // 1 009 instances one every 600 s: the last at 1 008 × 600 s = 604 800 s, exactly a week
        assertEquals(1009, read(workload(1009, "{\"pattern\": \"staggered\", \"every\": \"600 s\"}")).scenario()
                .workload().instances());
        assertEquals(List.of("d.json:1:213: $.workload.arrival.every: 1010 instances, one every 600 s, means the last"
                + " arrives after 7.01 days; the last arrival may come at most 7.00 days in, so lower `instances` or"
                + " `every`"), problems(workload(1010, "{\"pattern\": \"staggered\", \"every\": \"600 s\"}")));
        assertEquals(List.of("d.json:1:216: $.workload.arrival.every: 1000000 instances, one every 24 h, means the"
                + " last arrives after 999999.00 days; the last arrival may come at most 7.00 days in, so lower"
                + " `instances` or `every`"), problems(workload(1_000_000,
                "{\"pattern\": \"staggered\", \"every\": \"24 h\"}")), "no overflow on the way");
    }

    @Test
    void oneStaggeredInstanceArrivesAtZeroWhateverTheInterval() throws Exception {
        assertEquals(1, read(workload(1, "{\"pattern\": \"staggered\", \"every\": \"24 h\"}")).scenario().workload()
                .instances());
    }

    @Test
    void poissonArrivalsMustEndWithinAWeekOnAverage() throws Exception {
        // 2 instances over 604 800 s: a rate of exactly 2 / 604 800 per second is the slowest allowed
        read(workload(2, "{\"pattern\": \"poisson\", \"perSecond\": " + (2.0 / 604_800) + "}"));
        read(workload(1, "{\"pattern\": \"poisson\", \"perSecond\": " + (1.0 / 604_800) + "}"));
        List<String> refused = problems(workload(2, "{\"pattern\": \"poisson\", \"perSecond\": 0.000003}"));
        assertEquals(1, refused.size(), "" + refused);
        assertTrue(refused.get(0).startsWith("d.json:1:212: $.workload.arrival.perSecond: 2 instances at 3.0E-6 per"
                + " second arrive over 7.72 days on average; they must arrive within 7.00 days, so `perSecond` must"
                + " be at least 0.00000331"), refused.get(0));
        assertEquals(1, problems(workload(1, "{\"pattern\": \"poisson\", \"perSecond\": 5e-324}")).size());
    }

    @Test
    void noInstancesMeansNoArrivalToCheck() throws Exception {
        read(workload(0, "{\"pattern\": \"poisson\", \"perSecond\": 1e-300}"));
        read(workload(0, "{\"pattern\": \"staggered\", \"every\": \"24 h\"}"));
    }

    @Test
    void ratesMayBeExactlyTheirLimits() throws Exception {
        String image = "\"images\": [{\"reference\": \"tiny:1\", \"layers\": [{\"instruction\": \"ADD x\", \"size\": \"1 kB\"}]}], ";
        String work = ", \"workload\": {\"app\": \"hello\", \"image\": \"tiny:1\", \"instances\": 1}";
        read(image + "\"hardware\": {\"hosts\": [{\"network\": \"1 kbit/s\", \"disk\": {\"bandwidth\": \"10 Tbit/s\"}}]}, "
                + ONE_STACK + work);
        assertEquals(List.of("d.json:1:174: $.hardware.hosts[0].network: `network` must be from 1 kbit/s to 10 Tbit/s,"
                + " not \"999 bit/s\""), problems(image + "\"hardware\": {\"hosts\": [{\"network\": \"999 bit/s\"}]}, "
                + ONE_STACK + work));
        assertEquals(1, problems(image + "\"hardware\": {\"registry\": {\"bandwidth\": \"10.001 Tbit/s\"}}, " + ONE_STACK
                + work).size());
    }

    @Test
    void theLargestImageMustMoveWithinAWeekAtTheSlowestRate() throws Exception {
        // 75.6 MB at 125 B/s is 604 800 s exactly; a byte more is refused
        String fits = "\"images\": [{\"reference\": \"big:1\", \"layers\": [{\"instruction\": \"ADD x\", \"size\": \"75600000 B\","
                + " \"compressed\": \"1 kB\"}]}], \"hardware\": {\"pulls\": {\"extractRate\": \"1 kbit/s\"}}, " + ONE_STACK
                + ", \"workload\": {\"app\": \"hello\", \"image\": \"big:1\", \"instances\": 1}";
        read(fits);
        List<String> refused = problems(fits.replace("75600000 B", "75600001 B"));
        assertEquals(List.of("d.json:1:178: $.hardware: moving the largest image (75600001 B) at the slowest rate in this"
                + " scenario (125 B/s) takes 7.00 days alone; one transfer may take at most 7.00 days, so use smaller"
                + " layers or faster links"), refused);
    }

    @Test
    void theWorkBudgetCountsInstancesStacksReplicationsAndTheTimeline() throws Exception {
        Scenario hello = Lessons.load("hello").scenario();
        WorkBudget one = WorkBudget.of(hello);
        assertEquals(new WorkBudget(2L * 5, 2), one, "1 instance × 2 stacks × 5 replications");
        assertEquals(new WorkBudget(10, 0), WorkBudget.ofSummariesOnly(hello));
        assertEquals(new WorkBudget(20, 2), one.plus(new WorkBudget(10, 0)));
        assertEquals(new WorkBudget(Long.MAX_VALUE, 2), one.plus(new WorkBudget(Long.MAX_VALUE, 0)), "saturates");
        assertEquals(Optional.empty(), new WorkBudget(WorkBudget.MAX_INSTANCE_STARTS, WorkBudget.MAX_DETAILED_INSTANCES)
                .excess(), "the budget itself is allowed");
        assertEquals(Optional.of("this asks to simulate 5,000,001 instance starts (instances × stacks × replications),"
                + " more than the budget of 5,000,000; lower `replications`, `workload.instances` or the number of"
                + " stacks (or the sweep's --steps)"), new WorkBudget(WorkBudget.MAX_INSTANCE_STARTS + 1, 0).excess());
        assertEquals(Optional.empty(), new WorkBudget(0, WorkBudget.MAX_DETAILED_INSTANCES + 1).excess(),
                "past the full-detail size a run keeps summaries and series only");
        assertTrue(new WorkBudget(0, WorkBudget.MAX_DETAILED_INSTANCES).keepsFullDetail());
        assertFalse(new WorkBudget(0, WorkBudget.MAX_DETAILED_INSTANCES + 1).keepsFullDetail());
        assertEquals(Optional.of("this asks to keep the results of 1,000,001 instances (instances × stacks), more than"
                + " the 1,000,000 one run may keep in memory; lower `workload.instances` or the number of stacks"),
                new WorkBudget(0, WorkBudget.MAX_KEPT_INSTANCES + 1).excess());

        String timeline = ONE_STACK + ", \"replications\": 4, \"workload\": {\"app\": \"hello\", \"instances\": 3},"
                + " \"timeline\": [{\"at\": \"1 s\", \"action\": \"start\", \"count\": 2},"
                + " {\"at\": \"2 s\", \"action\": \"scale\", \"to\": 7}, {\"at\": \"3 s\", \"action\": \"stop\", \"count\": 1}]";
        assertEquals(new WorkBudget((3 + 2 + 7) * 4, 3 + 2 + 7), WorkBudget.of(read(timeline).scenario()),
                "start and scale may add instances; stop adds none");
    }

    @Test
    void theWorkBudgetIsAProblemOfTheReplicationsOrTheWorkload() {
        String many = ONE_STACK + ", \"replications\": 1000, \"hardware\": {\"hosts\": [{\"count\": 100}]},"
                + " \"workload\": {\"app\": \"hello\", \"instances\": 5001}";
        List<String> refused = problems(many);
        assertEquals(1, refused.size());
        assertTrue(refused.get(0).contains("$.replications: this asks to simulate 5,001,000 instance starts"),
                refused.get(0));
        List<String> wide = problems(ONE_STACK.replace("}]", "}, {\"id\": \"d\", \"kind\": \"container\","
                + " \"runtime\": \"containerd-crun\"}]") + ", \"hardware\": {\"hosts\": [{\"count\": 1000}]},"
                + " \"workload\": {\"app\": \"hello\", \"instances\": 500001}");
        assertEquals(1, wide.size());
        assertTrue(wide.get(0).contains("$.workload: this asks to keep the results of 1,000,002 instances"),
                wide.get(0));
    }

    @Test
    void showListsEveryValueOfEverySection() throws Exception {
        TreeSet<String> paths = new TreeSet<>();
        for (EffectiveValue v : Lessons.load("hello").effectiveValues()) {
            paths.add(v.path().replaceAll("\\[\\d+]", "[i]"));
        }
        assertEquals(new TreeSet<>(List.of(PATHS)), paths);
        assertFalse(paths.contains("horizon"), "hello has no horizon");
        assertTrue(Lessons.load("hello").with("horizon", "10 s").effectiveValues().stream()
                .anyMatch(v -> v.path().equals("horizon") && v.value().equals("10 s")));
    }

    private static final String[] PATHS = {
                "hardware.hosts[i].admitBy",
                "hardware.hosts[i].cores",
                "hardware.hosts[i].count",
                "hardware.hosts[i].disk.bandwidth",
                "hardware.hosts[i].disk.iops",
                "hardware.hosts[i].hostOsMemory",
                "hardware.hosts[i].memory",
                "hardware.hosts[i].memoryOvercommit",
                "hardware.hosts[i].memoryPolicy",
                "hardware.hosts[i].network",
                "hardware.hosts[i].vcpuOvercommit",
                "hardware.pulls.extractRate",
                "hardware.pulls.oneAtATime",
                "hardware.pulls.parallelDownloads",
                "hardware.registry.bandwidth",
                "hardware.registry.manifestLatency",
                "hardware.registry.perDownload",
                "replications",
                "seed",
                "stacks[i].guestOs.memory",
                "stacks[i].guestOs.phases.bootloader",
                "stacks[i].guestOs.phases.init",
                "stacks[i].guestOs.phases.initrd",
                "stacks[i].guestOs.phases.kernel",
                "stacks[i].guestOs.structPageFixed",
                "stacks[i].guestOs.structPageFraction",
                "stacks[i].hypervisor.hostServices",
                "stacks[i].hypervisor.overhead.cpu",
                "stacks[i].hypervisor.overhead.memoryBandwidth",
                "stacks[i].hypervisor.overhead.networkRoundTrip",
                "stacks[i].hypervisor.overhead.randomIo",
                "stacks[i].hypervisor.overhead.syscall",
                "stacks[i].hypervisor.phases.firmware",
                "stacks[i].hypervisor.phases.vmm-start",
                "stacks[i].hypervisor.shutdown",
                "stacks[i].hypervisor.vmmOverhead",
                "stacks[i].memory",
                "stacks[i].runtime.daemon",
                "stacks[i].runtime.era",
                "stacks[i].runtime.overhead.cpu",
                "stacks[i].runtime.overhead.memoryBandwidth",
                "stacks[i].runtime.overhead.networkRoundTrip",
                "stacks[i].runtime.overhead.randomIo",
                "stacks[i].runtime.overhead.syscall",
                "stacks[i].runtime.phases.engine-api",
                "stacks[i].runtime.phases.isolation",
                "stacks[i].runtime.phases.network",
                "stacks[i].runtime.phases.rootfs",
                "stacks[i].runtime.phases.runtime",
                "stacks[i].runtime.sandbox",
                "stacks[i].runtime.shim",
                "stacks[i].runtime.stop", "stacks[i].runtime.stores.cgroup-lock", "stacks[i].runtime.stores.engine-daemon",
                "stacks[i].runtime.stores.mount-table-scan", "stacks[i].runtime.stores.network-namespace-lock",
                "stacks[i].vcpus",
                "workload.app.memory",
                "workload.app.phases.app",
                "workload.image.compressed",
                "workload.image.layers",
                "workload.image.uncompressed",
                "workload.instances"
    };
}
