package dev.spinup.model;

/** An amount of memory or storage in bytes; binary (KiB, MiB, GiB) and decimal (kB, MB, GB) units made explicit. */
public record DataSize(long bytes) implements Comparable<DataSize> {

    public static final long KIB = 1024L;
    public static final long MIB = 1024L * KIB;
    public static final long GIB = 1024L * MIB;
    public static final long TIB = 1024L * GIB;
    public static final long KB = 1000L;
    public static final long MB = 1000L * KB;
    public static final long GB = 1000L * MB;
    public static final long TB = 1000L * GB;

    public static final DataSize ZERO = new DataSize(0);

    public DataSize {
        if (bytes < 0) {
            throw new IllegalArgumentException("a data size cannot be negative: " + bytes + " bytes");
        }
    }

    public static DataSize ofBytes(long bytes) {
        return new DataSize(bytes);
    }

    public static DataSize ofKiB(double kib) {
        return new DataSize(Math.round(kib * KIB));
    }

    public static DataSize ofMiB(double mib) {
        return new DataSize(Math.round(mib * MIB));
    }

    public static DataSize ofGiB(double gib) {
        return new DataSize(Math.round(gib * GIB));
    }

    public static DataSize ofMB(double mb) {
        return new DataSize(Math.round(mb * MB));
    }

    public static DataSize ofGB(double gb) {
        return new DataSize(Math.round(gb * GB));
    }

    public double mib() {
        return bytes / (double) MIB;
    }

    public double gib() {
        return bytes / (double) GIB;
    }

    public DataSize plus(DataSize other) {
        return new DataSize(Math.addExact(bytes, other.bytes));
    }

    public DataSize minus(DataSize other) {
        return new DataSize(bytes - other.bytes);
    }

    public DataSize times(double factor) {
        return new DataSize(Math.round(bytes * factor));
    }

    public boolean isZero() {
        return bytes == 0;
    }

    @Override
    public int compareTo(DataSize o) {
        return Long.compare(bytes, o.bytes);
    }

    /** Human form in binary units, as a student reads it: "612 MiB", "1.5 GiB", "4 KiB", "17 B". */
    @Override
    public String toString() {
        if (bytes >= TIB) {
            return trim(bytes / (double) TIB) + " TiB";
        }
        if (bytes >= GIB) {
            return trim(bytes / (double) GIB) + " GiB";
        }
        if (bytes >= MIB) {
            return trim(bytes / (double) MIB) + " MiB";
        }
        if (bytes >= KIB) {
            return trim(bytes / (double) KIB) + " KiB";
        }
        return bytes + " B";
    }

    private static String trim(double v) {
        double rounded = v >= 100 ? Math.rint(v) : Math.rint(v * 10) / 10;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return Double.toString(rounded);
    }
}
