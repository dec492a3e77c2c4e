package dev.spinup.model.runtime;

import dev.spinup.engine.Completion;
import dev.spinup.engine.EventKind;
import dev.spinup.engine.FifoResource;
import dev.spinup.engine.ProcessorSharing;
import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.RandomStream;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.DataSize;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.MemoryLedger;
import dev.spinup.model.host.OvercommitPolicy;
import dev.spinup.model.host.Refusal;
import dev.spinup.model.host.ResourceKind;
import dev.spinup.model.image.BuildReport;
import dev.spinup.model.image.Dockerfile;
import dev.spinup.model.image.Image;
import dev.spinup.model.image.LayerCache;
import dev.spinup.model.image.PullReport;
import dev.spinup.model.image.PullerConfig;
import dev.spinup.model.image.Registry;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.stack.ResourceClass;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.ControlPoint;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.model.startup.PullSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One simulated machine: its shared CPU, disk and network, its control points, and the lifecycle of the instances
 * it runs. What it decides on is split by concern: {@link Admission}, {@link HostMemory} (with nested node VMs),
 * {@link HostImages} (pulls and builds), {@link PageCache} and {@link PageMerging} (KSM). A node VM of a
 * containers-in-VMs stack is also a host, nested in a physical one.
 */
public final class Host {

    private static final EventKind ROUND_TRIPS = EventKind.of("network round trips");

    private final Simulation simulation;
    private final HostSpec spec;
    private final ProcessorSharing cpu;
    private final ProcessorSharing disk;
    private final ProcessorSharing network;
    private final MemoryLedger ledger;
    private final HostMemory memory;
    private final PageCache pageCache = new PageCache();
    private final Admission admission;
    private final HostImages images;
    private final PageMerging pageMerging;
    private final Map<ControlPoint, FifoResource> controlPoints = new EnumMap<>(ControlPoint.class);
    private final Observers observers;
    /** Where this host's memory, load and queue changes go. */
    private final Observers.HostFeed feed;
    /** The cloud account this host's cloud VMs are launched through, shared with the arm's other hosts. */
    private final CloudAccount account;
    private final Optional<Host> parent;
    private final Set<Instance> live = new LinkedHashSet<>();
    private boolean loadEvents;
    private boolean up = true;
    private boolean removed;

    Host(Simulation simulation, HostSpec spec, Registry registry, PullerConfig pullerConfig, Observers observers,
         CloudAccount account) {
        this(simulation, spec, registry, pullerConfig, observers, account, Optional.empty(),
                new ProcessorSharing(simulation, spec.name() + " disk", 1.0),
                new ProcessorSharing(simulation, spec.name() + " network", spec.nic().bytesPerNano()));
    }

    /** A node VM's host: its own vCPUs and memory, the physical host's disk and network. */
    Host(Simulation simulation, HostSpec spec, Registry registry, PullerConfig pullerConfig, Observers observers,
         Host physical) {
        this(simulation, spec, registry, pullerConfig, observers, physical.account, Optional.of(physical), physical.disk,
                physical.network);
    }

    private Host(Simulation simulation, HostSpec spec, Registry registry, PullerConfig pullerConfig,
                 Observers observers, CloudAccount account, Optional<Host> parent, ProcessorSharing disk,
                 ProcessorSharing network) {
        this.simulation = simulation;
        this.account = account;
        this.spec = spec;
        this.observers = observers;
        this.feed = observers.feed(spec.name());
        this.parent = parent;
        this.cpu = new ProcessorSharing(simulation, spec.name() + " CPU", spec.cores(), 1.0);
        this.disk = disk;
        this.network = network;
        this.ledger = new MemoryLedger(spec.memoryForInstances(), spec.overcommitPolicy(), spec.memoryOvercommit());
        this.memory = new HostMemory(ledger, parent.map(p -> p.memory));
        memory.onInstanceChanged(this::memoryChanged);
        this.admission = new Admission(spec, ledger, memory, pageCache);
        this.images = new HostImages(simulation, spec.name(), spec.memoryForInstances().times(Mechanisms.LAYER_STORE_PER_MEMORY.value()), cpu, disk,
                network, registry, pullerConfig);
        this.pageMerging = new PageMerging(simulation, spec.name(), memory);
        ledger.setListener((component, total) -> feed.memoryChanged(simulation.now(), component, total));
        if (observers.wants(ModelEvent.Kind.LOAD_CHANGED)) {
            enableLoadEvents();
        }
    }

