package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.SummaryTable;
import dev.spinup.report.export.CsvWriter;
import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.ScenarioReader;
import dev.spinup.scenario.json.ScenarioFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A storm issued with a limit on starts in flight: at most N start at once, the rest wait outside the host in the
 * order asked, and that wait is reported apart from start-up time.
 */
class StartsInFlightTest {

    private static String scenario(String workloadExtra, String timeline) {
        return """
                {"schemaVersion": 1, "lesson": {"title": "in flight"}, "seed": 5,
                 "stacks": [{"id": "docker", "kind": "container", "runtime": "docker-runc"}],
                 "workload": {"app": "nginx", "instances": 60%s},
                 "timeline": [%s]}
                """.formatted(workloadExtra, timeline);
    }

    private static RunResult run(String text) throws ScenarioFileException {
        ScenarioFile file = new ScenarioReader().read("storm.json", text);
        return new Runner().run(file.scenario());
    }

    @Test
    void atMostNStartAtOnceAndTheRestWaitInOrder() throws Exception {
        RunResult limited = run(scenario(", \"inFlight\": 10", ""));
        List<InstanceResult> instances = new ArrayList<>(limited.arms().get(0).instances());
        assertEquals(60, instances.size());
        assertTrue(instances.stream().allMatch(InstanceResult::becameReady));
        // starts in progress at every instant: never more than the limit
        List<long[]> edges = new ArrayList<>();
        for (InstanceResult i : instances) {
            edges.add(new long[] {i.requestedAt(), 1});
            edges.add(new long[] {i.readyAt(), -1});
        }
        edges.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        int inProgress = 0;
        int peak = 0;
        for (long[] e : edges) {
            inProgress += (int) e[1];
            peak = Math.max(peak, inProgress);
        }
        assertEquals(10, peak);
        // the first ten do not wait; later ones wait longer the later they were asked for, and all were asked at 0
        instances.sort(Comparator.comparingInt(InstanceResult::index));
        for (int k = 0; k < instances.size(); k++) {
            InstanceResult i = instances.get(k);
            assertEquals(0, i.askedAt());
            if (k < 10) {
                assertEquals(0, i.waitingNanos(), "instance " + k);
            } else {
                assertTrue(i.waitingNanos() > 0, "instance " + k);
                assertTrue(i.waitingNanos() >= instances.get(k - 1).waitingNanos(), "in order: " + k);
            }
            assertEquals(i.readyAt() - i.askedAt(), i.waitingNanos() + i.startupNanos());
        }
    }

    @Test
    void theWaitMovesOutOfStartUpTime() throws Exception {
        ArmSummary unlimited = run(scenario("", "")).arms().get(0).summary();
        ArmSummary limited = run(scenario(", \"inFlight\": 10", "")).arms().get(0).summary();
        // Docker's daemon serialises creates: without a limit the last waits behind 59 others inside the host
        assertEquals(0, unlimited.waiting().max());
        assertTrue(limited.startup().max() < unlimited.startup().max() / 3,
                limited.startup().max() + " vs " + unlimited.startup().max());
        assertTrue(limited.waiting().max() > limited.startup().max(), "most of the last one's time is waiting");
        // the daemon is the bottleneck either way: the storm as a whole ends at about the same time
        double ratio = limited.allReadyNanos() / (double) unlimited.allReadyNanos();
        assertTrue(ratio > 0.9 && ratio < 1.2, "all ready: " + ratio);
    }

    @Test
    void aTimelineStartCarriesItsOwnLimitAndAScaleDownWithdrawsWaitingStartsFirst() throws Exception {
        RunResult result = run(scenario("", """
                {"at": "10 s", "action": "start", "count": 20, "inFlight": 2},
                {"at": "10.5 s", "action": "scale", "to": 70}"""));
        List<InstanceResult> instances = result.arms().get(0).instances();
        // 60 at once, then 20 asked at 10 s two at a time; at 10.5 s the scale to 70 withdraws 10 still waiting
        assertEquals(70, instances.size());
        long waited = instances.stream().filter(i -> i.waitingNanos() > 0).count();
        assertTrue(waited >= 7, "starts of the action that waited: " + waited);
        assertTrue(instances.stream().filter(i -> i.index() < 60).allMatch(i -> i.waitingNanos() == 0));
    }

    @Test
    void theSummaryReportsWaitsForStartSlotsOnlyWhenStartsAreLimited() throws Exception {
        String limited = CsvWriter.toCsv(SummaryTable.of(run(scenario(", \"inFlight\": 10", ""))));
        String unlimited = CsvWriter.toCsv(SummaryTable.of(run(scenario("", ""))));
        assertTrue(limited.contains(",waiting-p50,") && limited.contains(",waiting-max,"), limited);
        assertTrue(!unlimited.contains("waiting-"), unlimited);
    }

    @Test
    void aLimitBelowOneOrOnAStopIsRejectedWithItsPath() {
        ScenarioFileException zero = assertThrows(ScenarioFileException.class,
                () -> new ScenarioReader().read("storm.json", scenario(", \"inFlight\": 0", "")));
        assertTrue(zero.getMessage().contains("$.workload.inFlight"), zero.getMessage());
        ScenarioFileException stop = assertThrows(ScenarioFileException.class, () -> new ScenarioReader()
                .read("storm.json", scenario("", "{\"at\": \"1 s\", \"action\": \"stop\", \"count\": 1,"
                        + " \"inFlight\": 2}")));
        assertTrue(stop.getMessage().contains("$.timeline[0].inFlight"), stop.getMessage());
    }
}
