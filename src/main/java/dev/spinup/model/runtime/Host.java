package dev.spinup.model.runtime;

import dev.spinup.engine.Completion;
import dev.spinup.engine.EventKind;
import dev.spinup.engine.FifoResource;
import dev.spinup.engine.ProcessorSharing;
import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.RandomStream;
import dev.spinup.model.DataSize;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.MemoryLedger;
import dev.spinup.model.host.OvercommitPolicy;
import dev.spinup.model.host.Refusal;
import dev.spinup.model.host.ResourceKind;
import dev.spinup.model.image.BuildCache;
import dev.spinup.model.image.BuildReport;
import dev.spinup.model.image.Dockerfile;
import dev.spinup.model.image.Image;
import dev.spinup.model.image.ImageBuilder;
import dev.spinup.model.image.ImagePuller;
import dev.spinup.model.image.LayerCache;
import dev.spinup.model.image.PullReport;
import dev.spinup.model.image.PullerConfig;
import dev.spinup.model.image.Registry;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.stack.PageSharing;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.ControlPoint;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.model.startup.PullSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One simulated machine: its shared CPU, disk and network, its memory ledger, its control points, its image
 * store, and the instances it runs. A node VM of a containers-in-VMs stack is also a host, nested in a physical one.
 */
public final class Host {

    private static final EventKind PAGE_MERGE = EventKind.of("KSM merge");

    private final Simulation simulation;
    private final HostSpec spec;
    private final ProcessorSharing cpu;
    private final ProcessorSharing disk;
    private final ProcessorSharing network;
    private final MemoryLedger ledger;
    private final Map<ControlPoint, FifoResource> controlPoints = new EnumMap<>(ControlPoint.class);
    private final LayerCache layers;
    private final ImagePuller puller;
    private final ModelObserver observer;
    private final Optional<Host> parent;
    private final Set<Instance> live = new LinkedHashSet<>();
    private final Map<String, Integer> pageCachedImages = new HashMap<>();
    private final Set<String> warmDiskImages = new HashSet<>();
    private final Map<String, Integer> readyVmsByGuest = new HashMap<>();
    private final long[] nestedResident = new long[MemoryComponent.values().length];
    private final long[] hostLevel = new long[MemoryComponent.values().length];
    private FifoResource pageMerger;
    private ImageBuilder builder;
    private int vcpusAllocated;
    private boolean engineDaemonRunning;
    private boolean hypervisorServicesRunning;
    private boolean up = true;

    Host(Simulation simulation, HostSpec spec, Registry registry, PullerConfig pullerConfig, ModelObserver observer) {
        this(simulation, spec, registry, pullerConfig, observer, Optional.empty(),
                new ProcessorSharing(simulation, spec.name() + " disk", 1.0),
                new ProcessorSharing(simulation, spec.name() + " network", spec.nic().bytesPerNano()));
    }

    /** A node VM's host: its own vCPUs and memory, the physical host's disk and network. */
    Host(Simulation simulation, HostSpec spec, Registry registry, PullerConfig pullerConfig, ModelObserver observer,
         Host physical) {
        this(simulation, spec, registry, pullerConfig, observer, Optional.of(physical), physical.disk,
                physical.network);
    }

    private Host(Simulation simulation, HostSpec spec, Registry registry, PullerConfig pullerConfig,
                 ModelObserver observer, Optional<Host> parent, ProcessorSharing disk, ProcessorSharing network) {
        this.simulation = simulation;
        this.spec = spec;
        this.observer = observer;
        this.parent = parent;
        this.cpu = new ProcessorSharing(simulation, spec.name() + " CPU", spec.cores(), 1.0);
        this.disk = disk;
        this.network = network;
        this.ledger = new MemoryLedger(spec.memoryForInstances(), spec.overcommitPolicy(), spec.memoryOvercommit());
        this.layers = new LayerCache(simulation, spec.memoryForInstances().times(Mechanisms.LAYER_STORE_PER_MEMORY.value()));
        this.puller = new ImagePuller(simulation, spec.name(), cpu, disk, network, registry, layers, pullerConfig);
        ledger.setListener((component, total) ->
                observer.on(new ModelEvent.MemoryChanged(simulation.now(), spec.name(), component, total)));
        if (observer.wantsLoadChanges()) {
            listenToLoad(cpu, ResourceKind.CPU);
            if (parent.isEmpty()) {
                listenToLoad(disk, ResourceKind.DISK);
                listenToLoad(network, ResourceKind.NETWORK);
            }
        }
    }

