package dev.spinup.scenario;

import dev.spinup.engine.random.Distribution;
import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.model.VaryingQuantity;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.startup.StoreServiceDraws;
import dev.spinup.model.startup.StoreWork;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.host.HostVariation;
import dev.spinup.model.image.Image;
import dev.spinup.model.image.ImageLayer;
import dev.spinup.model.image.PullerConfig;
import dev.spinup.model.image.RegistrySpec;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.profiles.Hardware;
import dev.spinup.model.profiles.Images;
import dev.spinup.model.runtime.GuestOsFit;
import dev.spinup.model.runtime.StartupPlan;
import dev.spinup.model.runtime.StartupPlanner;
import dev.spinup.model.stack.AppProfile;
import dev.spinup.model.stack.CloudProfile;
import dev.spinup.model.stack.CloudVmStack;
import dev.spinup.model.stack.ContainerRuntimeProfile;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.stack.Hydration;
import dev.spinup.model.stack.RuntimeOverhead;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.ApiRateLimit;
import dev.spinup.model.startup.Demand;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseSpec;
import dev.spinup.scenario.json.EnumNames;
import dev.spinup.scenario.unit.DataRateText;
import dev.spinup.scenario.unit.DataSizeText;
import dev.spinup.scenario.unit.DurationText;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lists every number a scenario runs with and where it comes from: the hardware, the registry, each stack's
 * profiles (memory, overheads, and each phase at its nominal length alone on the first host), the workload and
 * the cluster ({@link ClusterValues}).
 * Values the catalogue supplies carry their own source; values the file sets carry {@link Source#LESSON_SETTING}.
 * Hardware, registry and pull settings carry no citation of their own, so they are cited to the catalogue
 * default when they equal it and to the lesson otherwise.
 */
public final class EffectiveValues {

    private final List<EffectiveValue> values = new ArrayList<>();
    private final HostSpec firstHost;
    /** The workload's app: a cloud VM's launch is shown as planned for it. */
    private final AppProfile app;

    private EffectiveValues(HostSpec firstHost, AppProfile app) {
        this.firstHost = firstHost;
        this.app = app;
    }

    /** The effective values of {@code scenario}, in the order of the file's sections. */
    public static List<EffectiveValue> of(Scenario scenario) {
        EffectiveValues list = new EffectiveValues(scenario.hosts().get(0).spec(), scenario.workload().app());
        list.add("seed", Long.toString(scenario.seed()), Source.LESSON_SETTING);
        list.add("replications", Integer.toString(scenario.replications()), Source.LESSON_SETTING);
        scenario.horizon().ifPresent(h -> list.add("horizon", DurationText.format(h), Source.LESSON_SETTING));
        for (int i = 0; i < scenario.hosts().size(); i++) {
            list.hostGroup("hardware.hosts[" + i + "]", scenario.hosts().get(i));
        }
        list.registry(scenario.registry());
        list.pulls(scenario.pulls());
        for (int i = 0; i < scenario.stacks().size(); i++) {
            StackChoice choice = scenario.stacks().get(i);
            String at = "stacks[" + i + "]";
            choice.admitBy().ifPresent(basis -> list.add(at + ".admitBy", EnumNames.of(basis), Source.LESSON_SETTING));
            list.stack(at, choice.spec());
        }
        list.workload(scenario.workload());
        scenario.cluster().ifPresent(cluster -> list.values.addAll(ClusterValues.of(cluster)));
        return List.copyOf(list.values);
    }

    private void hostGroup(String at, HostGroup group) {
        HostSpec h = group.spec();
        HostSpec d = Hardware.CLASSROOM_HOST.value();
        Source catalogue = Hardware.CLASSROOM_HOST.source();
        add(at + ".count", Integer.toString(group.count()), Source.LESSON_SETTING);
        add(at + ".cores", Integer.toString(h.cores()), sourceOf(h.cores(), d.cores(), catalogue));
        add(at + ".memory", memory(h.memory()), sourceOf(h.memory(), d.memory(), catalogue));
        HostVariation varies = h.varies();
        add(at + ".disk.bandwidth", drawn(varies.diskBandwidth(), ValueDistributions.Measure.RATE,
                rate(h.disk().bandwidth())), varies.diskBandwidth().isPresent() ? Source.LESSON_SETTING
                : sourceOf(h.disk().bandwidth(), d.disk().bandwidth(), catalogue));
        add(at + ".disk.iops", drawn(varies.diskIops(), ValueDistributions.Measure.IOPS, number(h.disk().iops())),
                varies.diskIops().isPresent() ? Source.LESSON_SETTING
                        : sourceOf(h.disk().iops(), d.disk().iops(), catalogue));
        add(at + ".network", drawn(varies.nic(), ValueDistributions.Measure.LINK_RATE,
                DataRateText.formatBits(h.nic())), varies.nic().isPresent() ? Source.LESSON_SETTING
                : sourceOf(h.nic(), d.nic(), catalogue));
        add(at + ".hostOsMemory", memory(h.hostOsReserved()),
                sourceOf(h.hostOsReserved(), d.hostOsReserved(), catalogue));
        add(at + ".vcpuOvercommit", number(h.vcpuOvercommit()),
                sourceOf(h.vcpuOvercommit(), d.vcpuOvercommit(), catalogue));
        add(at + ".memoryPolicy", EnumNames.of(h.overcommitPolicy()),
                sourceOf(h.overcommitPolicy(), d.overcommitPolicy(), catalogue));
        add(at + ".memoryOvercommit", number(h.memoryOvercommit()),
                sourceOf(h.memoryOvercommit(), d.memoryOvercommit(), catalogue));
        add(at + ".admitBy", EnumNames.of(h.admission()), sourceOf(h.admission(), d.admission(), catalogue));
    }

    private void registry(RegistrySpec r) {
        RegistrySpec d = Catalogue.REGISTRY.value();
        Source catalogue = Catalogue.REGISTRY.source();
        add("hardware.registry.bandwidth", drawnOnce(r.ratesVary().egress(), rate(r.egressBandwidth())),
                r.ratesVary().egress().isPresent() ? Source.LESSON_SETTING
                        : sourceOf(r.egressBandwidth(), d.egressBandwidth(), catalogue));
        add("hardware.registry.perDownload", drawnOnce(r.ratesVary().perDownload(), rate(r.perDownload())),
                r.ratesVary().perDownload().isPresent() ? Source.LESSON_SETTING
                        : sourceOf(r.perDownload(), d.perDownload(), catalogue));
        add("hardware.registry.manifestLatency", r.manifestLatencyVaries()
                        .map(v -> ValueDistributions.describe(v) + " (mean " + rounded(r.manifestLatency().toNanos())
                                + ")").orElse(DurationText.format(r.manifestLatency())),
                r.manifestLatencyVaries().isPresent() ? Source.LESSON_SETTING
                        : sourceOf(r.manifestLatency(), d.manifestLatency(), catalogue));
    }

    private void pulls(PullerConfig p) {
        PullerConfig d = Catalogue.DOCKER_PULLS.value();
        Source catalogue = Catalogue.DOCKER_PULLS.source();
        add("hardware.pulls.parallelDownloads", Integer.toString(p.maxConcurrentDownloads()),
                sourceOf(p.maxConcurrentDownloads(), d.maxConcurrentDownloads(), catalogue));
        add("hardware.pulls.extractRate", rate(p.extractRate()), sourceOf(p.extractRate(), d.extractRate(), catalogue));
        add("hardware.pulls.oneAtATime", Boolean.toString(p.serializeImagePulls()),
                sourceOf(p.serializeImagePulls(), d.serializeImagePulls(), catalogue));
    }

    private void stack(String at, StackSpec spec) {
        spec.accept(new StackSpec.Visitor<Void>() {
            @Override
            public Void vms(VmStack vm) {
                vm(at, vm, vm);
                return null;
            }

            @Override
            public Void containers(ContainerStack container) {
                runtime(at + ".runtime", container.runtime());
                return null;
            }

            @Override
            public Void cloudVms(CloudVmStack cloud) {
                cloudVm(at, cloud);
                return null;
            }

            @Override
            public Void containersInVms(ContainersInVmStack nested) {
                vm(at + ".node", nested.node(), nested);
                runtime(at + ".runtime", nested.inner().runtime());
                add(at + ".containersPerNode", Integer.toString(nested.containersPerNode()), Source.LESSON_SETTING);
                return null;
            }
        });
    }

    /** A VM's values; {@code owner} is the stack it belongs to (itself, or the stack whose node VM it is). */
    private void vm(String at, VmStack vm, StackSpec owner) {
        add(at + ".vcpus", Integer.toString(vm.shape().vcpus()), Source.LESSON_SETTING);
        add(at + ".memory", memory(vm.shape().guestRam()), Source.LESSON_SETTING);
        sized(at + ".hypervisor.vmmOverhead", vm.hypervisor().vmmOverhead(),
                Optional.ofNullable(vm.hypervisor().sizesVary().get(MemoryComponent.VMM_OVERHEAD)));
        sized(at + ".hypervisor.hostServices", vm.hypervisor().hostServices(),
                Optional.ofNullable(vm.hypervisor().sizesVary().get(MemoryComponent.HYPERVISOR_SERVICES)));
        varying(at + ".hypervisor.shutdown", vm.hypervisor().shutdown(), vm.hypervisor().shutdownVaries());
        overhead(at + ".hypervisor.overhead", vm.hypervisor().overhead());
        phases(at + ".hypervisor.phases", vm.hypervisor().startPhases());
        sized(at + ".guestOs.memory", vm.guestOs().idleResident(), vm.guestOs().idleVaries());
        guestOsFit(owner);
        cited(at + ".guestOs.structPageFraction", vm.guestOs().structPageFraction(), EffectiveValues::number);
        cited(at + ".guestOs.structPageFixed", vm.guestOs().hiddenFixed(), EffectiveValues::size);
        phases(at + ".guestOs.phases", vm.guestOs().bootPhases());
        vm.pageSharing().ifPresent(sharing -> {
            cited(at + ".pageSharing.shareable", sharing.shareableFraction(), EffectiveValues::number);
            cited(at + ".pageSharing.scanRate", sharing.scanRate(), EffectiveValues::rate);
        });
    }

    /**
     * A cloud VM's launch phase by phase with their sources: the API call and its rate limit, provisioning, the
     * guest's boot (as planned: each first read followed by its hydration when the volume is cold), cloud-init.
     */
    private void cloudVm(String at, CloudVmStack vm) {
        CloudProfile cloud = vm.cloud();
        add(at + ".cloud", cloud.name(), cloud.era().source());
        add(at + ".cloud.era", cloud.era().label(), cloud.era().source());
        add(at + ".vcpus", Integer.toString(vm.shape().vcpus()), Source.LESSON_SETTING);
        add(at + ".memory", memory(vm.shape().guestRam()), Source.LESSON_SETTING);
        ApiRateLimit limit = cloud.apiLimit().value();
        add(at + ".cloud.apiLimit", number(limit.burst()) + " at once, then " + number(limit.perSecond()) + "/s",
                cloud.apiLimit().source());
        Hydration h = cloud.hydration().value();
        add(at + ".cloud.hydration", rate(h.fetchRate()) + " + " + DurationText.format(h.perOperation())
                + " per random read", cloud.hydration().source());
        add(at + ".rootVolume", vm.rootVolume().description(), Source.LESSON_SETTING);
        sized(at + ".guestOs.memory", vm.guestOs().idleResident(), vm.guestOs().idleVaries());
        guestOsFit(vm);
        overhead(at + ".cloud.overhead", cloud.hypervisor().overhead());
        StartupPlan plan = StartupPlanner.plan(vm, app);
        List<PhaseSpec> launch = plan.phases().stream().filter(p -> p.kind() != PhaseKind.APP).toList();
        phases(at + ".phases", launch);
        for (PhaseSpec phase : launch) {
            for (Demand demand : phase.demands()) {
                if (demand instanceof Demand.Hydrate hydrate && !hydrate.fetch().isZero()) {
                    add(at + ".hydration." + EnumNames.of(phase.kind()), DurationText.format(hydrate.fetch()),
                            hydrate.source());
                }
            }
        }
    }

    private void runtime(String at, ContainerRuntimeProfile r) {
        add(at + ".era", r.era().label(), r.era().source());
        sized(at + ".shim", r.shim(), Optional.ofNullable(r.sizesVary().get(MemoryComponent.SHIM)));
        sized(at + ".sandbox", r.sandbox(), Optional.ofNullable(r.sizesVary().get(MemoryComponent.SANDBOX_KERNEL)));
        sized(at + ".daemon", r.daemon(), Optional.ofNullable(r.sizesVary().get(MemoryComponent.ENGINE_DAEMON)));
        varying(at + ".stop", r.stop(), r.stopVaries());
        overhead(at + ".overhead", r.overhead());
        phases(at + ".phases", r.startPhases());
    }

    private void overhead(String at, RuntimeOverhead o) {
        cited(at + ".cpu", o.cpu(), EffectiveValues::number);
        cited(at + ".memoryBandwidth", o.memoryBandwidth(), EffectiveValues::number);
        cited(at + ".syscall", o.syscall(), EffectiveValues::number);
        cited(at + ".randomIo", o.randomIo(), EffectiveValues::number);
        cited(at + ".networkRoundTrip", o.networkRoundTrip(), DurationText::format);
    }

    /**
     * Each phase at its nominal length alone on the first host (an image pull has no length of its own), and the
     * terms of every control-plane store it works on, which decide how it slows as the host fills.
     */
    private void phases(String at, List<PhaseSpec> phases) {
        for (PhaseSpec phase : phases) {
            if (phase.kind() != PhaseKind.IMAGE_PULL) {
                add(at + "." + EnumNames.of(phase.kind()), nominal(phase), phase.source());
            }
            for (var demand : phase.demands()) {
                StoreOverrides.storeOf(demand).ifPresent(store -> add(at.replace(".phases", ".stores") + "." + store,
                        storeTerms(StoreOverrides.workOf(demand)), phase.source()));
            }
        }
    }

    /**
     * "177 requests + 3 per live instance, each 100 µs + 4.07 µs per live instance"; a service time that varies is
     * its distribution and mean ("each lognormal, median 100 µs, p99 300 µs (mean 123.4 µs)").
     */
    private static String storeTerms(StoreWork work) {
        Optional<Distribution> time = work.varies().flatMap(StoreServiceDraws::perRequest);
        Optional<Distribution> entry = work.varies().flatMap(StoreServiceDraws::perRequestPerEntry);
        return number(work.requests()) + (work.requests() == 1 ? " request" : " requests")
                + (work.requestsPerEntry() > 0 ? " + " + number(work.requestsPerEntry()) + " per live instance" : "")
                + ", each " + serviceTime(work.perRequest(), time)
                + (work.perRequestPerEntry().isZero() && entry.isEmpty() ? ""
                        : " + " + serviceTime(work.perRequestPerEntry(), entry) + " per live instance");
    }

    private static String serviceTime(Duration nominal, Optional<Distribution> varies) {
        return varies.map(d -> ValueDistributions.describe(d) + " (mean " + threeFigures(nominal.toNanos()) + ")")
                .orElse(DurationText.format(nominal));
    }

    private void workload(Workload w) {
        add("workload.instances", Integer.toString(w.instances()), Source.LESSON_SETTING);
        w.inFlight().ifPresent(n -> add("workload.inFlight", Integer.toString(n), Source.LESSON_SETTING));
        sized("workload.app.memory", w.app().resident(), w.app().residentVaries());
        w.app().memoryRequest().ifPresent(r -> cited("workload.app.memoryRequest", r, EffectiveValues::size));
        add("workload.app.phases.app", nominal(w.app().startPhase()), w.app().startPhase().source());
        w.steadyState().ifPresent(load -> load.nativeTimes().forEach((kind, time) -> add("workload.steadyState."
                + WorkloadReader.STEADY_STATE_KEYS.get(kind), DurationText.format(time), Source.LESSON_SETTING)));
        Image image = w.image();
        Source imageSource = Catalogue.image(image.reference()).isPresent() ? Images.SOURCE : Source.LESSON_SETTING;
        add("workload.image.compressed", size(image.compressedSize()), imageSource);
        add("workload.image.uncompressed", size(image.uncompressedSize()), imageSource);
        add("workload.image.layers", Integer.toString(image.layerCount()), imageSource);
        for (int i = 0; i < image.layerCount(); i++) {
            ImageLayer layer = image.layers().get(i);
            String at = "workload.image.layers[" + i + "]";
            layer.varies().ifPresent(v -> {
                add(at + ".size", v.uncompressed().map(d -> ValueDistributions.describe(d,
                        ValueDistributions.Measure.SIZE) + " (mean " + roundedSize(layer.uncompressed()) + ")")
                        .orElse(size(layer.uncompressed())), Source.LESSON_SETTING);
                add(at + ".compressed", v.compressed().map(d -> ValueDistributions.describe(d,
                        ValueDistributions.Measure.SIZE) + " (mean " + roundedSize(layer.compressed()) + ")")
                        .orElse(v.compressedShare().isPresent() ? Math.round(100 * v.compressedShare().getAsDouble())
                                + " % of the drawn size (mean " + roundedSize(layer.compressed()) + ")"
                                : size(layer.compressed())), Source.LESSON_SETTING);
            });
        }
    }

    /**
     * The phase's length alone on the first host, to 10 ms above a second and to 0.1 ms below; a length that varies
     * per instance is its distribution.
     */
    private String nominal(PhaseSpec phase) {
        long nanos = phase.nominalNanos(firstHost.disk(), firstHost.nic());
        if (phase.length().isPresent()) {
            return ValueDistributions.describe(phase.length().get().nanos()) + " (mean " + rounded(nanos) + ")";
        }
        return rounded(nanos);
    }

    /** A store's mean service time, microseconds where a phase's would be milliseconds: to three figures. */
    private static String threeFigures(long nanos) {
        if (nanos < 1000) {
            return DurationText.format(Duration.ofNanos(nanos));
        }
        long step = (long) Math.pow(10, Math.floor(Math.log10(nanos)) - 2);
        return DurationText.format(Duration.ofNanos(Math.round(nanos / (double) step) * step));
    }

    private static String rounded(long nanos) {
        long step = nanos >= 1_000_000_000L ? 10_000_000 : 100_000;
        long rounded = nanos > Long.MAX_VALUE - step ? nanos : Math.round(nanos / (double) step) * step;
        return DurationText.format(Duration.ofNanos(rounded));
    }

    /** A duration that may vary per instance: its distribution and mean, or the fixed value. */
    private void varying(String path, Cited<Duration> nominal, Optional<Distribution> varies) {
        add(path, varies.map(d -> ValueDistributions.describe(d) + " (mean " + rounded(nominal.value().toNanos())
                + ")").orElse(DurationText.format(nominal.value())), nominal.source());
    }

    /** A registry rate a run draws once: its distribution and mean, or the fixed value. */
    private static String drawnOnce(Optional<VaryingQuantity> varies, String fixed) {
        ValueDistributions.Measure measure = ValueDistributions.Measure.RATE;
        return varies.map(q -> ValueDistributions.describe(q.distribution(), measure) + " (mean "
                + measure.formatRounded(q.nominal()) + ", one draw per run)").orElse(fixed);
    }

    /** A host figure each host of its group draws: its distribution and mean, or the fixed value. */
    private static String drawn(Optional<VaryingQuantity> varies, ValueDistributions.Measure measure, String fixed) {
        return varies.map(q -> ValueDistributions.describe(q.distribution(), measure) + " (mean "
                + measure.formatRounded(q.nominal()) + ", each host draws its own)").orElse(fixed);
    }

    /** A size that may vary per instance: its distribution and mean, or the fixed value. */
    private void sized(String path, Cited<DataSize> nominal, Optional<Distribution> varies) {
        add(path, varies.map(d -> ValueDistributions.describe(d, ValueDistributions.Measure.SIZE) + " (mean "
                + roundedSize(nominal.value()) + ")").orElse(size(nominal.value())), nominal.source());
    }

    /**
     * Notes beside the guest OS size just added when the model will cap some of its draws: the share above what
     * the RAM leaves, and that room ({@link StartupPlanner#guestOsFit}).
     */
    private void guestOsFit(StackSpec stack) {
        StartupPlanner.guestOsFit(stack, app).filter(GuestOsFit::capsSome).ifPresent(fit -> {
            EffectiveValue last = values.remove(values.size() - 1);
            values.add(last.withNote(share(fit.shareCapped()) + " of draws exceed the " + roundedSize(fit.room())
                    + " the RAM leaves and are capped"));
        });
    }

    /** "38 %", "4.1 %", "under 0.1 %": a share to the precision a reader can use. */
    private static String share(double share) {
        double percent = 100 * share;
        return percent >= 10 ? String.format(java.util.Locale.ROOT, "%.0f %%", percent)
                : percent >= 0.1 ? String.format(java.util.Locale.ROOT, "%.1f %%", percent) : "under 0.1 %";
    }

    /** A mean to a tenth of its binary unit ("22.4 MiB"), not to the byte a distribution's mean lands on. */
    private static String roundedSize(DataSize size) {
        long bytes = size.bytes();
        long unit = bytes >= DataSize.GIB ? DataSize.GIB : bytes >= DataSize.MIB ? DataSize.MIB : DataSize.KIB;
        if (bytes < DataSize.KIB) {
            return size(size);
        }
        String text = String.format(java.util.Locale.ROOT, "%.1f", bytes / (double) unit).replaceAll("\\.0$", "");
        return text + (unit == DataSize.GIB ? " GiB" : unit == DataSize.MIB ? " MiB" : " KiB");
    }

    private <T> void cited(String path, Cited<T> value, Function<T, String> format) {
        add(path, format.apply(value.value()), value.source());
    }

    private void add(String path, String value, Source source) {
        values.add(new EffectiveValue(path, value, source));
    }

    private static Source sourceOf(Object value, Object catalogueValue, Source catalogue) {
        return Objects.equals(value, catalogueValue) ? catalogue : Source.LESSON_SETTING;
    }

    private static String size(DataSize size) {
        return DataSizeText.format(size);
    }

    /** A memory size a file sets: decimal units ("512MB") are shown with their bytes, as the reader warned. */
    private static String memory(DataSize size) {
        return DataSizeText.withBytes(size);
    }

    /** The values whose memory sizes are in decimal units, for the run summary to say which units were used. */
    public static List<EffectiveValue> decimalMemory(Scenario scenario) {
        return of(scenario).stream().filter(v -> v.source() == Source.LESSON_SETTING
                && v.value().contains("(decimal: ")).toList();
    }

    private static String rate(DataRate rate) {
        return DataRateText.format(rate);
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
