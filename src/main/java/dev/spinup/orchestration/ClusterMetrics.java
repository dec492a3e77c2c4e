package dev.spinup.orchestration;

/**
 * What a cluster run is charted and judged by, as step series over simulated time: pods ready, pods pending
 * (created and not yet running), unschedulable pods, the scheduler's queue length and the pods it has bound.
 */
public final class ClusterMetrics {

    private final CountSeries ready;
    private final CountSeries pending;
    private final CountSeries unschedulable;
    private final CountSeries schedulerQueue;
    private final CountSeries bound;
    private final CountSeries readyNodes;

    public ClusterMetrics(long start) {
        ready = new CountSeries(start);
        pending = new CountSeries(start);
        unschedulable = new CountSeries(start);
        schedulerQueue = new CountSeries(start);
        bound = new CountSeries(start);
        readyNodes = new CountSeries(start);
    }

    public CountSeries ready() {
        return ready;
    }

    public CountSeries pending() {
        return pending;
    }

    public CountSeries unschedulable() {
        return unschedulable;
    }

    /** Active plus back-off queue (the pods the scheduler has yet to try). */
    public CountSeries schedulerQueue() {
        return schedulerQueue;
    }

    /** Pods bound so far: its slope is the scheduler's throughput. */
    public CountSeries bound() {
        return bound;
    }

    public CountSeries readyNodes() {
        return readyNodes;
    }
}