    private void listenToLoad(ProcessorSharing resource, ResourceKind kind) {
        double capacity = resource.capacityPerNano();
        resource.setLoadListener((time, jobs, served) ->
                observer.on(new ModelEvent.LoadChanged(time, spec.name(), kind, jobs, served / capacity)));
    }

    public String name() {
        return spec.name();
    }

    public HostSpec spec() {
        return spec;
    }

    public boolean isUp() {
        return up;
    }

    public MemoryLedger ledger() {
        return ledger;
    }

    public LayerCache layerCache() {
        return layers;
    }

    /** Instances starting, running or stopping here. */
    public int liveInstances() {
        return live.size();
    }

    public int vcpusAllocated() {
        return vcpusAllocated;
    }

    /** The physical host this node VM runs on, if it is one. */
    public Optional<Host> parent() {
        return parent;
    }

    /** Resident memory of nested node-VM hosts' instances, counted here because their pages live here. */
    public long nestedResidentBytes(MemoryComponent component) {
        return nestedResident[component.ordinal()];
    }

    Simulation simulation() {
        return simulation;
    }

    ProcessorSharing cpu() {
        return cpu;
    }

    ProcessorSharing disk() {
        return disk;
    }

    ProcessorSharing network() {
        return network;
    }

    /** Pulls asked for here and not yet finished: with serialized pulls, how many a new one queues behind. */
    int pullsInProgress() {
        return puller.pullsInProgress();
    }

    FifoResource controlPoint(ControlPoint point) {
        return controlPoints.computeIfAbsent(point, p -> new FifoResource(simulation, name() + " " + p.label(), 1));
    }

    /**
     * Admits {@code instance} and starts its phases; if the host cannot take it, returns why and changes nothing,
     * so a placement policy may try another host.
     */
    Optional<Refusal> start(Instance instance, StartupPlan plan, Optional<Image> image, RandomStream stackStream,
                            RandomStream appStream, boolean keepDetail) {
        Optional<Refusal> refusal = admit(instance.stack(), plan, image);
        if (refusal.isPresent()) {
            return refusal;
        }
        long now = simulation.now();
        instance.admitted(this, plan, image.orElse(null), now);
        live.add(instance);
        observer.on(new ModelEvent.InstanceAdmitted(now, instance.id(), name()));
        new PhaseSequence(this, instance, plan.phases(), stackStream, appStream, keepDetail,
                PhaseSequence.Purpose.START).runNext();
        return Optional.empty();
    }

    /**
     * A CPU-bound job of the workload inside a running instance: its core time stretched by the stack's CPU
     * overhead, sharing this host's cores with everything else here. Fails if the instance ends first.
     */
    Completion<Void> runJob(Instance instance, Duration coreTime) {
        if (instance.state() != InstanceState.RUNNING) {
            throw new IllegalStateException(instance.id() + " is " + instance.state() + ", not running: it cannot"
                    + " run a job");
        }
        ProcessorSharing.Job job = cpu.submit(coreTime.toNanos() * StartupPlanner.cpuFactor(instance.stack()));
        instance.jobStarted(job);
        return job.completion().map(finished -> {
            instance.jobEnded(finished);
            return null;
        });
    }

    /** Records that {@code instance} could not be placed here, with the host's reason. */
    void refuse(Instance instance, Refusal refusal) {
        long now = simulation.now();
        instance.refused(this, refusal, now);
        observer.on(new ModelEvent.InstanceRefused(now, instance.id(), name(), refusal));
    }

