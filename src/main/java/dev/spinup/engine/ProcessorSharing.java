package dev.spinup.engine;

import dev.spinup.engine.stats.TimeWeighted;
import dev.spinup.engine.stats.TimeWeightedSummary;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * A shared capacity (a disk's bandwidth, a NIC, a host's CPU cores) served by egalitarian processor sharing.
 *
 * <p>Each of the n active jobs is served at {@code min(perJobCap, capacity / n)}. Rather than updating every job
 * when n changes, the resource keeps one virtual clock V (work served to any job that was active throughout) and
 * each job's finishing point on it, V at arrival plus its work. Jobs finish in that order, so the next completion
 * is the head of a heap: an arrival or departure costs O(log n), and only one "next completion" event is ever
 * pending. Work and capacity are in any unit (bytes, core-nanoseconds) per nanosecond.
 */
public final class ProcessorSharing {

    private final Simulation simulation;
    private final String name;
    private final double capacity;
    private final double perJobCap;
    private final EventKind completionKind;
    private final JobHeap active = new JobHeap();
    private final TimeWeighted activeOverTime;
    private LoadListener loadListener = LoadListener.NONE;

    private double virtualTime;
    private long lastUpdate;
    private long sequence;
    private ScheduledEvent nextCompletion;
    private double servedWork;
    private long busyNanos;
    private long jobsCompleted;

    /** Told whenever the number of active jobs changes, e.g. to record utilisation. */
    @FunctionalInterface
    public interface LoadListener {
        LoadListener NONE = (time, jobs, served) -> { };

        /** {@code servedRate}: total work per nanosecond now being served, at most the capacity. */
        void loadChanged(long timeNanos, int activeJobs, double servedRate);
    }

    /**
     * @param capacityPerNano work the resource serves per nanosecond in total
     * @param perJobCapPerNano the most one job can get per nanosecond ({@code Double.POSITIVE_INFINITY} for none)
     */
    public ProcessorSharing(Simulation simulation, String name, double capacityPerNano, double perJobCapPerNano) {
        if (!(capacityPerNano > 0) || Double.isInfinite(capacityPerNano)) {
            throw new IllegalArgumentException(name + ": capacity must be positive and finite, was " + capacityPerNano);
        }
        if (!(perJobCapPerNano > 0)) {
            throw new IllegalArgumentException(name + ": per-job cap must be positive, was " + perJobCapPerNano);
        }
        this.simulation = simulation;
        this.name = Objects.requireNonNull(name, "name");
        this.capacity = capacityPerNano;
        this.perJobCap = Math.min(perJobCapPerNano, capacityPerNano);
        this.completionKind = EventKind.of(name + ": job done");
        this.lastUpdate = simulation.now();
        this.activeOverTime = new TimeWeighted(simulation.now(), 0);
    }

    public ProcessorSharing(Simulation simulation, String name, double capacityPerNano) {
        this(simulation, name, capacityPerNano, Double.POSITIVE_INFINITY);
    }

    public void setLoadListener(LoadListener listener) {
        this.loadListener = Objects.requireNonNull(listener, "listener");
    }

    public String name() {
        return name;
    }

    public double capacityPerNano() {
        return capacity;
    }

    public double perJobCapPerNano() {
        return perJobCap;
    }

    public int activeJobs() {
        return active.size();
    }

    public long jobsCompleted() {
        return jobsCompleted;
    }

    /** Work served so far, including the part of active jobs already done. */
    public double servedWork() {
        catchUp();
        return servedWork;
    }

    /** Time during which at least one job was active. */
    public long busyNanos() {
        catchUp();
        return busyNanos;
    }

    /** The time-weighted number of active jobs up to now (L in Little's law). */
    public TimeWeightedSummary activeJobsOverTime() {
        return activeOverTime.summary(simulation.now());
    }

