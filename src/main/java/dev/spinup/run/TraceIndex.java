package dev.spinup.run;

import dev.spinup.model.runtime.InstanceId;
import dev.spinup.model.runtime.InstanceState;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compact, indexed form of one arm's recorded run for a player that seeks: every instance and node VM is an int
 * entity id, its lifecycle a few rows of primitive arrays (time, state, phase), and a time index with checkpoints
 * of the counts per state, so that "the state at time t" is a binary search, not a replay of the trace.
 */
public final class TraceIndex {

    private static final InstanceState[] STATES = InstanceState.values();
    private static final PhaseKind[] PHASES = PhaseKind.values();
    private static final byte NO_PHASE = -1;
    /** Rows between two checkpoints of the counts: a seek replays at most this many. */
    private static final int CHECKPOINT_EVERY = 256;

    private final InstanceId[] ids;
    private final Map<InstanceId, Integer> byId;
    private final String[] hostNames;
    private final int[] hostOf;
    /** Rows grouped by entity, in time order within each: entity e owns rows rowStart[e] until rowStart[e + 1]. */
    private final int[] rowStart;
    private final long[] rowTime;
    private final byte[] rowState;
    private final byte[] rowPhase;
    private final int[] rowEntity;
    /** Every row by time (stable), and the counts per state just before each checkpoint's first row. */
    private final int[] byTime;
    private final int[][] checkpointCounts;

    private TraceIndex(InstanceId[] ids, String[] hostNames, int[] hostOf, int[] rowStart, long[] rowTime,
                       byte[] rowState, byte[] rowPhase, int[] rowEntity) {
        this.ids = ids;
        this.hostNames = hostNames;
        this.hostOf = hostOf;
        this.rowStart = rowStart;
        this.rowTime = rowTime;
        this.rowState = rowState;
        this.rowPhase = rowPhase;
        this.rowEntity = rowEntity;
        this.byId = new HashMap<>(ids.length * 2);
        for (int e = 0; e < ids.length; e++) {
            byId.put(ids[e], e);
        }
        int rows = rowTime.length;
        Integer[] order = new Integer[rows];
        for (int r = 0; r < rows; r++) {
            order[r] = r;
        }
        Arrays.sort(order, (a, b) -> Long.compare(rowTime[a], rowTime[b]));
        this.byTime = new int[rows];
        for (int i = 0; i < rows; i++) {
            byTime[i] = order[i];
        }
        this.checkpointCounts = new int[(rows + CHECKPOINT_EVERY - 1) / CHECKPOINT_EVERY + 1][];
        int[] counts = new int[STATES.length];
        for (int i = 0; i < rows; i++) {
            if (i % CHECKPOINT_EVERY == 0) {
                checkpointCounts[i / CHECKPOINT_EVERY] = counts.clone();
            }
            apply(byTime[i], counts);
        }
        checkpointCounts[checkpointCounts.length - 1] = counts.clone();
    }

    /** Indexes the first (detailed) replication of {@code arm}: its workload instances, then its node VMs. */
    public static TraceIndex of(ArmResult arm) {
        List<InstanceResult> all = new ArrayList<>(arm.instances());
        all.addAll(arm.nodeVms());
        Map<String, Integer> hosts = new HashMap<>();
        List<String> hostNames = new ArrayList<>();
        InstanceId[] ids = new InstanceId[all.size()];
        int[] hostOf = new int[all.size()];
        int[] rowStart = new int[all.size() + 1];
        Rows rows = new Rows();
        for (int e = 0; e < all.size(); e++) {
            InstanceResult instance = all.get(e);
            ids[e] = instance.id();
            hostOf[e] = instance.host().isEmpty() ? -1 : hosts.computeIfAbsent(instance.host(), h -> {
                hostNames.add(h);
                return hostNames.size() - 1;
            });
            rowStart[e] = rows.size;
            rows.lifecycle(instance, e);
        }
        rowStart[all.size()] = rows.size;
        return new TraceIndex(ids, hostNames.toArray(String[]::new), hostOf, rowStart,
                Arrays.copyOf(rows.time, rows.size), Arrays.copyOf(rows.state, rows.size),
                Arrays.copyOf(rows.phase, rows.size), Arrays.copyOf(rows.entity, rows.size));
    }

    public int entities() {
        return ids.length;
    }

    public InstanceId id(int entity) {
        return ids[entity];
    }

