package dev.spinup.model.runtime;

import dev.spinup.engine.Completion;
import dev.spinup.engine.EventKind;
import dev.spinup.engine.FifoResource;
import dev.spinup.engine.ProcessorSharing;
import dev.spinup.engine.ScheduledEvent;
import dev.spinup.engine.SimTime;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.host.ResourceKind;
import dev.spinup.model.image.LayerPull;
import dev.spinup.model.image.LayerSource;
import dev.spinup.model.image.PullReport;
import dev.spinup.model.startup.Contention;
import dev.spinup.model.startup.ControlPoint;
import dev.spinup.model.startup.Demand;
import dev.spinup.model.startup.PhaseInterval;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.model.startup.PhaseSpec;
import dev.spinup.model.startup.PullSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs one phase of one instance on its host: the demands one after another, each on the host's shared
 * resources, noting for every demand how much longer it took than it would have alone, and why; in a detailed run
 * it also records each demand's {@link PhaseInterval}s, one after another from the phase's start, so that they
 * cover the phase exactly.
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

    private final Host host;
    private final Instance instance;
    private final PhaseSpec spec;
    private final PhaseSequence sequence;
    private final long start;
    /** The intervals recorded so far (null when nobody keeps them), and where the last one ended. */
    private List<PhaseInterval> intervals;
    private long recordedUntil;
    private List<Contention> contentions;
    private PullSummary pull;
    private long alone;
    private int next;
    private boolean cancelled;
    /** Ended, failed or cancelled: nothing more happens. */
    private boolean over;
    /** The job this run waits for, what it is called in a sentence, and its time alone. */
    private ProcessorSharing.Job job;
    private ResourceKind jobResource;
    /** The share of the job's work it would have without swapping (1 when the host is not swapping). */
    private double jobUnswappedShare;
    private long jobAlone;
    /** The wait (a latency, or the hold of a control point) this run sleeps in. */
    private ScheduledEvent wake;
    /** The control point this run queues for or holds. */
    private FifoResource.Request request;

    PhaseRun(Host host, Instance instance, PhaseSpec spec, PhaseSequence sequence) {
        this.host = host;
        this.instance = instance;
        this.spec = spec;
        this.sequence = sequence;
        this.start = host.simulation().now();
        this.recordedUntil = start;
        if (sequence.recordsIntervals()) {
            intervals = new ArrayList<>(spec.demands().size());
        }
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
                    contentions == null ? List.of() : contentions, Optional.ofNullable(pull), spec.source(),
                    intervals == null ? List.of() : intervals));
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
        double work = base * (1 + Mechanisms.SWAP_SLOWDOWN.value() * pressure);
        if (work > base) {
            note(new Contention(Contention.Kind.SWAPPING, "memory", Math.round(work - base), 0,
                    Mechanisms.SWAP_SLOWDOWN.source()));
        }
        // An idle host would not swap: only the unstretched work counts as the time alone.
        alone += Math.round(base);
        boolean waiting = share(host.cpu(), work, ResourceKind.CPU, false);
        jobUnswappedShare = work > 0 ? base / work : 1;
        return waiting;
    }

    @Override
    public Boolean diskRead(Demand.DiskRead read) {
        return share(host.disk(), host.spec().disk().deviceNanos(read.bytes().bytes(), read.operations()),
                ResourceKind.DISK, true);
    }

    @Override
    public Boolean diskWrite(Demand.DiskWrite write) {
        return share(host.disk(), host.spec().disk().deviceNanos(write.bytes().bytes(), 0), ResourceKind.DISK,
                true);
    }

    @Override
    public Boolean networkTransfer(Demand.NetworkTransfer transfer) {
        return share(host.network(), transfer.bytes().bytes(), ResourceKind.NETWORK, true);
    }

    @Override
    public Boolean latency(Demand.Latency latency) {
        long nanos = Math.max(0, Math.round(latency.millis().sample(sequence.streamFor(spec.kind())) * SimTime.MILLISECOND));
        alone += nanos;
        if (nanos == 0) {
            return false;
        }
        wake = host.simulation().schedule(nanos, LATENCY, this);
        record(new PhaseInterval.Delay(recordedUntil, host.simulation().now() + nanos, spec.source()));
        return true;
    }

    @Override
    public Boolean liveScan(Demand.LiveScan scan) {
        int others = Math.max(0, host.liveInstances() - 1);
        long base = scan.work().aloneNanos();
        long growth = scan.work().growthNanos(others);
        if (growth > NOTABLE_NANOS) {
            note(new Contention(Contention.Kind.GROWTH, "the host's bookkeeping", growth, others, spec.source()));
        }
        alone += base;
        return share(host.cpu(), base + growth, ResourceKind.CPU, false);
    }

    @Override
    public Boolean imagePull(Demand.ImagePull pull) {
        return pullImage();
    }

    /**
     * A boot file comes from the page cache when it is there; otherwise the phase waits for the host's read of it
     * (its own, or the one another boot started), sharing the disk with whatever else reads it meanwhile.
     */
    @Override
    public Boolean diskImageRead(Demand.DiskImageRead read) {
        if (host.bootFileCached(read.file())) {
            return false;
        }
        long askedAt = host.simulation().now();
        long readAlone = Math.round(host.spec().disk().deviceNanos(read.bytes().bytes(), read.operations()));
        alone += readAlone;
        host.readBootFile(read).whenDone(done -> {
            if (cancelled) {
                return;
            }
            if (done.isFailed()) {
                fail(done.failure());
                return;
            }
            long took = host.simulation().now() - askedAt;
            double others = readAlone > 0 ? Math.max(0, took / (double) readAlone - 1) : 0;
            if (took - readAlone > NOTABLE_NANOS) {
                note(new Contention(Contention.Kind.SHARED, ResourceKind.DISK.label(), took - readAlone, others,
                        spec.source()));
            }
            record(new PhaseInterval.Working(recordedUntil, host.simulation().now(), ResourceKind.DISK, others,
                    spec.source()));
            advance();
        });
        return true;
    }

    /** A token of the cloud account's rate limit: at once, or queued behind the launches already waiting. */
    @Override
    public Boolean apiToken(Demand.ApiToken token) {
        long askedAt = host.simulation().now();
        int ahead = host.account().waiting(token.limit());
        host.account().bucket(token.limit()).take().whenDone(granted -> {
            if (cancelled) {
                return;
            }
            if (granted.isFailed()) {
                fail(granted.failure());
                return;
            }
            long waited = host.simulation().now() - askedAt;
            if (waited > NOTABLE_NANOS) {
                note(new Contention(Contention.Kind.QUEUED, ControlPoint.CLOUD_API.label(), waited, ahead,
                        spec.source()));
            }
            record(new PhaseInterval.Queued(askedAt, host.simulation().now(), ControlPoint.CLOUD_API, ahead,
                    spec.source()));
            advance();
        });
        // Even a token at hand is handed over through the trampoline, so the run waits either way.
        return true;
    }

    /** The first reads of a volume that fills in from its snapshot: a wait of this instance's own. */
    @Override
    public Boolean hydrate(Demand.Hydrate hydrate) {
        long nanos = hydrate.fetch().toNanos();
        alone += nanos;
        if (nanos == 0) {
            return false;
        }
        wake = host.simulation().schedule(nanos, LATENCY, this);
        record(new PhaseInterval.Delay(recordedUntil, host.simulation().now() + nanos, hydrate.source()));
        return true;
    }

    @Override
    public Boolean memoryTouch(Demand.MemoryTouch touch) {
        host.touch(instance, touch.component(), touch.bytes().bytes());
        return false;
    }

    /** @param countsAlone whether an idle, empty host would do this work too (growth with load would not) */
    private boolean share(ProcessorSharing resource, double work, ResourceKind kind, boolean countsAlone) {
        if (work <= 0) {
            return false;
        }
        job = resource.submit(work);
        jobResource = kind;
        jobUnswappedShare = 1;
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
        double others = jobAlone > 0 ? Math.max(0, took / (double) jobAlone - 1) : 0;
        if (extra > NOTABLE_NANOS) {
            note(new Contention(Contention.Kind.SHARED, jobResource.label(), extra, others, spec.source()));
        }
        if (intervals != null) {
            long end = served.finishedAt();
            long working = jobUnswappedShare >= 1 ? end : recordedUntil
                    + Math.round((end - recordedUntil) * jobUnswappedShare);
            record(new PhaseInterval.Working(recordedUntil, working, jobResource, others, spec.source()));
            record(new PhaseInterval.Swapping(working, end, Mechanisms.SWAP_SLOWDOWN.source()));
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
        long base = critical.work().aloneNanos();
        alone += base;
        long askedAt = host.simulation().now();
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
                        asked.aheadAtArrival(), spec.source()));
            }
            long grantedAt = host.simulation().now();
            record(new PhaseInterval.Queued(askedAt, grantedAt, critical.point(), asked.aheadAtArrival(),
                    spec.source()));
            // The work grows with what is alive when the section runs, not when it was asked for.
            int others = Math.max(0, host.liveInstances() - 1);
            long growth = critical.work().growthNanos(others);
            if (growth > NOTABLE_NANOS) {
                note(new Contention(Contention.Kind.GROWTH, critical.point().label(), growth, others,
                        spec.source()));
            }
            wake = host.simulation().schedule(base + growth, LATENCY, this);
            record(new PhaseInterval.Holding(grantedAt, grantedAt + base + growth, critical.point(), spec.source()));
        });
        return true;
    }

    private boolean pullImage() {
        long pullStart = host.simulation().now();
        int pullsAhead = host.pullsInProgress();
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
            pull.report().ifPresent(report -> recordPull(report, pullsAhead));
            advance();
        });
        return true;
    }

    /**
     * The pull as the instance lived it: queued for the host's pull slot (serialized pulls only), the manifest
     * round trips, its own downloads and extraction, then waiting for the last layer another pull was fetching.
     */
    private void recordPull(PullReport report, int pullsAhead) {
        if (intervals == null) {
            return;
        }
        long end = host.simulation().now();
        record(new PhaseInterval.Queued(recordedUntil, Math.min(end, report.startedAt()), ControlPoint.IMAGE_PULLS,
                pullsAhead, spec.source()));
        record(new PhaseInterval.Delay(recordedUntil, Math.min(end, report.manifestDoneAt()),
                Source.ESTIMATE_REGISTRY_MANIFEST_LATENCY));
        long ownEnd = recordedUntil;
        LayerPull lastAwaited = null;
        for (LayerPull layer : report.layers()) {
            if (layer.source() == LayerSource.DOWNLOADED) {
                ownEnd = Math.max(ownEnd, layer.readyAt());
            } else if (layer.source() == LayerSource.AWAITED
                    && (lastAwaited == null || layer.readyAt() > lastAwaited.readyAt())) {
                lastAwaited = layer;
            }
        }
        if (lastAwaited == null || ownEnd >= end) {
            record(new PhaseInterval.Pulling(recordedUntil, end, report.image().reference(),
                    report.layersDownloaded(), Source.ESTIMATE_PULL_TIME_MODEL));
            return;
        }
        record(new PhaseInterval.Pulling(recordedUntil, ownEnd, report.image().reference(),
                report.layersDownloaded(), Source.ESTIMATE_PULL_TIME_MODEL));
        record(new PhaseInterval.AwaitingLayer(recordedUntil, end, lastAwaited.layer().digest(),
                lastAwaited.origin(), Source.ESTIMATE_PULL_TIME_MODEL));
    }

    /** Keeps an interval that starts where the last one ended; an empty one says nothing and is dropped. */
    private void record(PhaseInterval interval) {
        if (intervals == null || interval.durationNanos() == 0) {
            return;
        }
        if (interval.startNanos() != recordedUntil) {
            throw new IllegalStateException(spec.kind() + ": an interval from " + interval.startNanos()
                    + " does not follow the last, which ended at " + recordedUntil);
        }
        intervals.add(interval);
        recordedUntil = interval.endNanos();
    }

    private void note(Contention contention) {
        if (contentions == null) {
            contentions = new ArrayList<>(2);
        }
        contentions.add(contention);
    }
}
