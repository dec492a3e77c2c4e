package dev.spinup.model;

/** A throughput (disk, network, registry, extraction) in bytes per second. */
public record DataRate(double bytesPerSecond) {

    public DataRate {
        if (!(bytesPerSecond > 0) || Double.isInfinite(bytesPerSecond)) {
            throw new IllegalArgumentException("a data rate must be positive and finite: " + bytesPerSecond + " B/s");
        }
    }

    public static DataRate ofBytesPerSecond(double bytesPerSecond) {
        return new DataRate(bytesPerSecond);
    }

    public static DataRate ofMegabytesPerSecond(double mbPerSecond) {
        return new DataRate(mbPerSecond * DataSize.MB);
    }

    public static DataRate ofMebibytesPerSecond(double mibPerSecond) {
        return new DataRate(mibPerSecond * DataSize.MIB);
    }

    /** Network links are quoted in bits: 1 Gbit/s is 125 MB/s. */
    public static DataRate ofGigabitsPerSecond(double gbitPerSecond) {
        return new DataRate(gbitPerSecond * 1e9 / 8);
    }

    public static DataRate ofMegabitsPerSecond(double mbitPerSecond) {
        return new DataRate(mbitPerSecond * 1e6 / 8);
    }

    /** Bytes per nanosecond, the engine's rate unit. */
    public double bytesPerNano() {
        return bytesPerSecond / 1e9;
    }

    public double megabytesPerSecond() {
        return bytesPerSecond / DataSize.MB;
    }

    @Override
    public String toString() {
        double mbps = megabytesPerSecond();
        if (mbps >= 1000) {
            return (Math.rint(mbps / 100) / 10) + " GB/s";
        }
        return (Math.rint(mbps * 10) / 10) + " MB/s";
    }
}