    /** Stops an instance: abandons its start if still starting, else runs its shutdown, then frees what it held. */
    void stop(Instance instance, RandomStream stream, boolean keepDetail) {
        if (instance.state() == InstanceState.STARTING) {
            end(instance, InstanceState.STOPPED, null);
            return;
        }
        if (instance.state() != InstanceState.RUNNING) {
            return;
        }
        instance.stopping();
        new PhaseSequence(this, instance, instance.plan().shutdown(), stream, stream, keepDetail,
                PhaseSequence.Purpose.SHUTDOWN).runNext();
    }

    void phaseStarted(Instance instance, PhaseKind kind) {
        observer.on(new ModelEvent.PhaseStarted(simulation.now(), instance.id(), kind));
    }

    void phaseEnded(Instance instance, PhaseRecord record) {
        observer.on(new ModelEvent.PhaseEnded(simulation.now(), instance.id(), record));
    }

    /** Every phase of a start-up or shutdown has ended: the instance is ready, or stopped. */
    void phasesEnded(Instance instance, PhaseSequence.Purpose purpose) {
        if (purpose == PhaseSequence.Purpose.SHUTDOWN) {
            if (instance.state() == InstanceState.STOPPING) {
                end(instance, InstanceState.STOPPED, null);
            }
            return;
        }
        if (instance.state() != InstanceState.STARTING) {
            return;
        }
        instance.ready(simulation.now());
        observer.on(new ModelEvent.InstanceReady(simulation.now(), instance.id()));
        if (instance.stack() instanceof VmStack vm) {
            vmReady(instance, vm);
        }
    }

    /** A phase failed: a start fails with its reason; a shutdown ends anyway. */
    void phasesFailed(Instance instance, PhaseSequence.Purpose purpose, Throwable cause) {
        if (purpose == PhaseSequence.Purpose.SHUTDOWN) {
            phasesEnded(instance, purpose);
        } else if (instance.state() == InstanceState.STARTING) {
            end(instance, InstanceState.FAILED, cause.getMessage());
        }
    }

    /** One instance crashes (its process dies, its guest panics): it frees what it held, the host stays up. */
    void failInstance(Instance instance, String reason) {
        end(instance, InstanceState.FAILED, reason);
    }

    /** The host goes down: every instance on it fails, and it takes no more. */
    void fail() {
        if (!up) {
            return;
        }
        up = false;
        observer.on(new ModelEvent.HostFailed(simulation.now(), name()));
        for (Instance instance : new ArrayList<>(live)) {
            end(instance, InstanceState.FAILED, "host " + name() + " failed");
        }
    }

    private Optional<Refusal> admit(StackSpec stack, StartupPlan plan, Optional<Image> image) {
        if (!up) {
            return Optional.of(new Refusal(Refusal.Reason.HOST_DOWN, "host " + name() + " is down"));
        }
        int vcpuLimit = (int) Math.floor(spec.cores() * spec.vcpuOvercommit());
        if (vcpusAllocated + plan.vcpus() > vcpuLimit) {
            return Optional.of(new Refusal(Refusal.Reason.NOT_ENOUGH_VCPUS, "not enough vCPUs: needs "
                    + plan.vcpus() + ", " + Math.max(0, vcpuLimit - vcpusAllocated) + " free of " + vcpuLimit));
        }
        DataSize daemon = DataSize.ZERO;
        DataSize services = DataSize.ZERO;
        DataSize pageCache = DataSize.ZERO;
        if (stack instanceof ContainerStack container) {
            if (!engineDaemonRunning) {
                daemon = container.runtime().daemon().value();
            }
            if (image.isPresent() && !pageCachedImages.containsKey(image.get().reference())) {
                pageCache = image.get().uncompressedSize().times(Mechanisms.PAGE_CACHED_FRACTION.value());
            }
        } else if (stack instanceof VmStack vm && !hypervisorServicesRunning) {
            services = vm.hypervisor().hostServices().value();
        }
        Optional<Refusal> refusal = ledger.reserve(plan.reservation().plus(daemon).plus(services).plus(pageCache));
        if (refusal.isPresent()) {
            return refusal;
        }
        vcpusAllocated += plan.vcpus();
        if (!daemon.isZero()) {
            engineDaemonRunning = true;
            addHostLevel(MemoryComponent.ENGINE_DAEMON, daemon.bytes());
        }
        if (!services.isZero()) {
            hypervisorServicesRunning = true;
            addHostLevel(MemoryComponent.HYPERVISOR_SERVICES, services.bytes());
        }
        if (image.isPresent() && stack instanceof ContainerStack) {
            pageCachedImages.merge(image.get().reference(), 1, Integer::sum);
            if (!pageCache.isZero()) {
                addHostLevel(MemoryComponent.SHARED_LAYERS, pageCache.bytes());
            }
        }
        return Optional.empty();
    }

