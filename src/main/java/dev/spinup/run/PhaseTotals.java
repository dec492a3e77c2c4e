package dev.spinup.run;

import dev.spinup.model.runtime.InstanceId;
import dev.spinup.model.runtime.ModelEvent;
import dev.spinup.model.runtime.ModelObserver;
import dev.spinup.model.startup.Contention;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phase figures of an arm's summary (time per phase, what it waited on) over the instances that became ready.
 * Either added up from kept records at the end, or, as an observer, folded in as each instance becomes ready, so
 * that a run of a million instances need not keep a million instances' phases: it holds the records of instances
 * still starting only. Sums are exact (whole nanoseconds in longs), so both ways give the same figures.
 */
final class PhaseTotals implements ModelObserver {

    /** What an arm waited on: a resource and how. */
    record WaitKey(String resource, Contention.Kind kind) {
    }

    /** Per phase kind: total nanoseconds and count. */
    private final Map<PhaseKind, long[]> phases = new EnumMap<>(PhaseKind.class);
    /** In the order first met, as the summary lists ties by it. */
    private final Map<WaitKey, long[]> waits = new LinkedHashMap<>();
    /** Observing: instances that became ready, by role and number. */
    private final Map<InstanceId.Role, BitSet> ready = new EnumMap<>(InstanceId.Role.class);
    /**
     * Observing: the records of workload instances that have not become ready yet, by role and then by number (dense
     * from 1): a storm of a million keeps a million lists, and a hash table of them costs a cache miss per phase.
     */
    private final Map<InstanceId.Role, ArrayList<List<PhaseRecord>>> starting = new EnumMap<>(InstanceId.Role.class);

    /** The totals of the instances that became ready, from their kept records. */
    static PhaseTotals of(List<InstanceResult> instances) {
        PhaseTotals totals = new PhaseTotals();
        for (InstanceResult instance : instances) {
            if (instance.becameReady()) {
                instance.phases().forEach(totals::add);
            }
        }
        return totals;
    }

    private void add(PhaseRecord phase) {
        long[] sum = phases.computeIfAbsent(phase.kind(), k -> new long[2]);
        sum[0] += phase.durationNanos();
        sum[1]++;
        for (Contention c : phase.contentions()) {
            waits.computeIfAbsent(new WaitKey(c.resource(), c.kind()), k -> new long[1])[0] += c.extraNanos();
        }
    }

    /** Mean nanoseconds per phase kind. */
    Map<PhaseKind, Double> meanPhaseNanos() {
        Map<PhaseKind, Double> mean = new EnumMap<>(PhaseKind.class);
        phases.forEach((kind, sum) -> mean.put(kind, (double) sum[0] / sum[1]));
        return mean;
    }

    /** Extra nanoseconds by what was waited on, in the order first met. */
    Map<WaitKey, long[]> waits() {
        return waits;
    }

    @Override
    public Set<ModelEvent.Kind> wants() {
        return EnumSet.of(ModelEvent.Kind.PHASE_ENDED, ModelEvent.Kind.INSTANCE_READY,
                ModelEvent.Kind.INSTANCE_STOPPED, ModelEvent.Kind.INSTANCE_FAILED);
    }

    @Override
    public void on(ModelEvent event) {
        if (event instanceof ModelEvent.PhaseEnded ended) {
            InstanceId id = ended.instance();
            if (!id.role().isWorkload()) {
                return;
            }
            if (isReady(id)) {
                add(ended.record());
            } else {
                startingOf(id, true).add(ended.record());
            }
        } else if (event instanceof ModelEvent.InstanceReady r && r.instance().role().isWorkload()) {
            ready.computeIfAbsent(r.instance().role(), k -> new BitSet()).set(r.instance().number());
            List<PhaseRecord> records = startingOf(r.instance(), false);
            if (records != null) {
                records.forEach(this::add);
                forget(r.instance());
            }
        } else if (event instanceof ModelEvent.OfInstance of && !isReady(of.instance())) {
            // Stopped or failed before it was ready: its phases do not count.
            forget(of.instance());
        }
    }

    private List<PhaseRecord> startingOf(InstanceId id, boolean make) {
        ArrayList<List<PhaseRecord>> byNumber = starting.computeIfAbsent(id.role(), k -> new ArrayList<>());
        int slot = id.number();
        if (slot >= byNumber.size()) {
            if (!make) {
                return null;
            }
            byNumber.ensureCapacity(slot + 1);
            while (byNumber.size() <= slot) {
                byNumber.add(null);
            }
        }
        List<PhaseRecord> records = byNumber.get(slot);
        if (records == null && make) {
            records = new ArrayList<>(8);
            byNumber.set(slot, records);
        }
        return records;
    }

    private void forget(InstanceId id) {
        ArrayList<List<PhaseRecord>> byNumber = starting.get(id.role());
        if (byNumber != null && id.number() < byNumber.size()) {
            byNumber.set(id.number(), null);
        }
    }

    private boolean isReady(InstanceId id) {
        BitSet set = ready.get(id.role());
        return set != null && set.get(id.number());
    }
}