    /** Starts a job of {@code work} units now; its completion succeeds when all of it has been served. */
    public Job submit(double work) {
        if (!(work >= 0) || Double.isInfinite(work)) {
            throw new IllegalArgumentException(name + ": work must be finite and not negative, was " + work);
        }
        catchUp();
        if (active.isEmpty()) {
            // Restarting the virtual clock at each idle period keeps its magnitude, and so its rounding, small.
            virtualTime = 0;
        }
        Job job = new Job(this, work, simulation.now(), virtualTime + work, sequence++);
        active.add(job);
        loadChanged();
        reschedule();
        return job;
    }

    private double ratePerJob() {
        int n = active.size();
        return n == 0 ? 0.0 : Math.min(perJobCap, capacity / n);
    }

    private void catchUp() {
        long now = simulation.now();
        long elapsed = now - lastUpdate;
        if (elapsed > 0 && !active.isEmpty()) {
            double rate = ratePerJob();
            virtualTime += rate * elapsed;
            servedWork += rate * active.size() * elapsed;
            busyNanos += elapsed;
        }
        lastUpdate = now;
    }

    private void reschedule() {
        if (nextCompletion != null) {
            nextCompletion.cancel();
            nextCompletion = null;
        }
        Job head = active.peek();
        if (head == null) {
            return;
        }
        double remaining = head.finishVirtual - virtualTime;
        long delay = remaining <= 0 ? 0 : (long) Math.ceil(remaining / ratePerJob());
        nextCompletion = simulation.schedule(delay, Priority.URGENT, completionKind, this::completeDueJobs);
    }

    private void completeDueJobs() {
        nextCompletion = null;
        catchUp();
        // The clock ticks in whole nanoseconds: a job with less than one nanosecond of service left is done now.
        double doneBelow = virtualTime + ratePerJob();
        Job head;
        while ((head = active.peek()) != null && head.finishVirtual <= doneBelow) {
            active.poll();
            head.finishedAt = simulation.now();
            jobsCompleted++;
            head.completion.succeed(head);
        }
        loadChanged();
        reschedule();
    }

    private void cancel(Job job, Throwable reason) {
        catchUp();
        if (active.remove(job)) {
            loadChanged();
            reschedule();
            job.completion.fail(reason);
        }
    }

    private void loadChanged() {
        activeOverTime.update(simulation.now(), active.size());
        loadListener.loadChanged(simulation.now(), active.size(), ratePerJob() * active.size());
    }

    /** One demand on the shared capacity. */
    public static final class Job extends IndexedHeap.Node {
        private final ProcessorSharing resource;
        private final double work;
        private final long submittedAt;
        private final double finishVirtual;
        private final long sequence;
        private final Completion<Job> completion;
        private long finishedAt = -1;

        private Job(ProcessorSharing resource, double work, long submittedAt, double finishVirtual, long sequence) {
            this.resource = resource;
            this.work = work;
            this.submittedAt = submittedAt;
            this.finishVirtual = finishVirtual;
            this.sequence = sequence;
            this.completion = resource.simulation.completion();
        }

        public Completion<Job> completion() {
            return completion;
        }

        public double work() {
            return work;
        }

        public long submittedAt() {
            return submittedAt;
        }

        /** When the job finished, or -1 while it is active. */
        public long finishedAt() {
            return finishedAt;
        }

        /** How long the job would take with the resource to itself. */
        public long aloneNanos() {
            return (long) Math.ceil(work / resource.perJobCap);
        }

        /** Stops the job and fails its completion with {@code reason}; no effect once it has finished. */
        public void cancel(String reason) {
            resource.cancel(this, new CancellationException(reason));
        }
    }

    /** Jobs by finishing point on the virtual clock; non-negative doubles order like their raw bits. */
    private static final class JobHeap extends IndexedHeap<Job> {
        void add(Job job) {
            add(job, Double.doubleToRawLongBits(job.finishVirtual), job.sequence);
        }
    }
}
