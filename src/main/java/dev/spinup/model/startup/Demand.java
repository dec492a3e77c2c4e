package dev.spinup.model.startup;

import dev.spinup.engine.random.Constant;
import dev.spinup.engine.random.Distribution;
import dev.spinup.engine.random.LogNormal;
import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.host.DiskSpec;
import dev.spinup.model.host.MemoryComponent;
import java.time.Duration;
import java.util.Objects;

/**
 * One thing a start-up phase needs, run in order with the phase's others. Demands on shared resources (CPU, disk,
 * network, control points) contend with every other instance on the host; that is where slowdowns come from.
 *
 * <p>A new kind of demand must say how long it takes alone, how it is retimed and how a guest slows it, and every
 * {@link Visitor} must handle it: the compiler names each place.
 */
public sealed interface Demand {

    /**
     * How long it takes alone on an idle host with this disk and network, random waits at their mean; 0 for what
     * is not timed here (image pulls, growth with load, memory).
     */
    double nominalNanos(DiskSpec disk, DataRate network);

    /**
     * The demand with its time multiplied by {@code f} (a phase retimed to a lesson's figure); at {@code f = 0}
     * anything that takes time becomes an empty wait, and what takes none (a pull, memory) is kept.
     */
    Demand retimed(double f);

    /** The demand as run inside a guest or sandbox whose CPU work is {@code cpu} and random I/O {@code io} slower. */
    Demand inGuest(double cpu, double io);

    /** Calls the visitor's method for this kind. */
    <R> R accept(Visitor<R> visitor);

    /** Something done differently per kind of demand (running it on a host, say). */
    interface Visitor<R> {
        R cpuWork(CpuWork demand);

        R diskRead(DiskRead demand);

        R diskWrite(DiskWrite demand);

        R networkTransfer(NetworkTransfer demand);

        R latency(Latency demand);

        R critical(Critical demand);

        R liveScan(LiveScan demand);

        R imagePull(ImagePull demand);

        R diskImageRead(DiskImageRead demand);

        R memoryTouch(MemoryTouch demand);

        R apiToken(ApiToken demand);

        R hydrate(Hydrate demand);
    }

    /** Work for one core, e.g. decompressing the kernel; shared with every other job on the host's cores. */
    record CpuWork(Duration coreTime) implements Demand {
        public CpuWork {
            requireNotNegative(coreTime, "CPU time");
        }

        @Override
        public double nominalNanos(DiskSpec disk, DataRate network) {
            return coreTime.toNanos();
        }

        @Override
        public Demand retimed(double f) {
            return f == 0 ? NO_WAIT : new CpuWork(times(coreTime, f));
        }

        @Override
        public Demand inGuest(double cpu, double io) {
            return new CpuWork(Duration.ofNanos(Math.round(coreTime.toNanos() * cpu)));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.cpuWork(this);
        }
    }

    /** Bytes read from the host disk plus small random reads counted against its IOPS. */
    record DiskRead(DataSize bytes, long operations) implements Demand {
        public DiskRead {
            Objects.requireNonNull(bytes, "bytes");
            if (operations < 0) {
                throw new IllegalArgumentException("operations cannot be negative");
            }
        }

        @Override
        public double nominalNanos(DiskSpec disk, DataRate network) {
            return disk.deviceNanos(bytes.bytes(), operations);
        }

        @Override
        public Demand retimed(double f) {
            return f == 0 ? NO_WAIT : new DiskRead(bytes.times(f), Math.round(operations * f));
        }

        @Override
        public Demand inGuest(double cpu, double io) {
            return new DiskRead(bytes, Math.round(operations * io));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.diskRead(this);
        }
    }

    /** Bytes written to the host disk. */
    record DiskWrite(DataSize bytes) implements Demand {
        public DiskWrite {
            Objects.requireNonNull(bytes, "bytes");
        }

        @Override
        public double nominalNanos(DiskSpec disk, DataRate network) {
            return disk.deviceNanos(bytes.bytes(), 0);
        }

        @Override
        public Demand retimed(double f) {
            return f == 0 ? NO_WAIT : new DiskWrite(bytes.times(f));
        }

        @Override
        public Demand inGuest(double cpu, double io) {
            return this;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.diskWrite(this);
        }
    }

    /** Bytes over the host's network interface. */
    record NetworkTransfer(DataSize bytes) implements Demand {
        public NetworkTransfer {
            Objects.requireNonNull(bytes, "bytes");
        }

        @Override
        public double nominalNanos(DiskSpec disk, DataRate network) {
            return bytes.bytes() / network.bytesPerNano();
        }

        @Override
        public Demand retimed(double f) {
            return f == 0 ? NO_WAIT : new NetworkTransfer(bytes.times(f));
        }

        @Override
        public Demand inGuest(double cpu, double io) {
            return this;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.networkTransfer(this);
        }
    }

    /** Time that uses no shared resource: timers, device probing, a datasource timeout. Drawn per instance. */
    record Latency(Distribution millis) implements Demand {
        public Latency {
            Objects.requireNonNull(millis, "millis");
        }

        public static Latency ofMillis(double millis) {
            return new Latency(new Constant(millis));
        }

        /** As published measurements give it: a median and a 99th percentile. */
        public static Latency ofMedianAndP99Millis(double median, double p99) {
            return new Latency(LogNormal.fromMedianAndP99(median, p99));
        }

        @Override
        public double nominalNanos(DiskSpec disk, DataRate network) {
            return millis.mean() * 1e6;
        }

        @Override
        public Demand retimed(double f) {
            return f == 0 ? NO_WAIT : new Latency(millis.scaled(f));
        }

        @Override
        public Demand inGuest(double cpu, double io) {
            return this;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.latency(this);
        }
    }

