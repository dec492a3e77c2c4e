package dev.spinup.model.stack;

/**
 * A kind of steady-state work whose cost a stack changes differently: what a microbenchmark of each (Linpack,
 * STREAM, netperf TCP_RR, fio random reads, a system-call loop) measures once the instance is running.
 */
public enum ResourceClass {
    CPU("CPU"),
    MEMORY_BANDWIDTH("memory bandwidth"),
    NETWORK_ROUND_TRIP("network round trip"),
    RANDOM_IO("random I/O"),
    SYSCALLS("system calls");

    private final String label;

    ResourceClass(String label) {
        this.label = label;
    }

    /** The name a chart's axis and a sentence use. */
    public String label() {
        return label;
    }
}
