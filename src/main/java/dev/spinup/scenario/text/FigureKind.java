package dev.spinup.scenario.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The figures a lesson text can name, each computed from the run that is shown (its first replication, the one
 * the charts draw): {@code {vm.startup}} is the VM stack's median start-up time. Figures of a stack are written
 * {@code stack.figure}; figures of the scenario's input ({@code {instances}}, {@code {host.cores}}) have no stack.
 */
public enum FigureKind {
    STARTUP("startup", QuantityKind.DURATION, Argument.NONE, "median request-to-ready time"),
    STARTUP_P99("startup-p99", QuantityKind.DURATION, Argument.NONE, "99th percentile request-to-ready time"),
    STARTUP_MIN("startup-min", QuantityKind.DURATION, Argument.NONE, "the fastest instance's request-to-ready time"),
    STARTUP_MAX("startup-max", QuantityKind.DURATION, Argument.NONE, "the slowest instance's request-to-ready time"),
    FIRST_STARTUP("first-startup", QuantityKind.DURATION, Argument.NONE,
            "request-to-ready time of the first instance asked for"),
    LAST_STARTUP("last-startup", QuantityKind.DURATION, Argument.NONE,
            "request-to-ready time of the last instance asked for that became ready"),
    LAST_READY("last-ready", QuantityKind.DURATION, Argument.NONE,
            "when the last instance became ready, from the start of the run"),
    READY("ready", QuantityKind.COUNT, Argument.NONE, "instances that became ready"),
    REQUESTED("requested", QuantityKind.COUNT, Argument.NONE, "instances asked for"),
    REFUSED("refused", QuantityKind.COUNT, Argument.NONE, "instances the host refused"),
    MEMORY("memory", QuantityKind.SIZE, Argument.NONE,
            "resident memory each ready instance holds itself (app, guest OS, VMM, shim), on average"),
    RESERVED("reserved", QuantityKind.SIZE, Argument.NONE,
            "memory the host sets aside when it admits one instance, on average"),
    SHARED_MEMORY("shared-memory", QuantityKind.SIZE, Argument.NONE,
            "memory held once per host for all instances (engine daemon, hypervisor services, shared layers)"),
    MEMORY_PER_INSTANCE("memory-per-instance", QuantityKind.SIZE, Argument.NONE,
            "an instance's own memory plus its share of what the host holds once for all"),
    TOTAL_MEMORY("total-memory", QuantityKind.SIZE, Argument.NONE,
            "all the memory the stack's instances and shared parts hold at the end of the run"),
    PHASE("phase", QuantityKind.DURATION, Argument.PHASE, "mean time of one phase, e.g. phase.init"),
    PHASE_ALONE("phase-alone", QuantityKind.DURATION, Argument.PHASE,
            "mean time the phase would take with the host to itself, e.g. phase-alone.kernel"),
    FIRST_PHASE("first-phase", QuantityKind.DURATION, Argument.PHASE,
            "the phase's time for the first instance asked for"),
    LAST_PHASE("last-phase", QuantityKind.DURATION, Argument.PHASE,
            "the phase's time for the last instance asked for that became ready"),
    COMPONENT("memory", QuantityKind.SIZE, Argument.MEMORY,
            "mean resident memory of one component per ready instance, e.g. memory.vmm-overhead"),
    SLOWDOWN("slowdown", QuantityKind.RATIO, Argument.RESOURCE,
            "median time a steady-state benchmark took inside an instance over its time on bare metal (1 = native),"
                    + " e.g. slowdown.syscalls"),
    BUILD("build", QuantityKind.DURATION, Argument.NUMBER, "how long the n-th build of the timeline took"),
    BUILD_CACHED("build-cached", QuantityKind.COUNT, Argument.NUMBER, "steps of the n-th build the cache had"),
    PULL("pull", QuantityKind.SIZE, Argument.NUMBER, "bytes the n-th pull action of the timeline downloaded"),
    PULL_IMAGE("pull-image", QuantityKind.SIZE, Argument.NUMBER,
            "what the n-th pull action's image weighs compressed (what it downloads on an empty host)"),
    FIRST_DOWNLOADED("first-downloaded", QuantityKind.SIZE, Argument.NONE,
            "bytes the first instance's own image pull downloaded"),
    DOWNLOADED("downloaded", QuantityKind.SIZE, Argument.NONE,
            "bytes downloaded by every image pull of the run (instances' pulls and pull actions)"),
    IMAGES_SIZE("images-size", QuantityKind.SIZE, Argument.NONE,
            "what the pulled images would take downloaded one by one, sharing nothing"),
    POD_STARTUP("pod-startup", QuantityKind.DURATION, Argument.NONE,
            "median pod start-up latency as Kubernetes' SLO defines it: created to running, image pull excluded"),
    POD_STARTUP_P99("pod-startup-p99", QuantityKind.DURATION, Argument.NONE,
            "99th percentile pod start-up latency (SLO definition; the SLO is 5 s)"),
    POD_PULL_MAX("pod-pull-max", QuantityKind.DURATION, Argument.NONE,
            "the longest a pod waited for its image (reported apart from start-up latency)"),
    SCALE_OUT("scale-out", QuantityKind.DURATION, Argument.NONE,
            "from the last scale event (or the start) until every pod the deployments want was ready"),
    MAX_PENDING("max-pending", QuantityKind.COUNT, Argument.NONE, "the most pods pending (created, not running)"),
    MAX_UNSCHEDULABLE("max-unschedulable", QuantityKind.COUNT, Argument.NONE,
            "the most pods no node could take at once"),
    NODES_ADDED("nodes-added", QuantityKind.COUNT, Argument.NONE, "nodes the cluster autoscaler added"),
    NODES_USED("nodes-used", QuantityKind.COUNT, Argument.NONE, "nodes running at least one pod at the end"),
    PODS_EVICTED("pods-evicted", QuantityKind.COUNT, Argument.NONE, "pods evicted from failed nodes"),
    RECOVERY("recovery", QuantityKind.DURATION, Argument.NONE,
            "from a node's failure until as many pods were ready again as just before it"),
    INSTANCES("instances", QuantityKind.COUNT, Argument.NONE, "instances the workload asks for", false),
    HOST_CORES("host.cores", QuantityKind.COUNT, Argument.NONE, "cores of the first host", false),
    HOST_MEMORY("host.memory", QuantityKind.SIZE, Argument.NONE, "memory of the first host", false);

