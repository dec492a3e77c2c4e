package dev.spinup.model.startup;

import dev.spinup.engine.random.Constant;
import dev.spinup.engine.random.Distribution;
import dev.spinup.engine.random.LogNormal;
import dev.spinup.model.DataSize;
import dev.spinup.model.host.MemoryComponent;
import java.time.Duration;
import java.util.Objects;

/**
 * One thing a start-up phase needs, run in order with the phase's others. Demands on shared resources (CPU, disk,
 * network, control points) contend with every other instance on the host; that is where slowdowns come from.
 */
public sealed interface Demand {

    /** Work for one core, e.g. decompressing the kernel; shared with every other job on the host's cores. */
    record CpuWork(Duration coreTime) implements Demand {
        public CpuWork {
            requireNotNegative(coreTime, "CPU time");
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
    }

    /** Bytes written to the host disk. */
    record DiskWrite(DataSize bytes) implements Demand {
        public DiskWrite {
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /** Bytes over the host's network interface. */
    record NetworkTransfer(DataSize bytes) implements Demand {
        public NetworkTransfer {
            Objects.requireNonNull(bytes, "bytes");
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
    }

    /**
     * A critical section at a per-host control point, held for {@code hold} plus {@code holdPerLiveInstance} for
     * every instance already alive on the host (a toolstack whose store grows, a daemon that rescans mounts).
     */
    record Critical(ControlPoint point, Duration hold, Duration holdPerLiveInstance) implements Demand {
        public Critical {
            Objects.requireNonNull(point, "point");
            requireNotNegative(hold, "hold");
            requireNotNegative(holdPerLiveInstance, "hold per live instance");
        }
    }

    /**
     * CPU work that grows with the instances already alive on the host: a daemon re-parsing a mount table with one
     * line per container, say. It contends for the cores like any CPU work but holds no lock.
     */
    record LiveScan(Duration cpuPerLiveInstance) implements Demand {
        public LiveScan {
            requireNotNegative(cpuPerLiveInstance, "CPU per live instance");
        }
    }

    /** Pulls the workload's image: only the layers the host does not already have. */
    record ImagePull() implements Demand {
    }

    /** Reads a VM's disk image; a base image another VM on the host already read comes from the page cache. */
    record DiskImageRead(DataSize bytes) implements Demand {
        public DiskImageRead {
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /** Memory the instance now holds resident, e.g. the guest kernel after it has booted. */
    record MemoryTouch(MemoryComponent component, DataSize bytes) implements Demand {
        public MemoryTouch {
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    private static void requireNotNegative(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative()) {
            throw new IllegalArgumentException(what + " cannot be negative: " + d);
        }
    }
}
