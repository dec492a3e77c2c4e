package dev.spinup.scenario;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import java.time.Duration;

/**
 * The most a scenario may ask for, checked while reading and before anything is built, so a file asking for
 * 10^12 containers is refused with the limit named instead of exhausting memory. Generous for any lesson; the
 * syntactic limits (file size, nesting, array lengths) are {@link dev.spinup.scenario.json.ReadLimits}.
 */
public final class ScenarioLimits {

    /** Instances the workload and the timeline's start and scale actions may ask for, in all. */
    public static final int MAX_INSTANCES = 1_000_000;
    /** Hosts, the counts of every host group added up. */
    public static final int MAX_HOSTS = 10_000;
    public static final int MAX_REPLICATIONS = 1_000;
    /** The longest horizon, and the latest moment of any timeline action. */
    public static final Duration MAX_HORIZON = Duration.ofDays(7);
    public static final int MAX_STACKS = 8;
    public static final int MAX_TIMELINE_ACTIONS = 10_000;
    /** Images the {@code images} section may declare. */
    public static final int MAX_IMAGES = 1_000;
    /** Layers of one image, its base's included: Docker's overlay storage refuses more than 127. */
    public static final int MAX_LAYERS = 127;
    /** Steps of one Dockerfile. */
    public static final int MAX_BUILD_STEPS = 1_000;
    public static final int MAX_CORES = 4_096;
    public static final int MAX_VCPUS = 1_024;
    /** The largest host memory; every other size in a file is at most {@link #MAX_SIZE}. */
    public static final DataSize MAX_HOST_MEMORY = DataSize.ofBytes(64 * DataSize.TIB);
    public static final DataSize MAX_SIZE = DataSize.ofBytes(16 * DataSize.TIB);
    /** The slowest data rate a file may give (disk, network, registry, extraction): 1 kbit/s. */
    public static final DataRate MIN_RATE = DataRate.ofBytesPerSecond(125);
    /** The fastest: 10 Tbit/s. */
    public static final DataRate MAX_RATE = DataRate.ofBytesPerSecond(1.25e12);
    /** The longest duration of a phase, a step or an interval. */
    public static final Duration MAX_DURATION = Duration.ofDays(1);

    private ScenarioLimits() {
    }
}
