package dev.spinup.orchestration;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * kube-scheduler's three queues: the active queue (higher priority first, then earlier), the back-off queue
 * (pods that failed, until their back-off expires) and the unschedulable set (pods no node could take, until the
 * cluster changes or they have waited long enough).
 */
final class SchedulingQueue {

    private record Entry(Pod pod, int priority, long since, long sequence) { }

    private static final Comparator<Entry> ACTIVE_ORDER = Comparator.comparingInt((Entry e) -> -e.priority)
            .thenComparingLong(Entry::since).thenComparingLong(Entry::sequence);
    private static final Comparator<Entry> BACKOFF_ORDER =
            Comparator.comparingLong(Entry::since).thenComparingLong(Entry::sequence);

    private final PriorityQueue<Entry> active = new PriorityQueue<>(ACTIVE_ORDER);
    /** Keyed on the instant the back-off expires. */
    private final PriorityQueue<Entry> backoff = new PriorityQueue<>(BACKOFF_ORDER);
    private final Map<Pod, Long> unschedulable = new LinkedHashMap<>();
    private long sequence;

    void addActive(Pod pod, long now) {
        active.add(new Entry(pod, pod.spec().priority(), now, sequence++));
    }

    void addBackoff(Pod pod, long expiresAt) {
        backoff.add(new Entry(pod, pod.spec().priority(), expiresAt, sequence++));
    }

    void addUnschedulable(Pod pod, long now) {
        unschedulable.put(pod, now);
    }

    Pod pollActive() {
        Entry next = active.poll();
        return next == null ? null : next.pod;
    }

    boolean hasActive() {
        return !active.isEmpty();
    }

    /** When the earliest back-off expires, or −1 when none waits. */
    long nextBackoffExpiry() {
        Entry first = backoff.peek();
        return first == null ? -1 : first.since;
    }

    /** Moves every pod whose back-off expired by {@code now} to the active queue. */
    void flushBackoff(long now) {
        while (!backoff.isEmpty() && backoff.peek().since <= now) {
            Entry entry = backoff.poll();
            active.add(new Entry(entry.pod, entry.priority, now, sequence++));
        }
    }

    /** A cluster change (a node joined or became Ready, a pod left): unschedulable pods may fit now. */
    void moveUnschedulable(long now, SchedulerProfile profile) {
        for (Map.Entry<Pod, Long> entry : unschedulable.entrySet()) {
            Pod pod = entry.getKey();
            long expiry = entry.getValue() + profile.backoffNanos(pod.schedulingAttempts());
            if (expiry <= now) {
                addActive(pod, now);
            } else {
                addBackoff(pod, expiry);
            }
        }
        unschedulable.clear();
    }

    /** Moves one pod out of the unschedulable set if it is still there (its periodic retry). */
    boolean retryUnschedulable(Pod pod, long now) {
        if (unschedulable.remove(pod) != null) {
            addActive(pod, now);
            return true;
        }
        return false;
    }

    /** The pods in the unschedulable set, in the order they failed. */
    List<Pod> unschedulablePods() {
        return List.copyOf(unschedulable.keySet());
    }

    int activeSize() {
        return active.size();
    }

    int backoffSize() {
        return backoff.size();
    }

    int unschedulableSize() {
        return unschedulable.size();
    }
}
