package dev.spinup.model.runtime;

import dev.spinup.engine.Completion;
import dev.spinup.engine.EventKind;
import dev.spinup.engine.FifoResource;
import dev.spinup.engine.ProcessorSharing;
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

/**
 * Runs one phase of one instance on its host: the demands one after another, each on the host's shared
 * resources, noting for every demand how much longer it took than it would have alone, and why.
 */
final class PhaseRun {

    private static final EventKind LATENCY = EventKind.of("phase latency");
    /** Slowdowns below this are noise, not worth a sentence. */
    private static final long NOTABLE_NANOS = SimTime.MILLISECOND;
    /** How much swapping stretches CPU work per unit of memory pressure (resident/RAM − 1). */
    private static final double SWAP_PENALTY = 4.0;

    private final Host host;
    private final Instance instance;
    private final PhaseSpec spec;
    private final RandomStream stream;
    private final Completion<PhaseRecord> done;
    private final long start;
    private List<Contention> contentions;
    private PullSummary pull;
    private long alone;
    private int next;
    private ProcessorSharing.Job currentJob;

    PhaseRun(Host host, Instance instance, PhaseSpec spec, RandomStream stream) {
        this.host = host;
        this.instance = instance;
        this.spec = spec;
        this.stream = stream;
        this.done = host.simulation().completion();
        this.start = host.simulation().now();
    }

    Completion<PhaseRecord> start() {
        advance();
        return done;
    }

    void cancel(String reason) {
        if (currentJob != null) {
            currentJob.cancel(reason);
            currentJob = null;
        }
    }

    private void advance() {
        List<Demand> demands = spec.demands();
        while (next < demands.size() && !done.isDone()) {
            Completion<?> waiting = execute(demands.get(next++));
            if (waiting != null) {
                waiting.whenDone(c -> {
                    if (done.isDone()) {
                        return;
                    }
                    if (c.isFailed()) {
                        done.fail(c.failure());
                    } else {
                        advance();
                    }
                });
                return;
            }
        }
        if (!done.isDone()) {
            long now = host.simulation().now();
            done.succeed(new PhaseRecord(spec.kind(), start, now, alone,
                    contentions == null ? List.of() : contentions, Optional.ofNullable(pull), spec.source()));
        }
    }

    /** Starts one demand; returns what to wait for, or null if it took no time. */
    private Completion<?> execute(Demand demand) {
        if (demand instanceof Demand.CpuWork cpu) {
            double base = cpu.coreTime().toNanos();
            double pressure = host.ledger().swapPressure();
            double work = base * (1 + SWAP_PENALTY * pressure);
            if (work > base) {
                note(new Contention(Contention.Kind.SWAPPING, "memory", Math.round(work - base), 0));
            }
            return share(host.cpu(), work, "CPU", true);
        }
        if (demand instanceof Demand.DiskRead read) {
            return share(host.disk(), host.spec().disk().deviceNanos(read.bytes().bytes(), read.operations()), "disk",
                    true);
        }
        if (demand instanceof Demand.DiskWrite write) {
            return share(host.disk(), host.spec().disk().deviceNanos(write.bytes().bytes(), 0), "disk", true);
        }
        if (demand instanceof Demand.NetworkTransfer transfer) {
            return share(host.network(), transfer.bytes().bytes(), "network", true);
        }
        if (demand instanceof Demand.Latency latency) {
            long nanos = Math.max(0, Math.round(latency.millis().sample(stream) * SimTime.MILLISECOND));
            alone += nanos;
            return nanos == 0 ? null : host.simulation().delay(nanos, LATENCY);
        }
        if (demand instanceof Demand.Critical critical) {
            return critical(critical);
        }
        if (demand instanceof Demand.LiveScan scan) {
            int others = Math.max(0, host.liveInstances() - 1);
            long work = scan.cpuPerLiveInstance().toNanos() * others;
            if (work > NOTABLE_NANOS) {
                note(new Contention(Contention.Kind.GROWTH, "the host's bookkeeping", work, others));
            }
            return share(host.cpu(), work, "CPU", false);
        }
        if (demand instanceof Demand.ImagePull) {
            long pullStart = host.simulation().now();
            return host.pullImage(instance).map(summary -> {
                pull = summary;
                alone += host.simulation().now() - pullStart;
                return summary;
            });
        }
        if (demand instanceof Demand.DiskImageRead read) {
            return host.readDiskImage(instance, read.bytes()).map(fromDisk -> fromDisk);
        }
        if (demand instanceof Demand.MemoryTouch touch) {
            host.touch(instance, touch.component(), touch.bytes().bytes());
            return null;
        }
        throw new AssertionError("unhandled demand " + demand);
    }

    /** @param countsAlone whether an idle, empty host would do this work too (growth with load would not) */
    private Completion<?> share(ProcessorSharing resource, double work, String label, boolean countsAlone) {
        if (work <= 0) {
            return null;
        }
        ProcessorSharing.Job job = resource.submit(work);
        currentJob = job;
        long jobAlone = job.aloneNanos();
        if (countsAlone) {
            alone += jobAlone;
        }
        return job.completion().map(finished -> {
            currentJob = null;
            long took = finished.finishedAt() - finished.submittedAt();
            long extra = took - jobAlone;
            if (extra > NOTABLE_NANOS) {
                note(new Contention(Contention.Kind.SHARED, label, extra, took / (double) jobAlone - 1));
            }
            return finished;
        });
    }

    private Completion<?> critical(Demand.Critical critical) {
        FifoResource point = host.controlPoint(critical.point());
        long base = critical.hold().toNanos();
        alone += base;
        FifoResource.Request request = point.acquire();
        return request.completion().then(granted -> {
            long waited = granted.waitedNanos();
            if (waited > NOTABLE_NANOS) {
                note(new Contention(Contention.Kind.QUEUED, critical.point().label(), waited,
                        granted.aheadAtArrival()));
            }
            // The work grows with what is alive when the section runs, not when it was asked for.
            int others = Math.max(0, host.liveInstances() - 1);
            long growth = critical.holdPerLiveInstance().toNanos() * others;
            if (growth > NOTABLE_NANOS) {
                note(new Contention(Contention.Kind.GROWTH, critical.point().label(), growth, others));
            }
            Completion<Void> held = host.simulation().delay(base + growth, LATENCY);
            held.whenDone(c -> granted.release());
            return held;
        });
    }

    private void note(Contention contention) {
        if (contentions == null) {
            contentions = new ArrayList<>(2);
        }
        contentions.add(contention);
    }
}
