package dev.spinup.model.runtime;

import dev.spinup.engine.Completion;
import dev.spinup.engine.EventKind;
import dev.spinup.engine.FifoResource;
import dev.spinup.engine.ProcessorSharing;
import dev.spinup.engine.ScheduledEvent;
import dev.spinup.engine.SimTime;
import dev.spinup.engine.random.RandomStream;
import dev.spinup.model.startup.Contention;
import dev.spinup.model.startup.Demand;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.model.startup.PhaseSpec;
import dev.spinup.model.startup.PullSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs one phase of one instance on its host: the demands one after another, each on the host's shared
 * resources, noting for every demand how much longer it took than it would have alone, and why.
 *
 * <p>A run that is cancelled (its instance stopped or its host failed) lets go of whatever it holds at once (a
 * share of a resource, a place in a queue, a control point) and never runs another demand, so nothing it would
 * have touched later leaks into a host that has already taken the instance's memory back; its sequence hears
 * nothing more, as nobody waits for the phases of an instance that has ended.
 *
 * <p>It is its own callback (a {@link Runnable} for waits, a {@link Consumer} for jobs) and its own visitor of
 * demands, so that a boot storm of a million instances does not allocate a wrapper per demand.
 */
final class PhaseRun implements Runnable, Consumer<Completion<ProcessorSharing.Job>>, Demand.Visitor<Boolean> {

    private static final EventKind LATENCY = EventKind.of("phase latency");
    /** Slowdowns below this are noise, not worth a sentence. */
    private static final long NOTABLE_NANOS = SimTime.MILLISECOND;
    /** How much swapping stretches CPU work per unit of memory pressure (resident/RAM − 1). */
    private static final double SWAP_PENALTY = 4.0;

    private final Host host;
    private final Instance instance;
    private final PhaseSpec spec;
    private final RandomStream stream;
    private final PhaseSequence sequence;
    private final long start;
    private List<Contention> contentions;
    private PullSummary pull;
    private long alone;
    private int next;
    private boolean cancelled;
    /** Ended, failed or cancelled: nothing more happens. */
    private boolean over;
    /** The job this run waits for, what it is called in a sentence, and its time alone. */
    private ProcessorSharing.Job job;
    private String jobLabel;
    private long jobAlone;
    private boolean jobWarmsDiskImage;
    /** The wait (a latency, or the hold of a control point) this run sleeps in. */
    private ScheduledEvent wake;
    /** The control point this run queues for or holds. */
    private FifoResource.Request request;

    PhaseRun(Host host, Instance instance, PhaseSpec spec, RandomStream stream, PhaseSequence sequence) {
        this.host = host;
        this.instance = instance;
        this.spec = spec;
        this.stream = stream;
        this.sequence = sequence;
        this.start = host.simulation().now();
    }

    /** Runs the demands until one must be waited for; the sequence hears when the phase ends or fails. */
    void start() {
        advance();
    }

    /** Abandons the phase: lets go of what it holds and runs nothing more. */
    void cancel(String reason) {
        if (over) {
            return;
        }
        over = true;
        cancelled = true;
        if (wake != null) {
            wake.cancel();
            wake = null;
        }
        if (request != null) {
            FifoResource.Request held = request;
            request = null;
            held.withdraw(reason);
        }
        if (job != null) {
            ProcessorSharing.Job running = job;
            job = null;
            running.cancel(reason);
        }
    }

    private void advance() {
        List<Demand> demands = spec.demands();
        while (next < demands.size()) {
            if (cancelled || execute(demands.get(next++))) {
                return;
            }
        }
        if (!over) {
            over = true;
            long now = host.simulation().now();
            // Nobody keeps or observes the record in a storm without detail: it is not built.
            sequence.phaseEnded(!sequence.recordWanted() ? null : new PhaseRecord(spec.kind(), start, now, alone,
                    contentions == null ? List.of() : contentions, Optional.ofNullable(pull), spec.source()));
        }
    }

    private void fail(Throwable cause) {
        over = true;
        sequence.phaseFailed(cause);
    }

    /** Starts one demand; returns true if the run must wait for it (a callback then resumes the run). */
    private boolean execute(Demand demand) {
        return demand.accept(this);
    }

    @Override
    public Boolean cpuWork(Demand.CpuWork cpu) {
        double base = cpu.coreTime().toNanos();
        double pressure = host.ledger().swapPressure();
        double work = base * (1 + SWAP_PENALTY * pressure);
        if (work > base) {
            note(new Contention(Contention.Kind.SWAPPING, "memory", Math.round(work - base), 0));
        }
        // An idle host would not swap: only the unstretched work counts as the time alone.
        alone += Math.round(base);
        return share(host.cpu(), work, "CPU", false);
    }

    @Override
    public Boolean diskRead(Demand.DiskRead read) {
        return share(host.disk(), host.spec().disk().deviceNanos(read.bytes().bytes(), read.operations()), "disk",
                true);
    }