    /** The entity id of an instance or node VM, by its name. */
    public Optional<Integer> entity(InstanceId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The host the entity ran on, if it was ever admitted. */
    public Optional<String> host(int entity) {
        return hostOf[entity] < 0 ? Optional.empty() : Optional.of(hostNames[hostOf[entity]]);
    }

    /** The entity's state at {@code timeNanos}; empty before it was requested. */
    public Optional<InstanceState> stateAt(int entity, long timeNanos) {
        int row = rowAt(entity, timeNanos);
        return row < 0 ? Optional.empty() : Optional.of(STATES[rowState[row]]);
    }

    /** The phase the entity was in at {@code timeNanos}; empty between phases, before and after. */
    public Optional<PhaseKind> phaseAt(int entity, long timeNanos) {
        int row = rowAt(entity, timeNanos);
        return row < 0 || rowPhase[row] == NO_PHASE ? Optional.empty() : Optional.of(PHASES[rowPhase[row]]);
    }

    /** The state of the whole arm at {@code timeNanos}: how many entities were in each state, and each one's. */
    public Snapshot at(long timeNanos) {
        int end = firstRowAfter(timeNanos);
        int checkpoint = end / CHECKPOINT_EVERY;
        int[] counts = checkpointCounts[checkpoint].clone();
        for (int i = checkpoint * CHECKPOINT_EVERY; i < end; i++) {
            apply(byTime[i], counts);
        }
        return new Snapshot(timeNanos, counts);
    }

    /** Rows of lifecycle changes held. */
    public int rows() {
        return rowTime.length;
    }

    /** The bytes of the index's arrays (entity names and the name map excluded). */
    public long sizeBytes() {
        long perRow = Long.BYTES + 1 + 1 + Integer.BYTES + Integer.BYTES;
        long checkpoints = (long) checkpointCounts.length * (16 + STATES.length * Integer.BYTES);
        return perRow * rowTime.length + (long) Integer.BYTES * (rowStart.length + hostOf.length) + checkpoints;
    }

    /** The arm at one instant, as {@link #at(long)} found it. */
    public final class Snapshot {
        private final long timeNanos;
        private final int[] counts;

        private Snapshot(long timeNanos, int[] counts) {
            this.timeNanos = timeNanos;
            this.counts = counts;
        }

        public long timeNanos() {
            return timeNanos;
        }

        /** Entities in {@code state} at this instant. */
        public int count(InstanceState state) {
            return counts[state.ordinal()];
        }

        public Optional<InstanceState> state(int entity) {
            return stateAt(entity, timeNanos);
        }

        public Optional<PhaseKind> phase(int entity) {
            return phaseAt(entity, timeNanos);
        }
    }

    /** The last row of {@code entity} at or before {@code timeNanos}, or -1. */
    private int rowAt(int entity, long timeNanos) {
        int lo = rowStart[entity];
        int hi = rowStart[entity + 1] - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (rowTime[mid] <= timeNanos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** How many rows happened at or before {@code timeNanos}. */
    private int firstRowAfter(long timeNanos) {
        int lo = 0;
        int hi = byTime.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rowTime[byTime[mid]] <= timeNanos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Moves one entity's count from its previous row's state to this row's. */
    private void apply(int row, int[] counts) {
        if (row > rowStart[rowEntity[row]]) {
            counts[rowState[row - 1]]--;
        }
        counts[rowState[row]]++;
    }

    /** Rows being collected, in entity order. */
    private static final class Rows {
        long[] time = new long[64];
        byte[] state = new byte[64];
        byte[] phase = new byte[64];
        int[] entity = new int[64];
        int size;

        void lifecycle(InstanceResult instance, int e) {
            add(instance.requestedAt(), InstanceState.REQUESTED, NO_PHASE, e);
            boolean admittedNoted = false;
            boolean readyNoted = false;
            for (PhaseRecord phase : instance.phases()) {
                if (!readyNoted && instance.readyAt() >= 0 && phase.startNanos() >= instance.readyAt()) {
                    add(instance.readyAt(), InstanceState.RUNNING, NO_PHASE, e);
                    readyNoted = true;
                }
                if (!admittedNoted && instance.admittedAt() >= 0 && instance.admittedAt() < phase.startNanos()) {
                    add(instance.admittedAt(), InstanceState.STARTING, NO_PHASE, e);
                    admittedNoted = true;
                }
                InstanceState during = instance.readyAt() >= 0 && phase.startNanos() >= instance.readyAt()
                        ? InstanceState.STOPPING
                        : instance.admittedAt() >= 0 && phase.startNanos() >= instance.admittedAt()
                        ? InstanceState.STARTING : InstanceState.REQUESTED;
                admittedNoted |= during != InstanceState.REQUESTED;
                add(phase.startNanos(), during, (byte) phase.kind().ordinal(), e);
                if (during == InstanceState.STOPPING) {
                    continue;
                }
                // Between two phases (or after the last before ready) the instance is still starting.
                add(phase.endNanos(), during, NO_PHASE, e);
            }
            if (!admittedNoted && instance.admittedAt() >= 0) {
                add(instance.admittedAt(), InstanceState.STARTING, NO_PHASE, e);
            }
            if (!readyNoted && instance.readyAt() >= 0) {
                add(instance.readyAt(), InstanceState.RUNNING, NO_PHASE, e);
            }
            if (instance.endedAt() >= 0) {
                add(instance.endedAt(), instance.state(), NO_PHASE, e);
            }
        }

        private void add(long t, InstanceState s, byte p, int e) {
            if (size > 0 && entity[size - 1] == e && t < time[size - 1]) {
                t = time[size - 1];
            }
            if (size == time.length) {
                time = Arrays.copyOf(time, size * 2);
                state = Arrays.copyOf(state, size * 2);
                phase = Arrays.copyOf(phase, size * 2);
                entity = Arrays.copyOf(entity, size * 2);
            }
            time[size] = t;
            state[size] = (byte) s.ordinal();
            phase[size] = p;
            entity[size] = e;
            size++;
        }
    }
}