    /** What follows the figure's name after a dot. */
    public enum Argument {
        NONE,
        /** A phase, named as in {@code phase.init} or {@code phase.engine-api}. */
        PHASE,
        /** A memory component, as in {@code memory.vmm-overhead}. */
        MEMORY,
        /** A resource class of the steady-state benchmarks, as in {@code slowdown.random-io}. */
        RESOURCE,
        /** A 1-based position, as in {@code build.2}. */
        NUMBER
    }

    private final String key;
    private final QuantityKind quantity;
    private final Argument argument;
    private final String meaning;
    private final boolean perStack;

    FigureKind(String key, QuantityKind quantity, Argument argument, String meaning) {
        this(key, quantity, argument, meaning, true);
    }

    FigureKind(String key, QuantityKind quantity, Argument argument, String meaning, boolean perStack) {
        this.key = key;
        this.quantity = quantity;
        this.argument = argument;
        this.meaning = meaning;
        this.perStack = perStack;
    }

    public String key() {
        return key;
    }

    public QuantityKind quantity() {
        return quantity;
    }

    public Argument argument() {
        return argument;
    }

    /** One line for the docs and for error messages. */
    public String meaning() {
        return meaning;
    }

    /** True when the figure belongs to one stack ({@code vm.startup}); false for the scenario's own inputs. */
    public boolean perStack() {
        return perStack;
    }

    /** The figure of this key with or without an argument, if there is one. */
    static Optional<FigureKind> of(String key, boolean withArgument) {
        for (FigureKind kind : values()) {
            if (kind.key.equals(key) && (kind.argument != Argument.NONE) == withArgument) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Lower-kebab name of an enum constant, as texts write phases and components: ENGINE_API is engine-api. */
    public static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