    /** Starts reporting load changes of its resources (once; a node VM reports its CPU, its parent the rest). */
    void enableLoadEvents() {
        if (loadEvents) {
            return;
        }
        loadEvents = true;
        controlPoints.forEach(this::listenToQueue);
        images.listenToPullQueue(queueListener(ControlPoint.IMAGE_PULLS));
        listenToLoad(cpu, ResourceKind.CPU);
        if (parent.isEmpty()) {
            listenToLoad(disk, ResourceKind.DISK);
            listenToLoad(network, ResourceKind.NETWORK);
        }
    }

    private void listenToLoad(ProcessorSharing resource, ResourceKind kind) {
        double capacity = resource.capacityPerNano();
        resource.setLoadListener((time, jobs, served) -> feed.loadChanged(time, kind, jobs, served / capacity));
    }

    private void listenToQueue(ControlPoint point, FifoResource resource) {
        resource.setQueueListener(queueListener(point));
    }

    private FifoResource.QueueListener queueListener(ControlPoint point) {
        return new FifoResource.QueueListener() {
            @Override
            public void queueChanged(long timeNanos, int queueLength, int busyServers) {
                feed.queueChanged(timeNanos, point, queueLength, busyServers);
            }
        };
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
        return images.layers();
    }

    /** Instances starting, running or stopping here. */
    public int liveInstances() {
        return live.size();
    }

    public int vcpusAllocated() {
        return admission.vcpusAllocated();
    }

    /** The physical host this node VM runs on, if it is one. */
    public Optional<Host> parent() {
        return parent;
    }

    /** Resident memory of nested node-VM hosts' instances, counted here because their pages live here. */
    public long nestedResidentBytes(MemoryComponent component) {
        return memory.nestedResident(component);
    }

    /** Whether anyone observes events of this kind, so that they are worth building. */
    boolean wants(ModelEvent.Kind kind) {
        return observers.wants(kind);
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
        return images.pullsInProgress();
    }

    CloudAccount account() {
        return account;
    }

    FifoResource controlPoint(ControlPoint point) {
        FifoResource resource = controlPoints.get(point);
        if (resource == null) {
            resource = new FifoResource(simulation, name() + " " + point.label(), 1);
            controlPoints.put(point, resource);
            if (loadEvents) {
                listenToQueue(point, resource);
            }
        }
        return resource;
    }

    /** Why this host would refuse an instance of {@code stack} with {@code plan} now, if it would; changes nothing. */
    public Optional<Refusal> check(StackSpec stack, StartupPlan plan, Optional<Image> image) {
        return up ? admission.check(stack, plan, image) : Optional.of(downRefusal());
    }

    private Refusal downRefusal() {
        return new Refusal(Refusal.Reason.HOST_DOWN, "host " + name() + (removed ? " was removed" : " is down"));
    }

    /**
     * Admits {@code instance} and starts its phases; if the host cannot take it, returns why and changes nothing,
     * so a placement may try another host. The streams are asked for only once the instance is admitted.
     */
    Optional<Refusal> start(Instance instance, StartupPlan plan, Optional<Image> image, InstanceStreams streams,
                            boolean keepDetail) {
        Optional<Refusal> refusal = up ? admission.admit(instance.stack(), plan, image)
                : Optional.of(downRefusal());
        if (refusal.isPresent()) {
            return refusal;
        }
        long now = simulation.now();
        instance.admitted(this, plan, image.orElse(null), now);
        live.add(instance);
        memoryChanged(instance);
        if (observers.wants(ModelEvent.Kind.INSTANCE_ADMITTED)) {
            observers.on(new ModelEvent.InstanceAdmitted(now, instance.id(), name()));
        }
        new PhaseSequence(this, instance, plan.phases(), streams, keepDetail, PhaseSequence.Purpose.START).runNext();
        return Optional.empty();
    }

    /** The per-instance random streams a start draws from (kept outside so refused tries create none). */
    interface InstanceStreams {
        RandomStream stack(Instance instance);

        RandomStream app(Instance instance);

        /** The instance's substream of the stream named {@code name}: the same draws on every stack. */
        RandomStream quantity(String name, Instance instance);
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
        return tracked(instance, cpu.submit(coreTime.toNanos() * StartupPlanner.cpuFactor(instance.stack())));
    }

