package dev.spinup.app.player;

import dev.spinup.model.runtime.ModelEvent;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A recorded run as something to play: every stack's track on one shared clock, the instants where something
 * happened (for stepping and for the scrubber's density marks), and the state of every column at any instant.
 */
public final class Playback {

    private final RunResult run;
    private final List<ArmTrack> arms;
    private final long[] eventTimes;
    private final long endNanos;
    private final BusyPeriods busy;

    public Playback(RunResult run) {
        this.run = Objects.requireNonNull(run, "run");
        List<ArmTrack> tracks = new ArrayList<>();
        long end = 0;
        int count = 0;
        for (ArmResult arm : run.arms()) {
            tracks.add(new ArmTrack(arm));
            end = Math.max(end, arm.endNanos());
            count += arm.trace().size();
        }
        this.arms = List.copyOf(tracks);
        List<long[]> clusterInstants = new ArrayList<>();
        for (ArmTrack arm : tracks) {
            arm.cluster().ifPresent(c -> clusterInstants.add(c.instants()));
        }
        count += clusterInstants.stream().mapToInt(a -> a.length).sum();
        long[] times = new long[count + 1];
        int n = 0;
        times[n++] = 0;
        for (ArmResult arm : run.arms()) {
            for (ModelEvent e : arm.trace()) {
                times[n++] = e.timeNanos();
                end = Math.max(end, e.timeNanos());
            }
        }
        // A pod created, bound or ready, a node Ready or NotReady: moments to step to, though no instance moved.
        for (long[] instants : clusterInstants) {
            for (long t : instants) {
                times[n++] = t;
                end = Math.max(end, t);
            }
        }
        Arrays.sort(times, 0, n);
        this.eventTimes = distinct(times, n);
        this.endNanos = end;
        this.busy = BusyPeriods.of(arms);
    }

    public RunResult run() {
        return run;
    }

    public List<ArmTrack> arms() {
        return arms;
    }

    public long endNanos() {
        return endNanos;
    }

    public BusyPeriods busyPeriods() {
        return busy;
    }

    /** Every distinct instant at which the trace recorded an event, ascending, starting with 0. */
    public long[] eventTimes() {
        return eventTimes.clone();
    }

    public int eventCount() {
        return eventTimes.length;
    }

    /** Every column at {@code t}. */
    public List<ArmFrame> framesAt(long t) {
        List<ArmFrame> frames = new ArrayList<>(arms.size());
        for (ArmTrack arm : arms) {
            frames.add(arm.frameAt(t));
        }
        return frames;
    }

    /** The first event instant after {@code t}, or the end when there is none. */
    public long nextEventAfter(long t) {
        int i = Arrays.binarySearch(eventTimes, t);
        int next = i >= 0 ? i + 1 : -i - 1;
        return next < eventTimes.length ? eventTimes[next] : endNanos;
    }

    /** The last event instant before {@code t}, or 0. */
    public long previousEventBefore(long t) {
        int i = Arrays.binarySearch(eventTimes, t);
        int previous = i >= 0 ? i - 1 : -i - 2;
        return previous >= 0 ? eventTimes[previous] : 0;
    }

    /**
     * How many events fall in each of {@code bins} equal slices of the run: the scrubber draws them so a student
     * sees where the action is.
     */
    public int[] eventDensity(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("at least one bin");
        }
        int[] density = new int[bins];
        long span = Math.max(1, endNanos);
        for (ArmTrack arm : arms) {
            for (ModelEvent e : arm.arm().trace()) {
                int bin = (int) Math.min(bins - 1, (long) ((double) e.timeNanos() / span * bins));
                density[Math.max(0, bin)]++;
            }
        }
        return density;
    }

    /** True when some stack ran a cluster: the window then shows the cluster view. */
    public boolean hasCluster() {
        return arms.stream().anyMatch(a -> a.cluster().isPresent());
    }

    /** Every cluster at {@code t}, one per stack that ran one, in stack order. */
    public List<ClusterFrame> clusterFramesAt(long t) {
        List<ClusterFrame> frames = new ArrayList<>();
        for (ArmTrack arm : arms) {
            arm.cluster().ifPresent(c -> frames.add(c.at(t)));
        }
        return frames;
    }

    /** The track of a stack, or null. */
    public ArmTrack arm(String stackId) {
        for (ArmTrack arm : arms) {
            if (arm.stackId().equals(stackId)) {
                return arm;
            }
        }
        return null;
    }

    private static long[] distinct(long[] sorted, int n) {
        long[] out = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m == 0 || sorted[i] != out[m - 1]) {
                out[m++] = sorted[i];
            }
        }
        return Arrays.copyOf(out, m);
    }
}
