package dev.spinup.scenario;

/** The charts a lesson can ask for; every run can produce all of them. */
public enum ChartKind {
    /** Instances running per host, side by side per stack. */
    DENSITY,
    /** Memory per instance, stacked by component. */
    MEMORY_BREAKDOWN,
    /** A Gantt chart of each instance's phases. */
    BOOT_TIMELINE,
    /** Ready instances over time, every stack on one axis. */
    READY_OVER_TIME,
    /** The distribution of start-up times. */
    STARTUP_CDF,
    /** Mean time per phase, stacked, per stack. */
    PHASE_BREAKDOWN,
    /** CPU, memory, disk and network use of the hosts over time. */
    UTILISATION,
    /** The containers-versus-VMs picture for the lesson's stacks. */
    STACK_DIAGRAM,
    /** Each {@code docker build} of the timeline, step by step: taken from the cache or run, and for how long. */
    BUILD_STEPS,
    /** Bytes every pull downloaded, beside what the same images weigh one by one: what shared layers save. */
    DOWNLOADS,
    /** Start-up time against request number: whether later instances start slower. */
    STARTUP_BY_REQUEST,
    /** A cluster's pods ready and pending over time. */
    PODS_OVER_TIME,
    /** The CPU requested on each node of a cluster at the end of the run. */
    NODE_FILL,
    /** A cluster scheduler's pods bound per second over the run. */
    SCHEDULER_THROUGHPUT,
    /** How fast work runs once started: each steady-state benchmark's time over bare metal's, per stack. */
    STEADY_STATE_OVERHEAD
}
