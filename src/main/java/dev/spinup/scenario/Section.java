package dev.spinup.scenario;

import dev.spinup.model.startup.PhaseKind;
import dev.spinup.scenario.json.EnumNames;
import dev.spinup.scenario.json.ObjectView;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of JSON object a scenario file is made of, each with every key it accepts: the one list the readers
 * check against and the JSON Schema is tested against. {@link #schemaName()} is the object's name under
 * {@code $defs} in {@code scenario.schema.json} ({@code "scenario"} is the document itself).
 */
enum Section {

    SCENARIO("scenario", "$schema", "schemaVersion", "lesson", "seed", "replications", "horizon", "hardware",
            "images", "stacks", "workload", "timeline", "cluster", "charts", "whatIf"),
    LESSON("lesson", "title", "description", "goals", "predict", "choices", "answer", "notice"),
    HARDWARE("hardware", "hosts", "registry", "pulls"),
    HOST("host", "name", "count", "cores", "memory", "disk", "network", "hostOsMemory", "vcpuOvercommit",
            "memoryPolicy", "memoryOvercommit", "admitBy"),
    DISK("disk", "bandwidth", "iops"),
    REGISTRY("registry", "name", "bandwidth", "perDownload", "manifestLatency"),
    PULLS("pulls", "parallelDownloads", "extractRate", "oneAtATime"),
    IMAGE("image", "reference", "base", "layers"),
    LAYER("layer", "instruction", "size", "compressed"),
    STACK("stack", "id", "label", "kind", "admitBy", "hypervisor", "guestOs", "vcpus", "memory", "pageSharing", "runtime",
            "node", "containersPerNode", "cloud", "era", "overrides"),
    NODE("node", "label", "hypervisor", "guestOs", "vcpus", "memory", "pageSharing", "overrides"),
    PAGE_SHARING("pageSharing", "shareable", "scanRate"),
    VM_OVERRIDES("vmOverrides", "vmmOverhead", "hostServices", "shutdown", "guestOsMemory", "overhead", "phases",
            "stores"),
    CONTAINER_OVERRIDES("containerOverrides", "shim", "sandbox", "daemon", "stop", "overhead", "phases", "stores"),
    CLOUD_OVERRIDES("cloudOverrides", "phases", "apiLimit", "hydration", "guestOsMemory"),
    HYDRATION("hydration", "rate", "perOperation"),
    OVERHEAD("overhead", "profile", "cpu", "memoryBandwidth", "syscall", "randomIo", "networkRoundTrip"),
    PHASES("phases", EnumNames.all(PhaseKind.class).toArray(String[]::new)),
    STORES("stores", StoreOverrides.names().toArray(String[]::new)),
    STORE("store", "requests", "requestsPerEntry", "perRequest", "perRequestPerEntry"),
    WORKLOAD("workload", "app", "image", "instances", "arrival", "inFlight", "placement", "cache", "preloaded",
            "appOverrides", "steadyState"),
    DISTRIBUTION("durationDistribution", "constant", "uniform", "normal", "lognormal", "empirical"),
    UNIFORM("uniform", "min", "max"),
    NORMAL("normal", "mean", "sd"),
    LOGNORMAL("lognormal", "median", "p99"),
    SIZE_DISTRIBUTION("sizeDistribution", "constant", "uniform", "normal", "lognormal", "empirical"),
    SIZE_UNIFORM("sizeUniform", "min", "max"),
    SIZE_NORMAL("sizeNormal", "mean", "sd"),
    SIZE_LOGNORMAL("sizeLognormal", "median", "p99"),
    RATE_DISTRIBUTION("rateDistribution", "constant", "uniform", "normal", "lognormal", "empirical"),
    RATE_UNIFORM("rateUniform", "min", "max"),
    RATE_NORMAL("rateNormal", "mean", "sd"),
    RATE_LOGNORMAL("rateLognormal", "median", "p99"),
    IOPS_DISTRIBUTION("iopsDistribution", "constant", "uniform", "normal", "lognormal", "empirical"),
    IOPS_UNIFORM("iopsUniform", "min", "max"),
    IOPS_NORMAL("iopsNormal", "mean", "sd"),
    IOPS_LOGNORMAL("iopsLognormal", "median", "p99"),
    STEADY_STATE("steadyState", "cpu", "memoryBandwidth", "networkRoundTrip", "randomIo", "syscalls"),
    ARRIVAL("arrival", "pattern", "every", "over", "perSecond"),
    APP_OVERRIDES("appOverrides", "memory", "memoryRequest", "start"),
    ACTION("action", "at", "action", "count", "to", "inFlight", "host", "image", "tag", "dockerfile"),
    DOCKERFILE("dockerfile", "from", "steps"),
    BUILD_STEP("buildStep", "run", "cpu", "output", "copy", "size", "contents", "instruction"),
    CLUSTER("cluster", "scheduler", "clients", "kubelet", "nodeLifecycle", "nodePools", "deployments", "events",
            "clusterAutoscaler", "horizontalAutoscalers"),
    SCHEDULER("scheduler", "era", "scoring", "percentageOfNodesToScore", "stacks"),
    CLIENTS("clients", "controllerManager", "scheduler", "kubelet"),
    RATE_LIMIT("rateLimit", "qps", "burst"),
    KUBELET("kubelet", "serializeImagePulls", "registryPulls", "sandbox", "relistPeriod"),
    NODE_LIFECYCLE("nodeLifecycle", "gracePeriod", "eviction"),
    NODE_POOL("nodePool", "name", "nodes", "maxNodes", "labels", "taints", "stacks"),
    TAINT("taint", "key", "value", "effect"),
    TOLERATION("toleration", "key", "operator", "value", "effect"),
    DEPLOYMENT("deployment", "name", "replicas", "image", "cpu", "memory", "nodeSelector", "tolerations",
            "priority", "maxSurge", "maxUnavailable", "readinessProbe", "readinessDelay"),
    READINESS_PROBE("readinessProbe", "initialDelay", "period"),
    CLUSTER_EVENT("clusterEvent", "at", "action", "deployment", "to", "image", "node"),
    CLUSTER_AUTOSCALER("clusterAutoscaler", "scanInterval"),
    HORIZONTAL_AUTOSCALER("horizontalAutoscaler", "deployment", "minReplicas", "maxReplicas", "targetUtilisation",
            "syncPeriod", "stabilisation", "load"),
    LOAD_POINT("loadPoint", "at", "cores"),
    WHAT_IF("whatIf", "knobs"),
    KNOB("knob", "knob", "stack", "min", "max", "choices");

    private final String schemaName;
    private final List<String> keys;

    Section(String schemaName, String... keys) {
        this.schemaName = schemaName;
        this.keys = List.of(keys);
    }

    String schemaName() {
        return schemaName;
    }

    /** Every key this kind of object accepts, in the order the reference documents them. */
    List<String> keys() {
        return keys;
    }

    /**
     * Ends reading one object of this section: every key the reader did not ask for is reported (with a
     * did-you-mean), and a reader that asked for a key this section does not declare is a bug caught here.
     */
    void finish(ObjectView view) {
        Set<String> undeclared = view.askedKeys().stream().filter(k -> !keys.contains(k))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException(name() + " read undeclared keys " + undeclared);
        }
        view.rejectUnknownKeys();
    }
}
