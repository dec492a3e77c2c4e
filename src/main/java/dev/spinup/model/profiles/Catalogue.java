package dev.spinup.model.profiles;

import dev.spinup.model.DataRate;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.image.Image;
import dev.spinup.model.image.PullerConfig;
import dev.spinup.model.image.RegistrySpec;
import dev.spinup.model.stack.AppProfile;
import dev.spinup.model.stack.CloudProfile;
import dev.spinup.model.stack.ContainerRuntimeProfile;
import dev.spinup.model.stack.GuestOsProfile;
import dev.spinup.model.stack.HypervisorProfile;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Every named profile a scenario can refer to, looked up by its key; each number inside cites its source. */
public final class Catalogue {

    /**
     * A registry close to the hosts: 1 GB/s of egress shared by everyone, 40 MB/s per layer download (so a pull's
     * three parallel downloads reach ~120 MB/s, within the 50–150 MB/s per node of the estimate), and 300 ms of
     * auth and manifest per pull.
     */
    public static final Cited<RegistrySpec> REGISTRY = Cited.of(new RegistrySpec("registry",
            DataRate.ofMegabytesPerSecond(1000), DataRate.ofMegabytesPerSecond(40), Duration.ofMillis(300)),
            Source.ESTIMATE_REGISTRY_BANDWIDTH);

    /** Docker's pull settings: 3 layer downloads at a time, 200 MB/s of extraction per core. */
    public static final Cited<PullerConfig> DOCKER_PULLS = Cited.of(PullerConfig.DOCKER,
            Source.DOCKER_PARALLEL_DOWNLOADS);

    private Catalogue() {
    }

    public static Optional<HypervisorProfile> hypervisor(String key) {
        return find(Hypervisors.ALL, key, HypervisorProfile::key);
    }

    public static Optional<GuestOsProfile> guestOs(String key) {
        return find(GuestSystems.ALL, key, GuestOsProfile::key);
    }

    public static Optional<ContainerRuntimeProfile> runtime(String key) {
        return find(ContainerRuntimes.ALL, key, ContainerRuntimeProfile::key);
    }

    /** A container runtime as one era measured it, e.g. ("docker-runc", "1.12"). */
    public static Optional<ContainerRuntimeProfile> runtime(String key, String era) {
        return ContainerRuntimes.find(key, era);
    }

    /** The eras a runtime's profile exists in, current first. */
    public static List<String> runtimeEras(String key) {
        return ContainerRuntimes.eras(key);
    }

    /** A cloud in its current era. */
    public static Optional<CloudProfile> cloud(String key) {
        return Clouds.find(key, Optional.empty());
    }

    /** A cloud as one era measured it, e.g. ("ec2", "2021"). */
    public static Optional<CloudProfile> cloud(String key, String era) {
        return Clouds.find(key, Optional.of(era));
    }

    public static List<String> cloudKeys() {
        return Clouds.ALL.stream().map(CloudProfile::key).distinct().toList();
    }

    /** The eras a cloud's profile exists in, current first. */
    public static List<String> cloudEras(String key) {
        return Clouds.ALL.stream().filter(c -> c.key().equals(key)).map(c -> c.era().version()).toList();
    }

    public static Optional<AppProfile> app(String key) {
        return find(Apps.ALL, key, AppProfile::key);
    }

    public static Optional<Image> image(String reference) {
        return Images.byReference(reference);
    }

    public static List<String> hypervisorKeys() {
        return Hypervisors.ALL.stream().map(HypervisorProfile::key).toList();
    }

    public static List<String> guestOsKeys() {
        return GuestSystems.ALL.stream().map(GuestOsProfile::key).toList();
    }

    public static List<String> runtimeKeys() {
        return ContainerRuntimes.ALL.stream().map(ContainerRuntimeProfile::key).toList();
    }

    public static List<String> appKeys() {
        return Apps.ALL.stream().map(AppProfile::key).toList();
    }

    public static List<String> imageReferences() {
        return Images.ALL.stream().map(Image::reference).toList();
    }

    private static <T> Optional<T> find(List<T> all, String key, Function<T, String> keyOf) {
        return all.stream().filter(p -> keyOf.apply(p).equals(key)).findFirst();
    }
}
