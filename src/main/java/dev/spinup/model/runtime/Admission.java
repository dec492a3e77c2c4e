package dev.spinup.model.runtime;

import dev.spinup.engine.random.Distribution;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.DataSize;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.MemoryLedger;
import dev.spinup.model.host.Refusal;
import dev.spinup.model.image.Image;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.CloudVmStack;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.Demand;
import dev.spinup.model.startup.PhaseSpec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a host takes one more instance, and what it then holds for it: vCPUs, the plan's reservation, and the
 * host-level memory the first instance of a kind brings along (the engine daemon, the hypervisor's services, the
 * page-cached part of a container image, the boot files a VM's guest reads through the page cache).
 */
final class Admission {

    /** Host-level memory admitting an instance of a stack would add, beyond its plan's reservation. */
    private record Extras(DataSize daemon, DataSize services, DataSize pageCache) {
        static final Extras NONE = new Extras(DataSize.ZERO, DataSize.ZERO, DataSize.ZERO);

        DataSize total() {
            return daemon.plus(services).plus(pageCache);
        }
    }

    private final HostSpec spec;
    private final MemoryLedger ledger;
    private final HostMemory memory;
    private final PageCache pageCache;
    /**
     * Each plan's boot files, found once per list of phases (a storm admits a million instances of a few plans; an
     * instance that draws its app's memory has a plan of its own, with its stack's phases).
     */
    private final Map<List<PhaseSpec>, List<Demand.DiskImageRead>> bootFiles = new IdentityHashMap<>();
    private int vcpusAllocated;
    private boolean engineDaemonRunning;
    private Optional<RandomStreams> hostStreams = Optional.empty();
    private int hostIndex;
    /** The daemon and services this host drew, once each. */
    private final Map<MemoryComponent, DataSize> hostDraws = new EnumMap<>(MemoryComponent.class);
    private boolean hypervisorServicesRunning;

    Admission(HostSpec spec, MemoryLedger ledger, HostMemory memory, PageCache pageCache) {
        this.spec = spec;
        this.ledger = ledger;
        this.memory = memory;
        this.pageCache = pageCache;
    }

    int vcpusAllocated() {
        return vcpusAllocated;
    }

    /** Why the host would refuse the instance now, if it would; changes nothing. */
    Optional<Refusal> check(StackSpec stack, StartupPlan plan, Optional<Image> image) {
        Optional<Refusal> vcpus = checkVcpus(plan);
        return vcpus.isPresent() ? vcpus
                : ledger.check(plan.admitted(spec.admission()).plus(extras(stack, plan, image).total()));
    }

    /** Admits the instance if it fits, taking what it needs; otherwise returns why and changes nothing. */
    Optional<Refusal> admit(StackSpec stack, StartupPlan plan, Optional<Image> image) {
        Optional<Refusal> vcpus = checkVcpus(plan);
        if (vcpus.isPresent()) {
            return vcpus;
        }
        Extras extras = extras(stack, plan, image);
        Optional<Refusal> refusal = ledger.reserve(plan.admitted(spec.admission()).plus(extras.total()));
        if (refusal.isPresent()) {
            return refusal;
        }
        vcpusAllocated += plan.vcpus();
        if (!extras.daemon().isZero()) {
            engineDaemonRunning = true;
            memory.addHostLevel(MemoryComponent.ENGINE_DAEMON, extras.daemon().bytes());
        }
        if (!extras.services().isZero()) {
            hypervisorServicesRunning = true;
            memory.addHostLevel(MemoryComponent.HYPERVISOR_SERVICES, extras.services().bytes());
        }
        if (image.isPresent() && stack.accept(StackKinds.CONTAINERS_ON_HOST)) {
            pageCache.imageUsed(image.get());
        }
        pageCache.bootFilesUsed(bootFilesOf(plan));
        if (!extras.pageCache().isZero()) {
            memory.addHostLevel(MemoryComponent.SHARED_LAYERS, extras.pageCache().bytes());
        }
        return Optional.empty();
    }

    /** The VM's boot files leave the page cache if no other live VM here boots them. */
    void releaseBootFiles(Instance instance) {
        DataSize cached = pageCache.bootFilesReleased(bootFilesOf(instance.plan()));
        if (!cached.isZero()) {
            memory.addHostLevel(MemoryComponent.SHARED_LAYERS, -cached.bytes());
            ledger.unreserve(cached);
        }
    }

    private List<Demand.DiskImageRead> bootFilesOf(StartupPlan plan) {
        return bootFiles.computeIfAbsent(plan.phases(), phases -> {
            List<Demand.DiskImageRead> files = new ArrayList<>();
            for (PhaseSpec phase : phases) {
                for (Demand demand : phase.demands()) {
                    if (demand instanceof Demand.DiskImageRead read
                            && files.stream().noneMatch(f -> f.file().equals(read.file()))) {
                        files.add(read);
                    }
                }
            }
            return List.copyOf(files);
        });
    }

    /** Gives back the instance's reservation and vCPUs. */
    void release(StartupPlan plan) {
        ledger.unreserve(plan.admitted(spec.admission()));
        vcpusAllocated -= plan.vcpus();
    }

    /** The instance's image leaves the page cache if it was the last container of it here. */
    void releaseImage(Instance instance) {
        if (!instance.stack().accept(StackKinds.CONTAINERS_ON_HOST)) {
            return;
        }
        instance.image().ifPresent(image -> {
            DataSize cached = pageCache.imageReleased(image);
            if (!cached.isZero()) {
                memory.addHostLevel(MemoryComponent.SHARED_LAYERS, -cached.bytes());
                ledger.unreserve(cached);
            }
        });
    }

    private Optional<Refusal> checkVcpus(StartupPlan plan) {
        int vcpuLimit = (int) Math.floor(spec.cores() * spec.vcpuOvercommit());
        if (vcpusAllocated + plan.vcpus() > vcpuLimit) {
            return Optional.of(new Refusal(Refusal.Reason.NOT_ENOUGH_VCPUS, "not enough vCPUs: needs "
                    + plan.vcpus() + ", " + Math.max(0, vcpuLimit - vcpusAllocated) + " free of " + vcpuLimit));
        }
        return Optional.empty();
    }

    /**
     * Draw this host's daemon and services from {@code streams}, each from substream {@code hostIndex} of its own
     * stream, when they vary: host i holds the same draw whichever stack runs on it.
     */
    void drawHostSizesFrom(RandomStreams streams, int hostIndex) {
        this.hostStreams = Optional.of(streams);
        this.hostIndex = hostIndex;
    }

    /** A size the host holds once: its nominal, or when it varies the host's one draw (kept, so refusals redraw nothing). */
    private DataSize hostSize(MemoryComponent component, DataSize nominal, Map<MemoryComponent, Distribution> varying) {
        Distribution d = varying.get(component);
        if (d == null || hostStreams.isEmpty()) {
            return nominal;
        }
        return hostDraws.computeIfAbsent(component, c -> DataSize.ofBytes(Math.max(0, Math.round(d.sample(
                hostStreams.get().stream(Infrastructure.sizeStream(c)).substream(hostIndex))))));
    }

    private Extras extras(StackSpec stack, StartupPlan plan, Optional<Image> image) {
        return stack.accept(new StackSpec.Visitor<>() {
            @Override
            public Extras vms(VmStack vm) {
                DataSize services = hypervisorServicesRunning ? DataSize.ZERO
                        : hostSize(MemoryComponent.HYPERVISOR_SERVICES, vm.hypervisor().hostServices().value(),
                                vm.hypervisor().sizesVary());
                return new Extras(DataSize.ZERO, services, pageCache.newlyCached(bootFilesOf(plan)));
            }

            @Override
            public Extras containers(ContainerStack container) {
                DataSize daemon = engineDaemonRunning ? DataSize.ZERO : hostSize(MemoryComponent.ENGINE_DAEMON,
                        container.runtime().daemon().value(), container.runtime().sizesVary());
                DataSize cached = image.map(pageCache::newlyCached).orElse(DataSize.ZERO);
                return new Extras(daemon, DataSize.ZERO, cached);
            }

            @Override
            public Extras cloudVms(CloudVmStack cloud) {
                // The provider's hypervisor services are not the customer's; nothing is shared between volumes.
                DataSize services = hypervisorServicesRunning ? DataSize.ZERO
                        : cloud.cloud().hypervisor().hostServices().value();
                return new Extras(DataSize.ZERO, services, DataSize.ZERO);
            }

            @Override
            public Extras containersInVms(ContainersInVmStack nested) {
                // In a node VM the guest's engine is part of the node's own footprint (StartupPlanner.nodeCapacity).
                return Extras.NONE;
            }
        });
    }
}
