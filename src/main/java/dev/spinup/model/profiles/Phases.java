package dev.spinup.model.profiles;

import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.startup.ControlPoint;
import dev.spinup.model.startup.Demand;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseSpec;
import java.time.Duration;

/** The vocabulary the catalogue writes phases in: short factories for demands, so profiles read like tables. */
final class Phases {

    static final String SPLIT = "The total is the cited figure; its split into CPU, disk and waiting is an estimate"
            + " (" + Source.ESTIMATE_PHASE_SPLIT.key() + ").";

    private Phases() {
    }

    static PhaseSpec phase(PhaseKind kind, Source source, Demand... demands) {
        return PhaseSpec.of(kind, source, demands).withNote(SPLIT);
    }

    static Demand cpuMillis(double millis) {
        return new Demand.CpuWork(Duration.ofNanos(Math.round(millis * 1e6)));
    }

    static Demand waitMillis(double median, double p99) {
        return Demand.Latency.ofMedianAndP99Millis(median, p99);
    }

    static Demand waitMillis(double millis) {
        return Demand.Latency.ofMillis(millis);
    }

    static Demand readMB(double megabytes, long operations) {
        return new Demand.DiskRead(DataSize.ofMB(megabytes), operations);
    }

    static Demand writeMB(double megabytes) {
        return new Demand.DiskWrite(DataSize.ofMB(megabytes));
    }

    /** A boot file read through the host's page cache, shared by every guest that boots the same {@code file}. */
    static Demand bootFileMB(String file, double megabytes, long operations) {
        return new Demand.DiskImageRead(file, DataSize.ofMB(megabytes), operations);
    }

    static Demand liveScanMillis(double perLiveMillis) {
        return new Demand.LiveScan(Duration.ofNanos(Math.round(perLiveMillis * 1e6)));
    }

    static Demand critical(ControlPoint point, double holdMillis, double perLiveMillis) {
        return new Demand.Critical(point, Duration.ofNanos(Math.round(holdMillis * 1e6)),
                Duration.ofNanos(Math.round(perLiveMillis * 1e6)));
    }
}
