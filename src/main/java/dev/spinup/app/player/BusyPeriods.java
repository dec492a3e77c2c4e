package dev.spinup.app.player;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stretches of a run in which some instance was starting (from its request until it was ready, refused or
 * ended), merged over every stack. The adaptive clock slows down at the start of each stretch, where a
 * container's 100 ms happen, and speeds up as it goes on, where a VM's 15 s do.
 */
public final class BusyPeriods {

    private final long[] starts;
    private final long[] ends;

    private BusyPeriods(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static BusyPeriods of(List<ArmTrack> arms) {
        List<long[]> spans = new ArrayList<>();
        for (ArmTrack arm : arms) {
            addSpans(arm.instances(), spans);
            addSpans(arm.nodeVms(), spans);
        }
        spans.sort((a, b) -> Long.compare(a[0], b[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] span : spans) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(new long[] {span[0], span[1]});
            }
        }
        long[] s = new long[merged.size()];
        long[] e = new long[merged.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = merged.get(i)[0];
            e[i] = merged.get(i)[1];
        }
        return new BusyPeriods(s, e);
    }

    private static void addSpans(List<InstanceTrack> tracks, List<long[]> spans) {
        for (InstanceTrack track : tracks) {
            var r = track.result();
            long end = r.readyAt() >= 0 ? r.readyAt() : r.endedAt();
            if (end < 0) {
                end = Long.MAX_VALUE;
            }
            spans.add(new long[] {r.requestedAt(), Math.max(r.requestedAt(), end)});
        }
    }

    public int size() {
        return starts.length;
    }

    /** The start of the stretch containing {@code t}, or -1 when nothing is starting at {@code t}. */
    public long startOfPeriodAt(long t) {
        int i = Arrays.binarySearch(starts, t);
        int at = i >= 0 ? i : -i - 2;
        if (at < 0) {
            return -1;
        }
        return t <= ends[at] ? starts[at] : -1;
    }

    /** The start of the next stretch after {@code t}, or -1. */
    public long nextStartAfter(long t) {
        int i = Arrays.binarySearch(starts, t);
        int next = i >= 0 ? i + 1 : -i - 1;
        return next < starts.length ? starts[next] : -1;
    }
}