    /**
     * Steady-state work of {@code kind} inside a running instance, taking {@code nativeTime} on this bare host
     * alone, slowed by the stack's overhead for that class: CPU, memory-bandwidth and system-call work as a CPU
     * job (the memory bus is not a shared resource here), random I/O as device time on the disk, round trips as
     * a wait. Fails if the instance ends first.
     */
    Completion<Void> runSteadyState(Instance instance, ResourceClass kind, Duration nativeTime) {
        if (instance.state() != InstanceState.RUNNING) {
            throw new IllegalStateException(instance.id() + " is " + instance.state() + ", not running: it cannot"
                    + " run a benchmark");
        }
        double work = nativeTime.toNanos() * StartupPlanner.overhead(instance.stack()).slowdown(kind);
        return switch (kind) {
            case CPU, MEMORY_BANDWIDTH, SYSCALLS -> tracked(instance, cpu.submit(work));
            case RANDOM_IO -> tracked(instance, disk.submit(work));
            case NETWORK_ROUND_TRIP -> simulation.delay(Math.round(work), ROUND_TRIPS);
        };
    }

    private static Completion<Void> tracked(Instance instance, ProcessorSharing.Job job) {
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
        if (observers.wants(ModelEvent.Kind.INSTANCE_REFUSED)) {
            observers.on(new ModelEvent.InstanceRefused(now, instance.id(), name(), refusal));
        }
    }

    /** Stops an instance: abandons its start if still starting, else runs its shutdown, then frees what it held. */
    void stop(Instance instance, RandomStream stream, boolean keepDetail) {
        if (instance.state() == InstanceState.STARTING) {
            end(instance, InstanceState.STOPPED, null, null);
            return;
        }
        if (instance.state() != InstanceState.RUNNING) {
            return;
        }
        instance.stopping();
        new PhaseSequence(this, instance, instance.plan().shutdown(), stream, keepDetail,
                PhaseSequence.Purpose.SHUTDOWN).runNext();
    }

    void phaseStarted(Instance instance, PhaseKind kind) {
        if (observers.wants(ModelEvent.Kind.PHASE_STARTED)) {
            observers.on(new ModelEvent.PhaseStarted(simulation.now(), instance.id(), kind));
        }
    }

    void phaseEnded(Instance instance, PhaseRecord record) {
        if (observers.wants(ModelEvent.Kind.PHASE_ENDED)) {
            observers.on(new ModelEvent.PhaseEnded(simulation.now(), instance.id(), record));
        }
    }

    /** Every phase of a start-up or shutdown has ended: the instance is ready, or stopped. */
    void phasesEnded(Instance instance, PhaseSequence.Purpose purpose) {
        if (purpose == PhaseSequence.Purpose.SHUTDOWN) {
            if (instance.state() == InstanceState.STOPPING) {
                end(instance, InstanceState.STOPPED, null, null);
            }
            return;
        }
        if (instance.state() != InstanceState.STARTING) {
            return;
        }
        instance.ready(simulation.now());
        if (observers.wants(ModelEvent.Kind.INSTANCE_READY)) {
            observers.on(new ModelEvent.InstanceReady(simulation.now(), instance.id()));
        }
        VmStack vm = instance.stack().accept(StackKinds.BOOTED_VM);
        if (vm != null) {
            pageMerging.vmReady(instance, vm);
        }
    }

    /** A phase failed: a start fails with its reason; a shutdown ends anyway. */
    void phasesFailed(Instance instance, PhaseSequence.Purpose purpose, Throwable cause) {
        if (purpose == PhaseSequence.Purpose.SHUTDOWN) {
            phasesEnded(instance, purpose);
        } else if (instance.state() == InstanceState.STARTING) {
            end(instance, InstanceState.FAILED, cause.getMessage(),
                    new FailureCause.PhaseFailure(String.valueOf(cause.getMessage())));
        }
    }

    /** One instance crashes (its process dies, its guest panics): it frees what it held, the host stays up. */
    void failInstance(Instance instance, String reason) {
        end(instance, InstanceState.FAILED, reason, new FailureCause.Crash(reason));
    }

    /** The host goes down: every instance on it fails, and it takes no more. */
    void fail() {
        if (!up) {
            return;
        }
        up = false;
        if (observers.wants(ModelEvent.Kind.HOST_FAILED)) {
            observers.on(new ModelEvent.HostFailed(simulation.now(), name()));
        }
        FailureCause cause = new FailureCause.HostFailure(name(), simulation.now());
        for (Instance instance : new ArrayList<>(live)) {
            end(instance, InstanceState.FAILED, "host " + name() + " failed", cause);
        }
    }

