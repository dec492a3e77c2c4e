package dev.spinup.scenario;

import dev.spinup.engine.random.Constant;
import dev.spinup.engine.random.Distribution;
import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.model.host.AdmissionBasis;
import dev.spinup.model.host.DiskSpec;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.host.OvercommitPolicy;
import dev.spinup.model.image.PullerConfig;
import dev.spinup.model.image.RegistrySpec;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.profiles.Hardware;
import dev.spinup.scenario.json.ArrayView;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Quote;
import dev.spinup.scenario.unit.DataSizeText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code hardware} section: the host groups, the registry and how hosts pull images. Every key left out
 * keeps the catalogue's default ({@link Hardware#CLASSROOM_HOST}, {@link Catalogue#REGISTRY},
 * {@link Catalogue#DOCKER_PULLS}); leaving the section out gives one classroom host.
 */
final class HardwareReader {

    /** The hardware every stack of the scenario runs on. */
    record Setup(List<HostGroup> hosts, RegistrySpec registry, PullerConfig pulls) {
    }

    static final String DEFAULT_HOST_NAME = "host";
    private static final DataSize MIN_HOST_MEMORY = DataSize.ofMiB(64);

    private HardwareReader() {
    }

    static Setup read(Optional<ObjectView> section) {
        if (section.isEmpty()) {
            return new Setup(List.of(defaultGroup()), Catalogue.REGISTRY.value(), Catalogue.DOCKER_PULLS.value());
        }
        ObjectView hardware = section.get();
        List<HostGroup> hosts = hardware.optionalArray("hosts").map(HardwareReader::hostGroups)
                .orElseGet(() -> List.of(defaultGroup()));
        RegistrySpec registry = hardware.optionalObject("registry").map(HardwareReader::registry)
                .orElse(Catalogue.REGISTRY.value());
        PullerConfig pulls = hardware.optionalObject("pulls").map(HardwareReader::pulls)
                .orElse(Catalogue.DOCKER_PULLS.value());
        Section.HARDWARE.finish(hardware);
        return new Setup(hosts, registry, pulls);
    }

    private static HostGroup defaultGroup() {
        return new HostGroup(DEFAULT_HOST_NAME, 1, Hardware.CLASSROOM_HOST.value());
    }

    private static List<HostGroup> hostGroups(ArrayView array) {
        array.requireSize(1, ScenarioLimits.MAX_HOSTS);
        List<HostGroup> groups = new ArrayList<>();
        Map<String, Integer> firstUse = new HashMap<>();
        long total = 0;
        List<ObjectView> views = array.objects();
        for (int i = 0; i < views.size(); i++) {
            ObjectView v = views.get(i);
            Optional<HostGroup> group = hostGroup(v);
            if (group.isEmpty()) {
                continue;
            }
            Integer earlier = firstUse.putIfAbsent(group.get().prefix(), i);
            if (earlier != null) {
                v.problem("name", "the host name " + Quote.name(group.get().prefix()) + " is already used by hosts["
                        + earlier + "]; give each group of hosts its own name");
                continue;
            }
            total += group.get().count();
            groups.add(group.get());
        }
        if (total > ScenarioLimits.MAX_HOSTS) {
            array.problems().add(array.position(), array.path(), "the host groups add up to " + total
                    + " hosts; a scenario may have at most " + ScenarioLimits.MAX_HOSTS);
        }
        return groups.isEmpty() ? List.of(defaultGroup()) : groups;
    }

    private static Optional<HostGroup> hostGroup(ObjectView v) {
        HostSpec d = Hardware.CLASSROOM_HOST.value();
        Optional<String> name = Identifiers.word(v, "name", false, "host name");
        boolean nameOk = name.isPresent() || !v.has("name");
        int problemsBefore = v.problems().size();
        int count = Bounds.optionalLimitedCount(v, "count", 1, 1, ScenarioLimits.MAX_HOSTS, "hosts");
        boolean countOk = v.problems().size() == problemsBefore;
        int cores = v.optionalInt("cores", d.cores(), 1, ScenarioLimits.MAX_CORES);
        DataSize memory = Bounds.size(v, "memory", MIN_HOST_MEMORY, ScenarioLimits.MAX_HOST_MEMORY)
                .orElse(d.memory());
        DiskSpec disk = v.optionalObject("disk").map(o -> disk(o, d.disk())).orElse(d.disk());
        DataRate network = Bounds.rate(v, "network").orElse(d.nic());
        DataSize hostOs = Bounds.size(v, "hostOsMemory", DataSize.ZERO, ScenarioLimits.MAX_HOST_MEMORY)
                .orElse(d.hostOsReserved());
        double vcpuOvercommit = v.optionalDouble("vcpuOvercommit", d.vcpuOvercommit(), 1, 100);
        OvercommitPolicy policy = v.optionalEnum("memoryPolicy", OvercommitPolicy.class)
                .orElse(d.overcommitPolicy());
        double memoryOvercommit = v.optionalDouble("memoryOvercommit", d.memoryOvercommit(), 1, 100);
        AdmissionBasis admitBy = v.optionalEnum("admitBy", AdmissionBasis.class).orElse(d.admission());
        Section.HOST.finish(v);
        if (hostOs.compareTo(memory) >= 0) {
            v.problem(v.has("hostOsMemory") ? "hostOsMemory" : "memory", "the host OS keeps "
                    + DataSizeText.format(hostOs) + " (`hostOsMemory`), which leaves nothing of the host's "
                    + DataSizeText.format(memory) + " (`memory`) for instances");
            return Optional.empty();
        }
        if (!nameOk || !countOk) {
            return Optional.empty();
        }
        HostSpec spec = new HostSpec(d.name(), cores, memory, disk, network, hostOs, vcpuOvercommit, policy,
                memoryOvercommit, admitBy);
        return Optional.of(new HostGroup(name.orElse(DEFAULT_HOST_NAME), count, spec));
    }

    private static DiskSpec disk(ObjectView v, DiskSpec d) {
        DataRate bandwidth = Bounds.rate(v, "bandwidth").orElse(d.bandwidth());
        double iops = v.optionalDouble("iops", d.iops(), 1, 1e9);
        Section.DISK.finish(v);
        return new DiskSpec(bandwidth, iops);
    }

    private static RegistrySpec registry(ObjectView v) {
        RegistrySpec d = Catalogue.REGISTRY.value();
        String name = Identifiers.word(v, "name", false, "registry name").orElse(d.name());
        DataRate bandwidth = Bounds.rate(v, "bandwidth").orElse(d.egressBandwidth());
        DataRate perDownload = Bounds.rate(v, "perDownload").orElse(d.perDownload());
        // the token and manifest before each pull: fixed, or a distribution each pull draws its own from
        Optional<Distribution> latency = ValueDistributions.read(v, "manifestLatency");
        Section.REGISTRY.finish(v);
        if (latency.isPresent() && !(latency.get() instanceof Constant)) {
            return RegistrySpec.varying(name, bandwidth, perDownload, latency.get());
        }
        return new RegistrySpec(name, bandwidth, perDownload, latency
                .map(c -> Duration.ofNanos(Math.round(c.mean()))).orElse(d.manifestLatency()));
    }

    private static PullerConfig pulls(ObjectView v) {
        PullerConfig d = Catalogue.DOCKER_PULLS.value();
        int parallel = v.optionalInt("parallelDownloads", d.maxConcurrentDownloads(), 1, 64);
        DataRate extract = Bounds.rate(v, "extractRate").orElse(d.extractRate());
        boolean oneAtATime = v.optionalBoolean("oneAtATime", d.serializeImagePulls());
        Section.PULLS.finish(v);
        return new PullerConfig(parallel, extract, oneAtATime);
    }
}