    @Override
    public Boolean diskWrite(Demand.DiskWrite write) {
        return share(host.disk(), host.spec().disk().deviceNanos(write.bytes().bytes(), 0), "disk", true);
    }

    @Override
    public Boolean networkTransfer(Demand.NetworkTransfer transfer) {
        return share(host.network(), transfer.bytes().bytes(), "network", true);
    }

    @Override
    public Boolean latency(Demand.Latency latency) {
        long nanos = Math.max(0, Math.round(latency.millis().sample(stream) * SimTime.MILLISECOND));
        alone += nanos;
        if (nanos == 0) {
            return false;
        }
        wake = host.simulation().schedule(nanos, LATENCY, this);
        return true;
    }

    @Override
    public Boolean liveScan(Demand.LiveScan scan) {
        int others = Math.max(0, host.liveInstances() - 1);
        long work = scan.cpuPerLiveInstance().toNanos() * others;
        if (work > NOTABLE_NANOS) {
            note(new Contention(Contention.Kind.GROWTH, "the host's bookkeeping", work, others));
        }
        return share(host.cpu(), work, "CPU", false);
    }

    @Override
    public Boolean imagePull(Demand.ImagePull pull) {
        return pullImage();
    }

    @Override
    public Boolean diskImageRead(Demand.DiskImageRead read) {
        if (host.diskImageWarm(instance)) {
            return false;
        }
        boolean waiting = share(host.disk(), host.spec().disk().deviceNanos(read.bytes().bytes(), 0), "disk",
                true);
        if (waiting) {
            jobWarmsDiskImage = true;
        } else {
            host.diskImageRead(instance);
        }
        return waiting;
    }

    @Override
    public Boolean memoryTouch(Demand.MemoryTouch touch) {
        host.touch(instance, touch.component(), touch.bytes().bytes());
        return false;
    }

    /** @param countsAlone whether an idle, empty host would do this work too (growth with load would not) */
    private boolean share(ProcessorSharing resource, double work, String label, boolean countsAlone) {
        if (work <= 0) {
            return false;
        }
        job = resource.submit(work);
        jobLabel = label;
        jobAlone = job.aloneNanos();
        if (countsAlone) {
            alone += jobAlone;
        }
        job.completion().whenDone(this);
        return true;
    }

    /** A job of this run finished (or failed). */
    @Override
    public void accept(Completion<ProcessorSharing.Job> finished) {
        if (cancelled) {
            return;
        }
        job = null;
        if (finished.isFailed()) {
            fail(finished.failure());
            return;
        }
        ProcessorSharing.Job served = finished.value();
        long took = served.finishedAt() - served.submittedAt();
        long extra = took - jobAlone;
        if (extra > NOTABLE_NANOS) {
            note(new Contention(Contention.Kind.SHARED, jobLabel, extra, took / (double) jobAlone - 1));
        }
        if (jobWarmsDiskImage) {
            jobWarmsDiskImage = false;
            host.diskImageRead(instance);
        }
        advance();
    }

    /** A wait of this run ended: a latency, or the hold of a control point, which is then released. */
    @Override
    public void run() {
        wake = null;
        if (request != null) {
            FifoResource.Request held = request;
            request = null;
            held.release();
        }
        if (!cancelled) {
            advance();
        }
    }

    @Override
    public Boolean critical(Demand.Critical critical) {
        FifoResource point = host.controlPoint(critical.point());
        long base = critical.hold().toNanos();
        alone += base;
        FifoResource.Request asked = point.acquire();
        request = asked;
        asked.completion().whenDone(granted -> {
            if (cancelled) {
                return;
            }
            if (granted.isFailed()) {
                request = null;
                fail(granted.failure());
                return;
            }
            long waited = asked.waitedNanos();
            if (waited > NOTABLE_NANOS) {
                note(new Contention(Contention.Kind.QUEUED, critical.point().label(), waited,
                        asked.aheadAtArrival()));
            }
            // The work grows with what is alive when the section runs, not when it was asked for.
            int others = Math.max(0, host.liveInstances() - 1);
            long growth = critical.holdPerLiveInstance().toNanos() * others;
            if (growth > NOTABLE_NANOS) {
                note(new Contention(Contention.Kind.GROWTH, critical.point().label(), growth, others));
            }
            wake = host.simulation().schedule(base + growth, LATENCY, this);
        });
        return true;
    }

    private boolean pullImage() {
        long pullStart = host.simulation().now();
        host.pullImage(instance).whenDone(pulled -> {
            if (cancelled) {
                return;
            }
            if (pulled.isFailed()) {
                fail(pulled.failure());
                return;
            }
            pull = pulled.value();
            alone += host.simulation().now() - pullStart;
            advance();
        });
        return true;
    }

    private void note(Contention contention) {
        if (contentions == null) {
            contentions = new ArrayList<>(2);
        }
        contentions.add(contention);
    }
}