    /** Frees everything the instance held and records its end. */
    private void end(Instance instance, InstanceState state, String why) {
        if (!live.remove(instance)) {
            return;
        }
        long now = simulation.now();
        instance.ended(state, why, now);
        long[] parts = instance.memoryParts();
        for (MemoryComponent c : MemoryComponent.values()) {
            if (parts[c.ordinal()] != 0) {
                addResident(c, -parts[c.ordinal()]);
                parts[c.ordinal()] = 0;
            }
        }
        StartupPlan plan = instance.plan();
        ledger.unreserve(plan.reservation());
        vcpusAllocated -= plan.vcpus();
        if (instance.pinsImage()) {
            instance.image().ifPresent(layers::unpin);
        }
        instance.image().filter(image -> instance.stack() instanceof ContainerStack).ifPresent(image -> {
            int users = pageCachedImages.merge(image.reference(), -1, Integer::sum);
            if (users == 0) {
                pageCachedImages.remove(image.reference());
                DataSize cached = image.uncompressedSize().times(Mechanisms.PAGE_CACHED_FRACTION.value());
                addHostLevel(MemoryComponent.SHARED_LAYERS, -cached.bytes());
                ledger.unreserve(cached);
            }
        });
        if (instance.stack() instanceof VmStack vm && instance.readyAt() >= 0) {
            readyVmsByGuest.merge(vm.guestOs().key(), -1, Integer::sum);
        }
        if (state == InstanceState.FAILED) {
            observer.on(new ModelEvent.InstanceFailed(now, instance.id(), why));
        } else {
            observer.on(new ModelEvent.InstanceStopped(now, instance.id()));
        }
    }

    void touch(Instance instance, MemoryComponent component, long bytes) {
        instance.memoryParts()[component.ordinal()] += bytes;
        addResident(component, bytes);
    }

    private void addHostLevel(MemoryComponent component, long bytes) {
        hostLevel[component.ordinal()] += bytes;
        addResident(component, bytes);
    }

    private void addResident(MemoryComponent component, long bytes) {
        ledger.add(component, bytes);
        parent.ifPresent(physical -> physical.nestedTouch(component, bytes));
    }

    private void nestedTouch(MemoryComponent component, long bytes) {
        nestedResident[component.ordinal()] += bytes;
        ledger.add(component, bytes);
    }

    /**
     * Makes the instance's image present, as {@code docker run}'s default {@code --pull=missing} does: an image
     * already on the host needs no registry round trip at all; otherwise only its missing layers are pulled. The
     * image is then pinned against eviction while the instance lives.
     */
    Completion<PullSummary> pullImage(Instance instance) {
        Image image = instance.image().orElseThrow(() ->
                new IllegalStateException(instance.id() + " has no image to pull"));
        if (layers.hasImage(image)) {
            Completion<PullSummary> present = simulation.completion();
            pin(instance, image);
            present.succeed(new PullSummary(image.reference(), image.layerCount(), image.layerCount(), 0, 0,
                    DataSize.ZERO, 0, 0));
            return present;
        }
        return puller.pull(image).map(report -> {
            pin(instance, image);
            return summarise(report);
        });
    }

