package dev.spinup.model.host;

import dev.spinup.model.DataRate;

/** A host's disk: sequential bandwidth for bulk reads and writes, and IOPS for small random reads. */
public record DiskSpec(DataRate bandwidth, double iops) {

    public DiskSpec {
        if (!(iops > 0) || Double.isInfinite(iops)) {
            throw new IllegalArgumentException("disk IOPS must be positive and finite, was " + iops);
        }
    }

    /** Disk time for a transfer, in nanoseconds of the whole device: the disk is shared as device time. */
    public double deviceNanos(long bytes, long operations) {
        return bytes / bandwidth.bytesPerNano() + operations * 1e9 / iops;
    }
}
