package dev.spinup.scenario;

import dev.spinup.engine.random.Constant;
import dev.spinup.engine.random.Distribution;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.stack.GuestOsProfile;
import dev.spinup.model.stack.HypervisorProfile;
import dev.spinup.model.stack.PageSharing;
import dev.spinup.model.stack.VmShape;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.scenario.json.ObjectView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads a VM, as a stack of its own or as the node of a containers-in-VMs stack: a hypervisor and a guest OS from
 * the catalogue, the VM's size (which the file must give: every VM is sized by whoever creates it), page sharing,
 * and overrides of any number of the two profiles.
 */
final class VmStackReader {

    static final List<String> KEYS = List.of("hypervisor", "guestOs", "vcpus", "memory", "pageSharing", "overrides");
    private static final DataSize MIN_GUEST_RAM = DataSize.ofMiB(16);

    private VmStackReader() {
    }

    /**
     * {@code vcpus}, which every VM must give; absent or unreadable stays empty so that no later check judges a
     * placeholder nobody wrote.
     */
    static Optional<Integer> vcpus(ObjectView v) {
        if (!v.has("vcpus")) {
            v.requiredInt("vcpus", 1, ScenarioLimits.MAX_VCPUS);
            return Optional.empty();
        }
        return Optional.of(v.optionalInt("vcpus", 0, 1, ScenarioLimits.MAX_VCPUS)).filter(n -> n > 0);
    }

    /**
     * {@code memory}, the guest RAM every VM must give; after "512 mb" is refused there must be no "guest RAM
     * 16 MiB is too small" as a second error, so an unreadable value stays empty.
     */
    static Optional<DataSize> memory(ObjectView v) {
        if (!v.has("memory")) {
            v.requiredDataSize("memory");
            return Optional.empty();
        }
        return Bounds.size(v, "memory", MIN_GUEST_RAM, ScenarioLimits.MAX_SIZE);
    }

    /** The VM {@code v} describes; {@code host} is the first host, on which overridden phases are retimed. */
    static Optional<VmStack> read(ObjectView v, Optional<String> label, HostSpec host) {
        Optional<HypervisorProfile> hypervisor = Names.resolve(v, "hypervisor", true, "hypervisor",
                Catalogue::hypervisor, Catalogue.hypervisorKeys());
        Optional<GuestOsProfile> guestOs = Names.resolve(v, "guestOs", true, "guest OS", Catalogue::guestOs,
                Catalogue.guestOsKeys());
        Optional<Integer> vcpus = vcpus(v);
        Optional<DataSize> memory = memory(v);
        Optional<PageSharing> sharing = PageSharingReader.read(v);
        Optional<ObjectView> overrides = v.optionalObject("overrides");
        if (hypervisor.isEmpty() || guestOs.isEmpty()) {
            overrides.ifPresent(o -> o.allow(Section.VM_OVERRIDES.keys().toArray(String[]::new)));
            return Optional.empty();
        }
        HypervisorProfile h = hypervisor.get();
        GuestOsProfile g = guestOs.get();
        if (overrides.isPresent()) {
            ObjectView o = overrides.get();
            // the VMM's memory per VM, drawn per VM when it varies; the hypervisor's services, drawn once per host
            h = sized(o, "vmmOverhead", h, HypervisorProfile::withVmmOverhead, HypervisorProfile::withVmmOverheadVarying);
            h = sized(o, "hostServices", h, HypervisorProfile::withHostServices,
                    HypervisorProfile::withHostServicesVarying);
            // how long a VM takes to stop: fixed, or a distribution each VM draws its own from
            Optional<Distribution> shutdown = ValueDistributions.read(o, "shutdown");
            if (shutdown.isPresent()) {
                h = shutdown.get() instanceof Constant fixed
                        ? h.withShutdown(LessonSetting.cite(Duration.ofNanos(Math.round(fixed.value()))))
                        : h.withShutdownVarying(shutdown.get(), Source.LESSON_SETTING);
            }
            g = sized(o, "guestOsMemory", g, GuestOsProfile::withIdleResident, GuestOsProfile::withIdleResidentVarying);
            h = h.withOverhead(OverheadReader.readIn(o, h.overhead()));
            List<PhaseKind> available = new ArrayList<>();
            h.startPhases().forEach(p -> available.add(p.kind()));
            g.bootPhases().forEach(p -> available.add(p.kind()));
            Map<PhaseKind, Distribution> phases = o.optionalObject("phases")
                    .map(x -> PhaseOverrides.read(x, available)).orElse(Map.of());
            h = h.withStartPhases(PhaseOverrides.apply(h.startPhases(), phases, host));
            HypervisorProfile timed = h;
            h = h.withStartPhases(o.optionalObject("stores")
                    .map(x -> StoreOverrides.apply(x, timed.startPhases())).orElse(h.startPhases()));
            g = g.withBootPhases(PhaseOverrides.apply(g.bootPhases(), phases, host));
            Section.VM_OVERRIDES.finish(o);
        }
        if (vcpus.isEmpty() || memory.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VmStack(label.orElse(h.name() + " + " + g.name()), h, g,
                new VmShape(vcpus.get(), memory.get()),
                sharing));
    }

    /** {@code profile} with the size at {@code key}, if given: fixed, or a distribution (in bytes) that varies. */
    static <T> T sized(ObjectView o, String key, T profile, BiFunction<T, Cited<DataSize>, T> fixed,
                               VaryingSize<T> varying) {
        Optional<Distribution> size = ValueDistributions.read(o, key, ValueDistributions.Measure.SIZE);
        if (size.isEmpty()) {
            return profile;
        }
        return size.get() instanceof Constant c
                ? fixed.apply(profile, LessonSetting.cite(DataSize.ofBytes(Math.round(c.value()))))
                : varying.apply(profile, size.get(), Source.LESSON_SETTING);
    }

    /** A profile's wither for a size that varies. */
    @FunctionalInterface
    interface VaryingSize<T> {
        T apply(T profile, Distribution bytes, Source source);
    }
}