    private void pin(Instance instance, Image image) {
        if (instance.state().isLive() && !instance.pinsImage()) {
            layers.pin(image);
            instance.pinnedImage();
        }
    }

    private static PullSummary summarise(PullReport report) {
        return new PullSummary(report.image().reference(), report.layersTotal(), report.layersCached(),
                report.layersAwaited(), report.layersDownloaded(), report.bytesDownloaded(), report.downloadNanos(),
                report.extractNanos(), Optional.of(report));
    }

    /**
     * Whether a boot of this instance's disk image would find it in the page cache: true once a boot of the same
     * guest OS on this host has read it fully from disk.
     */
    boolean diskImageWarm(Instance instance) {
        return warmDiskImages.contains(diskImageKey(instance));
    }

    /** A boot has read this instance's disk image fully: later boots of it read from the page cache. */
    void diskImageRead(Instance instance) {
        warmDiskImages.add(diskImageKey(instance));
    }

    private static String diskImageKey(Instance instance) {
        return instance.stack() instanceof VmStack vm ? vm.guestOs().key() : instance.stack().label();
    }

    /** After a VM boots, same-page merging folds its shareable pages into those of VMs already here. */
    private void vmReady(Instance instance, VmStack vm) {
        int others = readyVmsByGuest.merge(vm.guestOs().key(), 1, Integer::sum) - 1;
        Optional<PageSharing> sharing = vm.pageSharing();
        if (sharing.isEmpty() || others == 0) {
            return;
        }
        long shareable = Math.round(vm.guestOs().idleResident().value().bytes() * sharing.get().shareableFraction()
                .value());
        long scanNanos = Math.round(shareable / sharing.get().scanRate().value().bytesPerNano());
        if (pageMerger == null) {
            pageMerger = new FifoResource(simulation, name() + " ksmd", 1);
        }
        pageMerger.hold(() -> simulation.delay(scanNanos, PAGE_MERGE)).whenDone(merged -> {
            if (instance.state() == InstanceState.RUNNING) {
                touch(instance, MemoryComponent.PAGE_SHARING_SAVINGS, shareable);
            }
        });
    }

    @Override
    public String toString() {
        return "host " + name();
    }

    /**
     * A node VM seen as a host for the containers inside it: its vCPUs, the guest RAM its OS and engine leave, no
     * host OS share of its own (the guest OS is already counted), and the physical host's disk and network.
     */
    static HostSpec nodeSpec(ContainersInVmStack stack, Host physical, String name) {
        VmStack vm = stack.node();
        HostSpec p = physical.spec();
        return new HostSpec(name, vm.shape().vcpus(), StartupPlanner.nodeCapacity(stack), p.disk(), p.nic(),
                DataSize.ZERO, 1.0, OvercommitPolicy.REFUSE, 1.0);
    }

    /**
     * True when, for every component, the ledger equals the parts of live instances plus host-level parts (daemon,
     * hypervisor services, cached layers) plus what nested node-VM hosts hold: the host's memory is the sum of its
     * parts. Checked by the model's property tests.
     */
    public boolean ledgerBalances() {
        long[] expected = hostLevel.clone();
        for (Instance instance : live) {
            long[] parts = instance.memoryParts();
            for (int i = 0; i < parts.length; i++) {
                expected[i] += parts[i];
            }
        }
        for (MemoryComponent c : MemoryComponent.values()) {
            if (expected[c.ordinal()] + nestedResident[c.ordinal()] != ledger.residentBytes(c)) {
                return false;
            }
        }
        return true;
    }

    /** Pulls {@code image} ahead of any instance (a lesson's "pull" action): only missing layers come over. */
    public Completion<PullReport> pull(Image image) {
        return puller.pull(image);
    }

    /** Runs {@code docker build} here with this host's build cache; the base image must be on the host. */
    public Completion<BuildReport> build(Dockerfile dockerfile, String tag) {
        if (builder == null) {
            builder = new ImageBuilder(simulation, name(), cpu, disk, layers, new BuildCache());
        }
        return builder.build(dockerfile, tag);
    }
}
