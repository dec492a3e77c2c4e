package dev.spinup.orchestration;

/** CPU and memory as Kubernetes counts them for requests and allocatable: millicores and bytes. */
public record Resources(long milliCpu, long memoryBytes) {

    public static final Resources NONE = new Resources(0, 0);

    public Resources {
        if (milliCpu < 0 || memoryBytes < 0) {
            throw new IllegalArgumentException("resources cannot be negative: " + milliCpu + " m, " + memoryBytes + " B");
        }
    }

    public static Resources of(double cores, long memoryBytes) {
        return new Resources(Math.round(cores * 1000), memoryBytes);
    }

    public Resources plus(Resources other) {
        return new Resources(milliCpu + other.milliCpu, memoryBytes + other.memoryBytes);
    }

    public Resources minus(Resources other) {
        return new Resources(milliCpu - other.milliCpu, memoryBytes - other.memoryBytes);
    }

    /** Whether {@code request} fits in what is left of this after {@code used}. */
    public boolean admits(Resources used, Resources request) {
        return used.milliCpu + request.milliCpu <= milliCpu && used.memoryBytes + request.memoryBytes <= memoryBytes;
    }
}
