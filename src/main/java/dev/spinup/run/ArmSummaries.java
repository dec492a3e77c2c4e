package dev.spinup.run;

import dev.spinup.engine.stats.Tally;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.runtime.Host;
import dev.spinup.model.runtime.Infrastructure;
import dev.spinup.model.runtime.Instance;
import dev.spinup.model.runtime.InstanceState;
import dev.spinup.model.startup.Contention;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes the figures of an arm from its instances and hosts at the end of a run. */
final class ArmSummaries {

    private ArmSummaries() {
    }

    static ArmSummary of(List<InstanceResult> instances, Infrastructure infrastructure, long endNanos) {
        Tally startup = new Tally();
        Tally waiting = new Tally();
        int ready = 0;
        int refused = 0;
        int failed = 0;
        long lastReady = 0;
        Map<PhaseKind, double[]> phaseTotals = new EnumMap<>(PhaseKind.class);
        Map<String, long[]> waits = new LinkedHashMap<>();
        Map<String, Contention.Kind> waitKinds = new LinkedHashMap<>();
        double startupTotal = 0;
        for (InstanceResult instance : instances) {
            waiting.add(instance.waitingNanos());
            if (instance.becameReady()) {
                ready++;
                startup.add(instance.startupNanos());
                startupTotal += instance.startupNanos();
                lastReady = Math.max(lastReady, instance.readyAt());
                for (PhaseRecord phase : instance.phases()) {
                    double[] sum = phaseTotals.computeIfAbsent(phase.kind(), k -> new double[2]);
                    sum[0] += phase.durationNanos();
                    sum[1]++;
                    for (Contention c : phase.contentions()) {
                        String key = c.resource() + "|" + c.kind();
                        waits.computeIfAbsent(key, k -> new long[1])[0] += c.extraNanos();
                        waitKinds.put(key, c.kind());
                    }
                }
            }
            if (instance.state() == InstanceState.REFUSED) {
                refused++;
            } else if (instance.state() == InstanceState.FAILED) {
                failed++;
            }
        }
        Map<PhaseKind, Double> meanPhase = new EnumMap<>(PhaseKind.class);
        phaseTotals.forEach((kind, sum) -> meanPhase.put(kind, sum[0] / sum[1]));
        List<ContentionShare> waitedOn = new ArrayList<>();
        for (Map.Entry<String, long[]> e : waits.entrySet()) {
            String resource = e.getKey().substring(0, e.getKey().lastIndexOf('|'));
            waitedOn.add(new ContentionShare(resource, waitKinds.get(e.getKey()), e.getValue()[0],
                    startupTotal == 0 ? 0 : e.getValue()[0] / startupTotal));
        }
        waitedOn.sort(Comparator.comparingLong(ContentionShare::totalExtraNanos).reversed()
                .thenComparing(ContentionShare::resource));
        long allReady = ready == instances.size() && ready > 0 ? lastReady : -1;
        return new ArmSummary(startup.summary(), waiting.summary(), allReady, instances.size(), ready, refused, failed,
                peakRunning(instances) / (double) infrastructure.hosts().size(), memoryPerInstance(infrastructure),
                meanPhase, waitedOn);
    }

    /** The most instances ready at the same time. */
    private static int peakRunning(List<InstanceResult> instances) {
        List<long[]> changes = new ArrayList<>();
        for (InstanceResult instance : instances) {
            if (instance.becameReady()) {
                changes.add(new long[] {instance.readyAt(), 1});
                if (instance.endedAt() >= 0) {
                    changes.add(new long[] {instance.endedAt(), -1});
                }
            }
        }
        changes.sort(Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]));
        int running = 0;
        int peak = 0;
        for (long[] change : changes) {
            running += (int) change[1];
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
        for (Host host : running.keySet()) {
            for (MemoryComponent c : MemoryComponent.values()) {
                long bytes = host.ledger().residentBytes(c);
                if (bytes != 0) {
                    perInstance.merge(c, bytes / (double) total, Double::sum);
                }
            }
        }
        return perInstance;
    }
}
