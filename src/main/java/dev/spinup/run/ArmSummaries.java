package dev.spinup.run;

import dev.spinup.engine.stats.Tally;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.runtime.Host;
import dev.spinup.model.runtime.Infrastructure;
import dev.spinup.model.runtime.Instance;
import dev.spinup.model.runtime.InstanceState;
import dev.spinup.model.startup.PhaseKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Computes the figures of an arm from its instances and hosts at the end of a run. */
final class ArmSummaries {

    private ArmSummaries() {
    }

    static ArmSummary of(List<InstanceResult> instances, Infrastructure infrastructure, long endNanos) {
        return of(instances, infrastructure, endNanos, PhaseTotals.of(instances));
    }

    /** @param totals the phases of the instances that became ready, added up as they ended */
    static ArmSummary of(List<InstanceResult> instances, Infrastructure infrastructure, long endNanos,
                         PhaseTotals totals) {
        Tally startup = new Tally();
        Tally waiting = new Tally();
        int ready = 0;
        int refused = 0;
        int failed = 0;
        long lastReady = 0;
        double startupTotal = 0;
        for (InstanceResult instance : instances) {
            waiting.add(instance.waitingNanos());
            if (instance.becameReady()) {
                ready++;
                startup.add(instance.startupNanos());
                startupTotal += instance.startupNanos();
                lastReady = Math.max(lastReady, instance.readyAt());
            }
            if (instance.state() == InstanceState.REFUSED) {
                refused++;
            } else if (instance.state() == InstanceState.FAILED) {
                failed++;
            }
        }
        Map<PhaseKind, Double> meanPhase = totals.meanPhaseNanos();
        List<ContentionShare> waitedOn = new ArrayList<>();
        for (Map.Entry<PhaseTotals.WaitKey, long[]> e : totals.waits().entrySet()) {
            waitedOn.add(new ContentionShare(e.getKey().resource(), e.getKey().kind(), e.getValue()[0],
                    startupTotal == 0 ? 0 : e.getValue()[0] / startupTotal));
        }
        waitedOn.sort(Comparator.comparingLong(ContentionShare::totalExtraNanos).reversed()
                .thenComparing(ContentionShare::resource));
        long allReady = ready == instances.size() && ready > 0 ? lastReady : -1;
        return new ArmSummary(startup.summary(), waiting.summary(), allReady, instances.size(), ready, refused, failed,
                peakRunning(instances) / (double) infrastructure.hosts().size(), memoryPerInstance(infrastructure),
                meanPhase, waitedOn).withGuestOs(infrastructure.guestOsCapping());
    }

    /** The most instances ready at the same time; an end at the instant of a start counts first. */
    private static int peakRunning(List<InstanceResult> instances) {
        int n = 0;
        long[] starts = new long[instances.size()];
        long[] ends = new long[instances.size()];
        int endCount = 0;
        for (InstanceResult instance : instances) {
            if (instance.becameReady()) {
                starts[n++] = instance.readyAt();
                if (instance.endedAt() >= 0) {
                    ends[endCount++] = instance.endedAt();
                }
            }
        }
        Arrays.sort(starts, 0, n);
        Arrays.sort(ends, 0, endCount);
        int running = 0;
        int peak = 0;
        for (int s = 0, e = 0; s < n; s++) {
            while (e < endCount && ends[e] <= starts[s]) {
                e++;
                running--;
            }
            running++;
            peak = Math.max(peak, running);
        }
        return peak;
    }

    /**
     * Memory per running instance by component: each physical host's totals (which include what its node VMs
     * hold, and its daemon, services and cached layers) divided by the workload instances running on it.
     */
    private static Map<MemoryComponent, Double> memoryPerInstance(Infrastructure infrastructure) {
        Map<Host, Integer> running = new IdentityHashMap<>();
        int total = 0;
        for (Instance instance : infrastructure.instances()) {
            if (instance.state() == InstanceState.RUNNING) {
                Host host = instance.host().orElseThrow();
                running.merge(host.parent().orElse(host), 1, Integer::sum);
                total++;
            }
        }
        Map<MemoryComponent, Double> perInstance = new EnumMap<>(MemoryComponent.class);
        if (total == 0) {
            return perInstance;
        }
        // Whole bytes summed, divided once: a sum of quotients over an identity map's order differed in its last
        // digit from run to run (8388607.999999999 or 8388608 B in lesson 15's figures).
        for (MemoryComponent c : MemoryComponent.values()) {
            long bytes = 0;
            for (Host host : running.keySet()) {
                bytes += host.ledger().residentBytes(c);
            }
            if (bytes != 0) {
                perInstance.put(c, bytes / (double) total);
            }
        }
        return perInstance;
    }
}
