package dev.spinup.scenario;

import dev.spinup.engine.random.Constant;
import dev.spinup.engine.random.Distribution;
import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.model.VaryingQuantity;
import dev.spinup.model.host.AdmissionBasis;
import dev.spinup.model.host.DiskSpec;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.host.HostVariation;
import dev.spinup.model.host.OvercommitPolicy;
import dev.spinup.model.image.PullerConfig;
import dev.spinup.model.image.RegistrySpec;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.profiles.Hardware;
import dev.spinup.scenario.ValueDistributions.Measure;
import dev.spinup.scenario.json.ArrayView;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Quote;
import dev.spinup.scenario.unit.DataSizeText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
        int cores = fixedForTheGroup(v, "cores") ? d.cores()
                : v.optionalInt("cores", d.cores(), 1, ScenarioLimits.MAX_CORES);
        DataSize memory = fixedForTheGroup(v, "memory") ? d.memory()
                : Bounds.size(v, "memory", MIN_HOST_MEMORY, ScenarioLimits.MAX_HOST_MEMORY).orElse(d.memory());
        Figure bandwidth = new Figure(d.disk().bandwidth().bytesPerSecond(), Optional.empty());
        Figure iops = new Figure(d.disk().iops(), Optional.empty());
        Optional<ObjectView> diskView = v.optionalObject("disk");
        if (diskView.isPresent()) {
            ObjectView o = diskView.get();
            bandwidth = figure(o, "bandwidth", Measure.RATE,
                    () -> Bounds.rate(o, "bandwidth").map(DataRate::bytesPerSecond), bandwidth.fixed());
            iops = figure(o, "iops", Measure.IOPS,
                    () -> Optional.of(o.optionalDouble("iops", d.disk().iops(), 1, Measure.MAX_IOPS)), iops.fixed());
            Section.DISK.finish(o);
        }
        DiskSpec disk = new DiskSpec(DataRate.ofBytesPerSecond(bandwidth.fixed()), iops.fixed());
        Figure nic = figure(v, "network", Measure.LINK_RATE,
                () -> Bounds.rate(v, "network").map(DataRate::bytesPerSecond), d.nic().bytesPerSecond());
        DataRate network = DataRate.ofBytesPerSecond(nic.fixed());
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
        HostVariation varies = new HostVariation(name.orElse(DEFAULT_HOST_NAME), 0, bandwidth.varies(),
                iops.varies(), nic.varies());
        if (varies.varies()) {
            spec = spec.withVariation(varies);
        }
        return Optional.of(new HostGroup(name.orElse(DEFAULT_HOST_NAME), count, spec));
    }

    /** A figure each host of a group may draw for itself: its fixed (or nominal) value and what it varies by. */
    private record Figure(double fixed, Optional<VaryingQuantity> varies) {
    }

    /**
     * The figure at {@code key}: a fixed value read by {@code fixedReader} exactly as before distributions were
     * allowed, or a distribution (a constant one is that fixed value), whose mean is the nominal.
     */
    private static Figure figure(ObjectView v, String key, Measure measure, Supplier<Optional<Double>> fixedReader,
                                 double otherwise) {
        if (!(v.node(key).orElse(null) instanceof ObjectNode)) {
            return new Figure(fixedReader.get().orElse(otherwise), Optional.empty());
        }
        Optional<Distribution> read = ValueDistributions.read(v, key, measure);
        if (read.isEmpty()) {
            return new Figure(otherwise, Optional.empty());
        }
        if (read.get() instanceof Constant c) {
            return new Figure(c.value(), Optional.empty());
        }
        VaryingQuantity q = ValueDistributions.bounded(read.get(), measure);
        return new Figure(q.nominal(), Optional.of(q));
    }

    /**
     * Whether {@code key} is written as a distribution where it must be one value for the group (then it says so):
     * a mixed fleet is several host groups, each machine's cores and memory whole and fixed.
     */
    private static boolean fixedForTheGroup(ObjectView v, String key) {
        if (!(v.node(key).orElse(null) instanceof ObjectNode)) {
            return false;
        }
        v.problem(key, Quote.name(key) + " is one value for every host of the group, not a distribution; for hosts"
                + " that differ in " + key + " write one host group per kind of machine (`hardware.hosts` lists"
                + " several)");
        return true;
    }

    private static RegistrySpec registry(ObjectView v) {
        RegistrySpec d = Catalogue.REGISTRY.value();
        String name = Identifiers.word(v, "name", false, "registry name").orElse(d.name());
        // one registry: a varying rate is drawn once per run, as an uncertain image layer is
        Figure egress = figure(v, "bandwidth", Measure.RATE,
                () -> Bounds.rate(v, "bandwidth").map(DataRate::bytesPerSecond), d.egressBandwidth().bytesPerSecond());
        Figure perDownload = figure(v, "perDownload", Measure.RATE,
                () -> Bounds.rate(v, "perDownload").map(DataRate::bytesPerSecond), d.perDownload().bytesPerSecond());
        DataRate bandwidth = DataRate.ofBytesPerSecond(egress.fixed());
        DataRate perPull = DataRate.ofBytesPerSecond(perDownload.fixed());
        RegistrySpec.RatesVary rates = new RegistrySpec.RatesVary(egress.varies(), perDownload.varies());
        // the token and manifest before each pull: fixed, or a distribution each pull draws its own from
        Optional<Distribution> latency = ValueDistributions.read(v, "manifestLatency");
        Section.REGISTRY.finish(v);
        RegistrySpec spec = latency.isPresent() && !(latency.get() instanceof Constant)
                ? RegistrySpec.varying(name, bandwidth, perPull, latency.get())
                : new RegistrySpec(name, bandwidth, perPull, latency
                        .map(c -> Duration.ofNanos(Math.round(c.mean()))).orElse(d.manifestLatency()));
        return rates.varies() ? spec.withRatesVarying(rates) : spec;
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
