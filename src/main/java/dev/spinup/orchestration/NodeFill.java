package dev.spinup.orchestration;

/**
 * How full one node was at the end of the run: its pods against its cap, the CPU and memory they request against
 * what it can allocate; and whether it was Ready, failed or added by the autoscaler.
 *
 * @param allocatable what pods may request on it
 * @param times when it was asked for, Ready, failed and NotReady (the app plays these back)
 */
public record NodeFill(String name, String pool, int pods, int maxPods, double cpuFraction, double memoryFraction,
                       boolean ready, boolean failed, boolean autoscaled, Resources allocatable, NodeTimes times) {
}
