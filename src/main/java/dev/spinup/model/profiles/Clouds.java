package dev.spinup.model.profiles;

import static dev.spinup.model.profiles.Phases.cpuMillis;
import static dev.spinup.model.profiles.Phases.waitMillis;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.stack.CloudProfile;
import dev.spinup.model.stack.Era;
import dev.spinup.model.stack.Hydration;
import dev.spinup.model.stack.HypervisorProfile;
import dev.spinup.model.stack.HypervisorType;
import dev.spinup.model.startup.ApiRateLimit;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseSpec;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Clouds a VM can be launched in, one profile per era of published launch breakdowns: EC2 in 2012 (Mao and
 * Humphrey), 2021 (Percival's ec2-boot-bench) and ~2025 (brevdev's cold-boot research), the last the default.
 */
public final class Clouds {

    /** Every era launches through the RunInstances bucket AWS documents today: 1000 at once, then 2 per second. */
    private static final Cited<ApiRateLimit> RUN_INSTANCES = Cited.of(
            new ApiRateLimit("RunInstances", 2, 1000), Source.EC2_RUN_INSTANCES_THROTTLING);

    /** Spread of the API call and provisioning: the sources give medians only. */
    private static final double P99_OVER_MEDIAN = 1.5;

    private static final Cited<Hydration> EBS_LAZY_LOADING = Cited.of(
            new Hydration(DataRate.ofMegabytesPerSecond(200), Duration.ofNanos(5_000)),
            Source.ESTIMATE_EBS_HYDRATION_RATE);

    private static final PhaseSpec CLOUD_INIT = PhaseSpec.of(PhaseKind.CLOUD_INIT,
            Source.ESTIMATE_CLOUD_INIT_METADATA, cpuMillis(300), waitMillis(700, 1500))
            .withNote("The instance metadata fetched and SSH keys installed before sshd takes logins; the image's"
                    + " local cloud-init stages are part of its own boot.");

    /**
     * The cloud's hypervisor as the guest sees it (Nitro, KVM-based): the VMM and firmware start inside
     * provisioning (pending → running), so it adds no phases of its own; its devices are offloaded to cards, so the
     * customer's VM carries no VMM process on the host's memory, and the provider's services are not the customer's.
     */
    static final HypervisorProfile NITRO = new HypervisorProfile("nitro", "AWS Nitro (KVM-based)",
            HypervisorType.TYPE_1, List.of(),
            Cited.of(DataSize.ZERO, Source.ESTIMATE_HYPERVISOR_FOOTPRINT),
            Cited.of(DataSize.ZERO, Source.ESTIMATE_HYPERVISOR_FOOTPRINT), Overheads.KVM,
            Cited.of(Duration.ofSeconds(3), Source.ESTIMATE_SHUTDOWN));

    /** ~2025, m7i.large with Amazon Linux 2023: API 4.8 s, pending → running 17.8 s, boot → SSH 3.2 s (25.8 s). */
    public static final CloudProfile EC2_2025 = ec2(new Era("2025", 2025, Source.EC2_LAUNCH_2025), 4797, 17_811,
            Source.EC2_LAUNCH_2025);

    /** 2021, c5.xlarge: RunInstances 1.54 s, pending → running 4.90 s, then ~22.8 s until SSH answers. */
    public static final CloudProfile EC2_2021 = ec2(new Era("2021", 2021, Source.EC2_LAUNCH_2021), 1543, 4905,
            Source.EC2_LAUNCH_2021);

    /**
     * 2012: 96.9 s on average for Linux from the request to a usable instance (Mao and Humphrey); only the total
     * is published, so the API call is taken as in 2021 and provisioning is what is left once an Ubuntu cloud
     * image has booted (~19.6 s of boot, hydration and cloud-init in this model): 75.8 s.
     */
    public static final CloudProfile EC2_2012 = ec2(new Era("2012", 2012, Source.EC2_LAUNCH_2012), 1500, 75_800,
            Source.ESTIMATE_CLOUD_2012_SPLIT);

    /** The current era first: what a lesson gets when it names no era. */
    public static final List<CloudProfile> ALL = List.of(EC2_2025, EC2_2021, EC2_2012);

    private Clouds() {
    }

    /** The profile of {@code key} in {@code version}, or its current one when no version is asked for. */
    public static Optional<CloudProfile> find(String key, Optional<String> version) {
        return ALL.stream().filter(c -> c.key().equals(key))
                .filter(c -> version.isEmpty() || c.era().matches(version.get())).findFirst();
    }

    private static CloudProfile ec2(Era era, double apiMillis, double provisioningMillis, Source split) {
        PhaseSpec api = PhaseSpec.of(PhaseKind.API_CALL, split,
                waitMillis(apiMillis, apiMillis * P99_OVER_MEDIAN))
                .withNote("RunInstances returning the instance id; the median is the cited figure, its spread an"
                        + " estimate (" + Source.ESTIMATE_CLOUD_LAUNCH_SPREAD.key() + ").");
        PhaseSpec provisioning = PhaseSpec.of(PhaseKind.PROVISIONING, split,
                waitMillis(provisioningMillis, provisioningMillis * P99_OVER_MEDIAN))
                .withNote("Pending to running: placement, the root volume and network interface attached, the"
                        + " hypervisor starting the guest; the median is the cited figure, its spread an estimate ("
                        + Source.ESTIMATE_CLOUD_LAUNCH_SPREAD.key() + ").");
        return new CloudProfile("ec2", "Amazon EC2 " + era.label(), era, RUN_INSTANCES, api, provisioning, NITRO,
                CLOUD_INIT, EBS_LAZY_LOADING);
    }
}