    /**
     * An operation on a single-server store at a per-host control point: it queues FIFO for the point, then holds
     * it for the {@link StoreWork} at the store's current size (the instances already alive on the host), so
     * concurrent operations queue and each is slower the fuller the store: a toolstack whose XenStore grows, a
     * lock whose holder walks a list.
     */
    record Critical(ControlPoint point, StoreWork work) implements Demand {
        public Critical {
            Objects.requireNonNull(point, "point");
            Objects.requireNonNull(work, "work");
        }

        /** Held for {@code hold}, plus {@code holdPerLiveInstance} for every instance already alive on the host. */
        public Critical(ControlPoint point, Duration hold, Duration holdPerLiveInstance) {
            this(point, StoreWork.hold(hold, holdPerLiveInstance));
        }

        @Override
        public double nominalNanos(DiskSpec disk, DataRate network) {
            return work.aloneNanos();
        }

        @Override
        public Demand retimed(double f) {
            return f == 0 ? NO_WAIT : new Critical(point, work.retimed(f));
        }

        @Override
        public Demand inGuest(double cpu, double io) {
            return this;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.critical(this);
        }
    }

    /**
     * CPU work on a store every process keeps its own copy of, growing with the instances already alive on the
     * host: a daemon re-parsing a mount table with one line per container, say. It contends for the cores like any
     * CPU work but holds no lock.
     */
    record LiveScan(StoreWork work) implements Demand {
        public LiveScan {
            Objects.requireNonNull(work, "work");
        }

        /** {@code cpuPerLiveInstance} for each instance already alive on the host, nothing on an empty one. */
        public LiveScan(Duration cpuPerLiveInstance) {
            this(StoreWork.hold(Duration.ZERO, cpuPerLiveInstance));
        }

        /** Growth with load is not part of the time alone, so retiming leaves it as it is. */
        @Override
        public double nominalNanos(DiskSpec disk, DataRate network) {
            return work.aloneNanos();
        }

        @Override
        public Demand retimed(double f) {
            return f == 0 ? NO_WAIT : this;
        }

        @Override
        public Demand inGuest(double cpu, double io) {
            return this;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.liveScan(this);
        }
    }

    /** A demand that takes no time of its own (a pull, a memory touch, a token): nothing to retime or move in-guest. */
    sealed interface Instant extends Demand {
        @Override
        default double nominalNanos(DiskSpec disk, DataRate network) {
            return 0;
        }

        @Override
        default Demand retimed(double f) {
            return this;
        }

        @Override
        default Demand inGuest(double cpu, double io) {
            return this;
        }
    }

    /** Pulls the workload's image: only the layers the host does not already have. */
    record ImagePull() implements Instant {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.imagePull(this);
        }
    }

    /**
     * Reads a file of a guest's boot (its kernel, initrd, or the base image of its root filesystem) through the
     * host's page cache: the first boot on a host reads it from disk, boots at the same time wait for that one read,
     * and later boots find it cached and read nothing. {@code file} names it across the host ("minimal-linux/kernel"),
     * so guests of the same OS share it; {@code operations} are its random reads, counted against the disk's IOPS.
     */
    record DiskImageRead(String file, DataSize bytes, long operations) implements Demand {
        public DiskImageRead {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(bytes, "bytes");
            if (operations < 0) {
                throw new IllegalArgumentException("operations cannot be negative");
            }
        }

        @Override
        public double nominalNanos(DiskSpec disk, DataRate network) {
            return disk.deviceNanos(bytes.bytes(), operations);
        }

        @Override
        public Demand retimed(double f) {
            return f == 0 ? NO_WAIT : new DiskImageRead(file, bytes.times(f), Math.round(operations * f));
        }

        /** Random reads go through the guest's emulated block device, as {@link DiskRead}'s do. */
        @Override
        public Demand inGuest(double cpu, double io) {
            return new DiskImageRead(file, bytes, Math.round(operations * io));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.diskImageRead(this);
        }
    }

    /** Memory the instance now holds resident, e.g. the guest kernel after it has booted. */
    record MemoryTouch(MemoryComponent component, DataSize bytes) implements Instant {
        public MemoryTouch {
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(bytes, "bytes");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.memoryTouch(this);
        }
    }

    /**
     * One token from a cloud account's rate limit, shared by every instance the arm launches: at once while the
     * bucket has one, else a wait in order for the next refill. It takes no time of its own.
     */
    record ApiToken(ApiRateLimit limit) implements Instant {
        public ApiToken {
            Objects.requireNonNull(limit, "limit");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.apiToken(this);
        }
    }

    /**
     * The extra time a boot's first reads take on a cloud volume that fills in from its snapshot as it is read
     * (EBS lazy loading): a wait of the instance's own, as each VM has its own volume, cited to {@code source}.
     */
    record Hydrate(Duration fetch, Source source) implements Demand {
        public Hydrate {
            requireNotNegative(fetch, "fetch time");
            Objects.requireNonNull(source, "source");
        }

        @Override
        public double nominalNanos(DiskSpec disk, DataRate network) {
            return fetch.toNanos();
        }

        @Override
        public Demand retimed(double f) {
            return f == 0 ? NO_WAIT : new Hydrate(times(fetch, f), source);
        }

        @Override
        public Demand inGuest(double cpu, double io) {
            return this;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.hydrate(this);
        }
    }

    /** What a timed demand becomes when its phase is retimed to zero. */
    Latency NO_WAIT = Latency.ofMillis(0);

    private static Duration times(Duration d, double f) {
        return Duration.ofNanos(Math.round(d.toNanos() * f));
    }

    private static void requireNotNegative(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative()) {
            throw new IllegalArgumentException(what + " cannot be negative: " + d);
        }
    }
}