    /**
     * The host leaves the run: it takes nothing more; returns what is live on it, for the caller to stop (their
     * shutdowns still run here).
     */
    List<Instance> remove() {
        if (!up) {
            return List.of();
        }
        up = false;
        removed = true;
        if (observers.wants(ModelEvent.Kind.HOST_REMOVED)) {
            observers.on(new ModelEvent.HostRemoved(simulation.now(), name()));
        }
        return new ArrayList<>(live);
    }

    /** Frees everything the instance held and records its end. */
    /** @param cause what made a failed instance fail; null for one that stopped */
    private void end(Instance instance, InstanceState state, String why, FailureCause cause) {
        if (!live.remove(instance)) {
            return;
        }
        long now = simulation.now();
        instance.ended(state, why, now);
        memory.free(instance);
        memoryChanged(instance);
        admission.release(instance.plan());
        images.unpin(instance);
        admission.releaseImage(instance);
        admission.releaseBootFiles(instance);
        VmStack vm = instance.stack().accept(StackKinds.BOOTED_VM);
        if (vm != null && instance.readyAt() >= 0) {
            pageMerging.vmEnded(vm);
        }
        if (state == InstanceState.FAILED) {
            if (observers.wants(ModelEvent.Kind.INSTANCE_FAILED)) {
                observers.on(new ModelEvent.InstanceFailed(now, instance.id(), why, cause));
            }
        } else {
            if (observers.wants(ModelEvent.Kind.INSTANCE_STOPPED)) {
                observers.on(new ModelEvent.InstanceStopped(now, instance.id()));
            }
        }
    }

    private void memoryChanged(Instance instance) {
        if (observers.wants(ModelEvent.Kind.INSTANCE_MEMORY_CHANGED)) {
            observers.on(new ModelEvent.InstanceMemoryChanged(simulation.now(), instance.id(),
                    HostMemory.residentOf(instance), live.contains(instance)
                            ? instance.plan().admitted(spec.admission()).bytes() : 0));
        }
    }

    /** This host, number {@code index} of its infrastructure, draws its daemon and services from {@code streams}. */
    void drawHostSizesFrom(RandomStreams streams, int index) {
        admission.drawHostSizesFrom(streams, index);
    }

    void touch(Instance instance, MemoryComponent component, long bytes) {
        // an app (or shim, VMM...) that draws its own size keeps that, not the plan's nominal amount
        memory.touch(instance, component, bytes + instance.plan().delta(component));
    }

    /** See {@link HostImages#pullFor}. */
    Completion<PullSummary> pullImage(Instance instance) {
        return images.pullFor(instance);
    }

    /** Whether {@code file} is in this host's page cache, read in full: a boot then reads nothing from disk. */
    boolean bootFileCached(String file) {
        return pageCache.bootFileCached(file);
    }

    /**
     * Brings a boot file into the page cache: completes when it is there. The first boot to ask reads it from the
     * host's disk; the read belongs to the host, so it goes on for the boots waiting on it if the first one stops.
     */
    Completion<Void> readBootFile(dev.spinup.model.startup.Demand.DiskImageRead read) {
        return pageCache.bootFileRead(read.file(), () -> disk.submit(
                spec.disk().deviceNanos(read.bytes().bytes(), read.operations())).completion().map(job -> null));
    }

    @Override
    public String toString() {
        return "host " + name();
    }

    /**
     * A node VM seen as a host for the containers inside it: its vCPUs, the guest RAM its OS and engine leave, no
     * host OS share of its own (the guest OS is already counted), and the physical host's disk and network.
     */
    static HostSpec nodeSpec(ContainersInVmStack stack, Host physical, String name, DataSize containerRoom) {
        VmStack vm = stack.node();
        HostSpec p = physical.spec();
        return new HostSpec(name, vm.shape().vcpus(), containerRoom, p.disk(), p.nic(),
                DataSize.ZERO, 1.0, OvercommitPolicy.REFUSE, 1.0, p.admission());
    }

    /**
     * True when, for every component, the ledger equals the parts of live instances plus host-level parts (daemon,
     * hypervisor services, cached layers) plus what nested node-VM hosts hold: the host's memory is the sum of its
     * parts. Checked by the model's property tests.
     */
    public boolean ledgerBalances() {
        return memory.balances(live);
    }

    /** Pulls {@code image} ahead of any instance (a lesson's "pull" action): only missing layers come over. */
    public Completion<PullReport> pull(Image image) {
        return images.pull(image);
    }

    /** Runs {@code docker build} here with this host's build cache; the base image must be on the host. */
    public Completion<BuildReport> build(Dockerfile dockerfile, String tag) {
        return images.build(dockerfile, tag);
    }
}
